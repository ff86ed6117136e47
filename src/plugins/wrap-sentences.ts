/**
 * Gives each sentence of a passage its own anchor. Sentences are found on the
 * passage's plain text, then every text node is cut at sentence boundaries and
 * each piece is wrapped in a span. A sentence that runs through inline markup
 * (an annotated claim, say) becomes several spans; the first carries the id.
 * Cutting text, rather than regrouping elements, keeps sentence ids the same
 * whether or not a passage is annotated.
 */
import type { ElementContent, Parent, Text } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import { sentenceId } from '../lib/sources/anchors.ts';
import type { SentenceRecord } from '../lib/sources/passage.ts';
import { splitSentences, type SentenceRange } from '../lib/sources/sentences.ts';

function piecesOf(value: string, start: number, ranges: readonly SentenceRange[]): { text: string; sentence: number }[] {
  const pieces: { text: string; sentence: number }[] = [];
  const end = start + value.length;
  ranges.forEach((range, index) => {
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, end);
    if (from < to) pieces.push({ text: value.slice(from - start, to - start), sentence: index });
  });
  return pieces;
}

/** Every text node below a passage with its parent, in reading order. */
function textNodes(passage: Parent): { node: Text; parent: Parent }[] {
  const found: { node: Text; parent: Parent }[] = [];
  visitParents(passage, 'text', (node, ancestors) => void found.push({ node, parent: ancestors[ancestors.length - 1] as Parent }));
  return found;
}

/** Wraps a passage's sentences in anchored spans and returns the sentences' ids and texts. */
export function wrapSentences(passage: Parent, passageId: string, text: string): SentenceRecord[] {
  const ranges = splitSentences(text);
  const ids = ranges.map((_, index) => sentenceId(passageId, index + 1));
  const anchored = new Set<number>();
  let offset = 0;
  for (const { node, parent } of textNodes(passage)) {
    const pieces = piecesOf(node.value, offset, ranges);
    offset += node.value.length;
    const spans: ElementContent[] = pieces.map(({ text: piece, sentence }) => {
      const first = !anchored.has(sentence) && piece.trim() !== '';
      if (first) anchored.add(sentence);
      return h('span', { className: ['sentence'], dataSentence: ids[sentence], id: first ? ids[sentence] : undefined }, piece);
    });
    parent.children.splice(parent.children.indexOf(node), 1, ...spans);
  }
  return ranges.map((range, index) => ({ id: ids[index] ?? '', text: text.slice(range.start, range.end) }));
}
