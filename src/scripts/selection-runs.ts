/**
 * Reads a selection in the source text as plain runs of words, leaving out
 * site chrome (¶ links, claim markers, notes: everything `data-pagefind-ignore`).
 */

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
