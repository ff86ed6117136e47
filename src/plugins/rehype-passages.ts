/**
 * Numbers every passage of a document page (headings, paragraphs, list
 * items), gives each a visible ¶ link and its sentences their own anchors,
 * and finds the claims inside them. In build mode it then checks the page
 * (see check-document.ts), hands each claim its check, and lists on each
 * source passage the claims that cite it. The decisions live in `src/lib`.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { passageId } from '../lib/sources/anchors.ts';
import { claimsCiting } from '../lib/corpus/corpus.ts';
import type { PassageRecord } from '../lib/sources/passage.ts';
import type { IdUse } from '../lib/corpus/document-checks.ts';
import { checkDocument, frontmatterOf, type BuildOptions, type PassagesOptions } from './check-document.ts';
import { attachCheck, claimsIn, type FoundClaim } from './claims.ts';
import { citedBy } from './cited-by.ts';
import { isContainer, isElement, isJsx, jsxId, textOf, type Container } from './hast-nodes.ts';
import { citeLink, pilcrowLink, wrapHeading } from './pilcrow.ts';
import { withBase } from '../lib/site/url.ts';
import { ravelClaims } from './ravel-claims.ts';
import { wrapSentences } from './wrap-sentences.ts';

const PASSAGE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface Found {
  node: Element;
  parent: Container;
  artefact: boolean;
}

/** Ids the author wrote by hand (on JSX or HTML elements), which passage ids must not collide with. */
function explicitIds(root: Root, file: string): IdUse[] {
  const ids: IdUse[] = [];
  const walk = (parent: Container) => {
    for (const child of parent.children) {
      const id = isJsx(child) ? (child.name === 'Claim' ? undefined : jsxId(child)) : isElement(child) ? child.properties['id'] : undefined;
      if (typeof id === 'string') ids.push({ id, place: { file, line: child.position?.start.line, column: child.position?.start.column } });
      if (isContainer(child)) walk(child);
    }
  };
  walk(root);
  return ids;
}

function findPassages(root: Root): Found[] {
  const found: Found[] = [];
  const walk = (parent: Container, artefact: boolean) => {
    for (const child of parent.children) {
      if (isElement(child, PASSAGE_TAGS)) found.push({ node: child, parent, artefact });
      else if (isContainer(child)) walk(child, artefact || (isJsx(child) && child.name === 'Artefact'));
    }
  };
  walk(root, false);
  return found;
}

/** In build mode: claims get their checks; a source's passages get their "cited by" lists. */
function decorate(file: VFile, hosts: Element[], passages: PassageRecord[], claims: FoundClaim[], options: BuildOptions, checked: ReturnType<typeof checkDocument>): void {
  claims.forEach(({ node }, i) => attachCheck(node, checked[i]));
  const { slug, kind } = frontmatterOf(file);
  if (!slug) return;
  const citePage = withBase(options.base, `cite/${slug}/`);
  const all = kind === 'source' ? options.corpus().claims : [];
  hosts.forEach((host, i) => {
    const id = passages[i]?.id ?? '';
    const at = host.children.findIndex((c) => isElement(c) && (c.properties['className'] as string[] | undefined)?.includes('pilcrow'));
    const citing = claimsCiting(all, slug, id);
    // "Cited by" follows the Cite link, before the words: on wide screens it floats level with the passage's first line.
    const extras = citing.length > 0 ? [citeLink(id, citePage), citedBy(id, citing, options.base)] : [citeLink(id, citePage)];
    host.children.splice(at + 1, 0, ...extras);
  });
}

/** The rehype plugin; see the module comment. */
export default function rehypePassages(options: PassagesOptions) {
  return (tree: Root, file: VFile) => {
    const path = options.relative(file.path);
    ravelClaims(tree);
    const ids = explicitIds(tree, path);
    const found = findPassages(tree);
    const claims: FoundClaim[] = [];
    // Where a passage's extras go: the passage itself, or for a heading the wrapper beside it.
    const hosts: Element[] = [];
    const passages: PassageRecord[] = found.map(({ node, parent, artefact }, index) => {
      const id = passageId(index + 1);
      const place = { file: path, line: node.position?.start.line, column: node.position?.start.column };
      const text = textOf(node);
      claims.push(...claimsIn(node, id, text, path));
      const sentences = wrapSentences(node, id, text);
      node.properties = { ...node.properties, id, dataPassage: '' };
      if (HEADINGS.has(node.tagName)) hosts.push(wrapHeading(parent, node, id));
      else {
        node.children.unshift(pilcrowLink(id));
        hosts.push(node);
      }
      ids.push({ id, place });
      for (const sentence of sentences) ids.push({ id: sentence.id, place });
      return { id, text, sentences, artefact, place };
    });
    const doc = { passages, claims: claims.map((c) => c.input) };
    if (options.mode === 'extract') return options.onExtract(doc);
    const checked = checkDocument({ file, path, doc, ids, options });
    decorate(file, hosts, passages, claims, options, checked);
  };
}
