/**
 * Numbers every passage of a document page (headings, paragraphs, list
 * items), gives each a visible ¶ link and its sentences their own anchors,
 * then checks the page's words against its seed and its anchors against the
 * lock. The decisions live in `src/lib`; this plugin walks the tree.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { passageId } from '../lib/anchors.ts';
import type { PassageRecord } from '../lib/passage.ts';
import type { IdUse } from '../lib/passage-checks.ts';
import { isContainer, isElement, isJsx, jsxId, textOf, type Container } from './hast-nodes.ts';
import { pilcrowLink, wrapHeading } from './pilcrow.ts';
import { wrapSentences } from './wrap-sentences.ts';
import { checkDocument, type PassagesOptions } from './check-document.ts';

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
      const id = isJsx(child) ? jsxId(child) : isElement(child) ? child.properties['id'] : undefined;
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

/** The rehype plugin; see the module comment. */
export default function rehypePassages(options: PassagesOptions) {
  return (tree: Root, file: VFile) => {
    const path = options.relative(file.path);
    const ids = explicitIds(tree, path);
    const passages: PassageRecord[] = findPassages(tree).map(({ node, parent, artefact }, index) => {
      const id = passageId(index + 1);
      const place = { file: path, line: node.position?.start.line, column: node.position?.start.column };
      const text = textOf(node);
      const sentences = wrapSentences(node, id, text);
      node.properties = { ...node.properties, id, dataPassage: '' };
      if (HEADINGS.has(node.tagName)) wrapHeading(parent, node, id);
      else node.children.unshift(pilcrowLink(id));
      ids.push({ id, place });
      for (const sentence of sentences) ids.push({ id: sentence.id, place });
      return { id, text, sentences, artefact, place };
    });
    checkDocument({ file, path, passages, ids, options });
  };
}
