/**
 * Reads a selection in the source text as plain runs of words, leaving out
 * site chrome (¶ links, claim markers, notes: everything `data-pagefind-ignore`).
 */
import { wholeWords } from '../lib/citation/whole-words.ts';

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
