/**
 * The text-fragment directive (`#p12:~:text=…`) that makes the browser
 * highlight a result's matched words on arrival. It is built from the words
 * that matched, as the passage writes them, so a stemmed match (“deployed”
 * for “deploy”) is highlighted too, and a phrase is highlighted whole.
 */

/** Most text directives in one link; browsers highlight each. */
const MAX_SPANS = 5;

/** Text fragments must escape these characters, which their syntax uses. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Runs of consecutive marked words, each as the passage writes it, without the punctuation around it. */
export function markedRuns(words: readonly string[], marks: readonly number[]): string[] {
  const sorted = [...new Set(marks)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const mark of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === mark - 1) run.push(mark);
    else runs.push([mark]);
  }
  const trimmed = runs.map((run) =>
    run
      .map((i) => words[i] ?? '')
      .join(' ')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
  );
  return [...new Set(trimmed.filter(Boolean))];
}

/** The directive highlighting the marked words of a passage, or '' when none is marked. */
export function textFragment(words: readonly string[], marks: readonly number[]): string {
  const runs = markedRuns(words, marks).slice(0, MAX_SPANS);
  return runs.length ? `:~:${runs.map((run) => `text=${encodeFragmentText(run)}`).join('&')}` : '';
}
