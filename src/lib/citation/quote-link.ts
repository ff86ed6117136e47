/**
 * Quote links: the exact words a reader selected, their citation, and a URL
 * whose text fragment makes supporting browsers highlight those words (and
 * others still land on the passage). A fragment is built from text runs that
 * contain no site markup, so claim markers between words cannot break it.
 */
import { encodeFragmentText } from '../site/fragment-text.ts';
import { withoutListMarker } from '../sources/list-marker.ts';

/** Words at most in each end of a `text=start,end` fragment. */
const END_WORDS = 5;

function firstWords(text: string): string {
  return text.trim().split(/\s+/).slice(0, END_WORDS).join(' ');
}

function lastWords(text: string): string {
  return text.trim().split(/\s+/).slice(-END_WORDS).join(' ');
}

/** The selection as the text runs it covers: the first and last are cut at the selection's ends. */
export interface SelectedRuns {
  runs: string[];
}

/** The text-fragment directive for a selection: the whole text when it lies in one run, else its first and last words. */
export function quoteFragment({ runs }: SelectedRuns): string {
  const texts = runs.map((r) => r.trim()).filter(Boolean);
  if (texts.length === 0) return '';
  if (texts.length === 1) return `:~:text=${encodeFragmentText(texts[0] ?? '')}`;
  return `:~:text=${encodeFragmentText(firstWords(texts[0] ?? ''))},${encodeFragmentText(lastWords(texts[texts.length - 1] ?? ''))}`;
}

/** The selected words as the inside of a quotation: its double quotation marks become single, as for a quotation within a quotation, and a list's bullet or number at its start is left out. */
export function quotationInside(exact: string): string {
  return withoutListMarker(exact.replace(/\s+/g, ' ').trim()).replace(/^•\s*/, '').replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
}

/** What "Copy quote with link" puts on the clipboard. */
export function quoteWithLink(args: { exact: string; inText: string; url: string; passage: string; runs: string[] }): { text: string; url: string } {
  const n = args.passage.replace(/^p(\d+).*$/, '$1');
  const url = `${args.url}#${args.passage}${quoteFragment({ runs: args.runs })}`;
  return { text: `“${quotationInside(args.exact)}” ${args.inText.replace('{n}', n)} ${url}`, url };
}
