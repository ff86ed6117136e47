/**
 * The quotations in a passage of a report, each on its own: a sentence that
 * quotes two separate phrases of the post yields two spans, never one run
 * from the first quotation mark to the last with the reporter's words glued in.
 */

/** A quotation: its span in the passage text (marks included) and the words inside the marks. */
export interface QuotedSpan {
  start: number;
  end: number;
  words: string;
}

/** Quoted words shorter than this are terms (“social credit”, “guardrails off”), not quotations worth checking. */
export const MIN_QUOTE_WORDS = 4;

// Curly quotes pair by shape; straight ones pair in order. Single quotes are left alone: they double as apostrophes.
const QUOTATION = /“([^“”]*)”|"([^"]*)"/g;
const TRAILING_PUNCTUATION = /[\s,.;:!?]+$/;

/** Every quotation of at least MIN_QUOTE_WORDS words in a text, in order. */
export function quotedSpans(text: string): QuotedSpan[] {
  return [...text.matchAll(QUOTATION)].flatMap((match) => {
    const inner = (match[1] ?? match[2] ?? '').trim().replace(TRAILING_PUNCTUATION, '');
    if (inner.split(/\s+/).filter(Boolean).length < MIN_QUOTE_WORDS) return [];
    return [{ start: match.index, end: match.index + match[0].length, words: inner }];
  });
}
