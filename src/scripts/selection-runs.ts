/**
 * Reads a selection in the source text as plain runs of whole words, leaving out
 * site chrome (¶ links, claim markers, notes: everything `data-pagefind-ignore`),
 * and the passages it covers, with the caveat marks they carry.
 */
import type { MarkedPassage } from '../lib/citation/quote-link.ts';
import { wholeWords } from '../lib/citation/whole-words.ts';
import { parseAnchor } from '../lib/sources/anchors.ts';

/** The passage holding a node, by its anchor. */
function passageOf(node: Node | null): string | undefined {
  const element = node instanceof Element ? node : node?.parentElement;
  return element?.closest<HTMLElement>('[data-passage]')?.id;
}

/** The passages where the selection starts and ends in reading order, whichever way it was made. */
export function selectionPassages(selection: Selection): { first?: string; last?: string } {
  const range = selection.getRangeAt(0);
  const first = passageOf(range.startContainer);
  const last = passageOf(range.endContainer);
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

/** The selected text, one string per text node, cut at the selection's ends, widened to whole words. */
export function selectedRuns(selection: Selection): string[] {
  const range = selection.getRangeAt(0);
  // A walker never returns its own root: a selection inside one text node is walked from the element around it.
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? (root.parentNode ?? root) : root, NodeFilter.SHOW_TEXT);
  const runs: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node) || node.parentElement?.closest('[data-pagefind-ignore]')) continue;
    const text = node.textContent ?? '';
    // A half word would be a misquotation, and a text fragment made of one would highlight nothing.
    const [from] = wholeWords(text, node === range.startContainer ? range.startOffset : 0, text.length);
    const [, to] = wholeWords(text, 0, node === range.endContainer ? range.endOffset : text.length);
    runs.push(text.slice(from, to));
  }
  return runs.length ? runs : [selection.toString()];
}

/** The caveat marks of the passages from `first` to `last` in reading order, each with its passage's ¶ number. */
export function markedPassages(article: HTMLElement, first: string, last = first): MarkedPassage[] {
  const passages = [...article.querySelectorAll<HTMLElement>('[data-passage]')];
  const [from, to] = [passages.findIndex((p) => p.id === first), passages.findIndex((p) => p.id === last)];
  if (from < 0) return [];
  return passages.slice(from, Math.max(from, to) + 1).flatMap((element) => {
    const passage = parseAnchor(element.id)?.passage;
    const marks = [...element.querySelectorAll('.caveat-mark')].filter((mark) => mark.closest('[data-passage]') === element);
    return passage === undefined ? [] : marks.map((mark) => ({ passage, mark: (mark.textContent ?? '').trim() }));
  });
}
