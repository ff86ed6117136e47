/**
 * The reader's tools on every passage, added after the passages are anchored:
 * its visible ¶ number (a link to itself, "cite as ¶ 12"), its Cite link, and
 * on a primary source a `<CitedBy>` slot that lists the claims citing it and a
 * `<CaptureVariants>` slot that marks words other captures differ on, and a
 * `<CaptureCaveats>` slot for what is known of copies it does not hold. A
 * heading and its tools sit side by side in a wrapper, so the links stay out
 * of the heading's name. All of it is site chrome, which search and copy
 * leave out.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { parseAnchor } from '../lib/sources/anchors.ts';
import { citePagePath, withBase } from '../lib/site/routes.ts';
import { frontmatterOf } from './file-data.ts';
import { markedPassages } from './find-passages.ts';
import { jsxElement } from './mdx-nodes.ts';

/** Options: the site's base path, for the Cite links. */
export interface PassageToolsOptions {
  base: string;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function pilcrowLink(id: string): Element {
  const label = `¶ ${parseAnchor(id)?.passage ?? id}`;
  return h('a', { className: ['pilcrow'], href: `#${id}`, dataPagefindIgnore: '', ariaLabel: `${label}, link to this passage` }, label);
}

function citeLink(id: string, citePage: string): Element {
  const label = `Cite ¶ ${parseAnchor(id)?.passage ?? id}`;
  return h('a', { className: ['cite-link'], href: `${citePage}#${id}`, dataCiteLink: id, dataPagefindIgnore: '', ariaLabel: label }, 'Cite');
}

/** Replaces a heading with a wrapper holding the heading and then its tools. */
function wrapHeading(parent: Element | Root, heading: Element, tools: ElementContent[]): void {
  parent.children.splice(parent.children.indexOf(heading), 1, h('div', { className: ['passage-heading'] }, [heading, ...tools]));
}

/** The rehype plugin; see the module comment. */
export default function rehypePassageTools(options: PassageToolsOptions) {
  return (tree: Root, file: VFile) => {
    const { slug, kind } = frontmatterOf(file.data);
    const citePage = slug ? withBase(options.base, citePagePath(slug)) : undefined;
    for (const { node: passage, parent } of markedPassages(tree)) {
      const id = String(passage.properties['id']);
      const tools: ElementContent[] = [pilcrowLink(id)];
      if (citePage) tools.push(citeLink(id, citePage));
      // "Cited by" comes before the words: on wide screens it floats level with the passage's first line.
      if (kind === 'source' && slug) tools.push(jsxElement('CitedBy', { source: slug, passage: id }) as unknown as ElementContent);
      // Another capture words it differently: a marker that opens the word diff (renders nothing otherwise).
      if (kind === 'source' && slug) tools.push(jsxElement('CaptureVariants', { source: slug, passage: id }) as unknown as ElementContent);
      // A copy not held words it otherwise, or a later revision bears on it: a link to what is known (nothing otherwise).
      if (kind === 'source' && slug) tools.push(jsxElement('CaptureCaveats', { source: slug, passage: id }) as unknown as ElementContent);
      if (HEADINGS.has(passage.tagName)) wrapHeading(parent, passage, tools);
      else passage.children.unshift(...tools);
    }
  };
}
