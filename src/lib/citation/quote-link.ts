/**
 * Quote links: the exact words a reader selected, their citation, and a URL
 * whose text fragment makes supporting browsers highlight those words (and
 * others still land on the passage). A fragment is built from text runs that
 * contain no site markup, so claim markers between words cannot break it.
 */
import { encodeFragmentText } from '../site/fragment-text.ts';
import { parseAnchor } from '../sources/anchors.ts';
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

/**
 * Words cut from inside a quotation the text makes, balanced: a curly mark whose partner the selection left out is
 * given one at the cut end, as a writer closes a quotation within a quotation they stop quoting halfway through.
 */
function balancedMarks(text: string): string {
  let open = 0;
  let unopened = 0;
  for (const char of text) {
    if (char === '“') open += 1;
    else if (char === '”' && open > 0) open -= 1;
    else if (char === '”') unopened += 1;
  }
  return `${'“'.repeat(unopened)}${text}${'”'.repeat(open)}`;
}

/**
 * The selected words as the inside of a quotation: its double quotation marks become single, as for a quotation
 * within a quotation, and a list's bullet or number at its start is left out, as is a bullet where a selection runs
 * on into the next item of a list: the bullets are the page's layout, not the post's words.
 */
export function quotationInside(exact: string): string {
  return balancedMarks(withoutListMarker(exact.replace(/\s+/g, ' ').trim()).replace(/^•\s*/, '').replace(/ • /g, ' '))
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"/g, "'");
}

/**
 * An in-text citation template (`{n}` for the ¶ number) filled in for a selection: its ¶, or the range of them when
 * it runs on into later passages, “paras. 41–42” as APA writes a range.
 */
export function pinpoint(template: string, first: string, last = first): string {
  const [from, to] = [parseAnchor(first)?.passage, parseAnchor(last)?.passage];
  if (from === undefined || to === undefined || !(to > from)) return template.replace('{n}', String(from ?? first));
  return template.includes('para. {n}') ? template.replace('para. {n}', `paras. ${from}–${to}`) : template.replace('{n}', `${from}–${to}`);
}

/** What "Copy quote with link" puts on the clipboard; `lastPassage` is where a selection over several passages ends. */
export function quoteWithLink(args: { exact: string; inText: string; url: string; passage: string; lastPassage?: string; runs: string[] }): {
  text: string;
  url: string;
} {
  const url = `${args.url}#${args.passage}${quoteFragment({ runs: args.runs })}`;
  return { text: `“${quotationInside(args.exact)}” ${pinpoint(args.inText, args.passage, args.lastPassage)} ${url}`, url };
}

/** A caveat mark on a passage a selection covers: the passage's ¶ number and the mark's words. */
export interface MarkedPassage {
  passage: number;
  mark: string;
}

/**
 * The quote-link button's words: with what the covered passages' caveat marks say, by ¶, since words another copy
 * may word differently should not be quoted unawares; the Cite dialog shows the same caveats first.
 */
export function quoteLinkLabel(marked: readonly MarkedPassage[]): string {
  if (marked.length === 0) return 'Copy quote with link';
  const byMark = new Map<string, number[]>();
  for (const { passage, mark } of marked) byMark.set(mark, [...(byMark.get(mark) ?? []), passage]);
  const parts = [...byMark].map(([mark, passages]) => `¶ ${[...new Set(passages)].join(', ')}: ${mark.charAt(0).toLowerCase()}${mark.slice(1)}`);
  return `Copy quote with link (${parts.join('; ')})`;
}
