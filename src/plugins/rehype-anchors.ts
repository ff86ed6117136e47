/**
 * Numbers every passage of a document page (headings, paragraphs, list items)
 * as `p1`, `p2`… in reading order and every sentence within it as `p1-s1`…,
 * and records them, with where they were written, on `file.data.passages`.
 * It also records the ids an author wrote by hand, which anchors must not
 * collide with. It only anchors: checking is the corpus's job.
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { IdUse } from '../lib/corpus/corpus.ts';
import { passageId } from '../lib/sources/anchors.ts';
import type { PassageRecord } from '../lib/sources/passage.ts';
import { findPassages } from './find-passages.ts';
import { isElement, isJsx, jsxAttribute, placeOf } from './mdx-nodes.ts';
import { wrapSentences } from './wrap-sentences.ts';

/** Ids written by hand on HTML or JSX elements (a claim's id is the claims plugin's business). */
function explicitIds(tree: Root, path: string): IdUse[] {
  const ids: IdUse[] = [];
  visit(tree, (node) => {
    const id = isElement(node) ? node.properties['id'] : isJsx(node) && node.name !== 'Claim' ? jsxAttribute(node, 'id') : undefined;
    if (typeof id === 'string') ids.push({ id, place: placeOf(path, node) });
  });
  return ids;
}

/** The rehype plugin; see the module comment. */
export default function rehypeAnchors() {
  return (tree: Root, file: VFile) => {
    const path = file.path;
    file.data.explicitIds = explicitIds(tree, path);
    file.data.passages = findPassages(tree).map(({ node, artefact }, index): PassageRecord => {
      const id = passageId(index + 1);
      const text = toString(node);
      const sentences = wrapSentences(node, id, text);
      node.properties = { ...node.properties, id, dataPassage: '' };
      return { id, text, sentences, artefact, heading: /^h[1-6]$/.test(node.tagName), place: placeOf(path, node) };
    });
  };
}
