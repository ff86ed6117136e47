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

/** Quoted words shorter than this are terms (“social credit”, “guardrails off”), not quotations worth checking… */
export const MIN_QUOTE_WORDS = 4;
/** …unless they are this long at least and the post holds them word for word (“via cloud only”). */
export const MIN_EXACT_QUOTE_WORDS = 3;

// Curly quotes pair by shape; straight ones pair in order. Single quotes are left alone: they double as apostrophes.
const QUOTATION = /“([^“”]*)”|"([^"]*)"/g;
const TRAILING_PUNCTUATION = /[\s,.;:!?]+$/;

/** Every quotation in a text, in order, of at least MIN_QUOTE_WORDS words, or MIN_EXACT_QUOTE_WORDS that `heldWordForWord` finds. */
export function quotedSpans(text: string, heldWordForWord: (words: string) => boolean = () => false): QuotedSpan[] {
  return [...text.matchAll(QUOTATION)].flatMap((match) => {
    const inner = (match[1] ?? match[2] ?? '').trim().replace(TRAILING_PUNCTUATION, '');
    const count = inner.split(/\s+/).filter(Boolean).length;
    if (count < MIN_EXACT_QUOTE_WORDS || (count < MIN_QUOTE_WORDS && !heldWordForWord(inner))) return [];
    return [{ start: match.index, end: match.index + match[0].length, words: inner }];
  });
}
