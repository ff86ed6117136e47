/**
 * The six verdicts a claim can get, with the words and symbols readers see.
 * A symbol and a label always accompany the colour, never colour alone.
 */

/** The verdict keywords, in order from best to worst support by the post. */
export const VERDICTS = ['verbatim', 'accurate', 'partial', 'misquote', 'not-in-post', 'contradicted'] as const;

/** One verdict keyword. */
export type Verdict = (typeof VERDICTS)[number];

/** How a verdict is shown and explained. */
export interface VerdictInfo {
  label: string;
  symbol: string;
  definition: string;
}

/** Display and definition of each verdict. */
export const VERDICT_INFO: Record<Verdict, VerdictInfo> = {
  verbatim: { label: 'Verbatim', symbol: '=', definition: 'Quoted words identical to the post.' },
  accurate: { label: 'Accurate', symbol: '✓', definition: 'A faithful paraphrase of the post.' },
  partial: { label: 'Partial', symbol: '◐', definition: 'True in part: it omits, narrows, broadens or adds something material.' },
  misquote: { label: 'Misquote', symbol: '≠', definition: 'Presented as a quotation, but the words differ from the post.' },
  'not-in-post': { label: 'Not in the post', symbol: '∅', definition: 'The post does not say it: sourced elsewhere, or the reporter’s own inference.' },
  contradicted: { label: 'Contradicted', symbol: '✗', definition: 'The post says otherwise: it states the opposite, or rules out what the claim says.' },
};

/** Whether a string is a verdict keyword. */
export function isVerdict(value: string): value is Verdict {
  return (VERDICTS as readonly string[]).includes(value);
}

/** Verdicts whose words are checked as a quotation of the post. */
export function isQuoteVerdict(verdict: Verdict): boolean {
  return verdict === 'verbatim' || verdict === 'misquote';
}

/** Counts of claims by verdict, every verdict present (zero when unused). */
export function tally(verdicts: readonly Verdict[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}
