/**
 * Fuzzy quote matching, after Hypothesis's anchoring module: find where in a
 * passage a reporter's quoted words best fit, allowing for the errors that
 * misquotes contain. Both sides go through the site's normaliser first, so
 * curly versus straight quotes never count as an error.
 */
import search from 'approx-string-match';
import { normaliseText } from '../sources/normalise.ts';

/** A match of a quote inside a text: the span in the normalised text and how many edits it needs. */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  /** The matched words of the text, normalised. */
  text: string;
}

/** The share of a quote's characters that may be wrong before we say it does not match at all. */
export const MAX_ERROR_RATE = 0.5;

const OUTER_QUOTES = /^[\s"“”'‘’]+|[\s"“”'‘’]+$/g;
const TRAILING_PUNCTUATION = /[\s,.;:!?]+$/;

/** The words a reporter put in quotation marks, without the marks and the sentence punctuation that ends them. */
export function quotedWords(claimText: string): string {
  const text = normaliseText(claimText);
  const first = text.indexOf('"');
  const last = text.lastIndexOf('"');
  const inner = first >= 0 && last > first ? text.slice(first + 1, last) : text;
  return inner.replace(OUTER_QUOTES, '').replace(TRAILING_PUNCTUATION, '');
}

/** The best match of a quote in a text, or null when even the best needs too many edits. */
export function matchQuote(text: string, quote: string): QuoteMatch | null {
  const haystack = normaliseText(text);
  const needle = normaliseText(quote);
  if (!needle) return null;
  const matches = search(haystack, needle, Math.floor(needle.length * MAX_ERROR_RATE));
  if (matches.length === 0) return null;
  const best = matches.reduce((a, b) => (b.errors < a.errors ? b : a));
  const matched = haystack.slice(best.start, best.end).replace(TRAILING_PUNCTUATION, '');
  return { start: best.start, end: best.end, errors: best.errors, text: matched };
}
