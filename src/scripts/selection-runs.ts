/**
 * Reads a selection in the source text as plain runs of words, leaving out
 * site chrome (¶ links, claim markers, notes: everything `data-pagefind-ignore`).
 */

/** The anchor of the passage or sentence where the selection starts. */
export function selectionPassage(selection: Selection): string | undefined {
  const start = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
  return start?.closest<HTMLElement>('[data-passage]')?.id;
}

/** The selected text, one string per text node, cut at the selection's ends. */
export function selectedRuns(selection: Selection): string[] {
  const range = selection.getRangeAt(0);
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const runs: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node) || node.parentElement?.closest('[data-pagefind-ignore]')) continue;
    const text = node.textContent ?? '';
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : text.length;
    runs.push(text.slice(from, to));
  }
  return runs.length ? runs : [selection.toString()];
}
