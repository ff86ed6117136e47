/**
 * Draft annotations for a passage of a report. Each quotation is matched on
 * its own against every capture of the primary sources and drafted
 * `verbatim` or `misquote` when the post holds it, `not-in-post` when it does
 * not. Every other sentence that makes a claim gets the passages that fit it
 * best, or `not-in-post` when none fits well enough on an absolute score.
 * Furniture (headings, captions, advice) and background get no draft. An
 * editor confirms every draft; nothing here is final.
 */
import { locateQuote, QUOTATION_MIN_WORD_SHARE, type SourceText } from '../claims/locate-quote.ts';
import { withoutListMarker } from '../sources/list-marker.ts';
import { hasChanges, wordDiff } from '../claims/word-diff.ts';
import { splitSentences } from '../sources/sentences.ts';
import { normaliseText } from '../sources/normalise.ts';
import { claimsAbsence, isAboutSubject, notAClaim, withoutOthersClause } from './claim-kind.ts';
import type { PassageRanker, RankedPassage } from './passage-ranker.ts';
import { quotedSpans } from './quoted-spans.ts';

/** What drafts are drawn from: the sources' texts (every capture) and a ranker over their passages. */
export interface SuggestionPool {
  sources: readonly SourceText[];
  ranker: PassageRanker;
}

/** A verdict the words alone can decide. */
export type DraftVerdict = 'verbatim' | 'misquote' | 'not-in-post';

/** A draft claim: the words it wraps (offsets in the passage text), what it cites, and the passages offered. */
export interface ClaimDraft {
  start: number;
  end: number;
  words: string;
  verdict?: DraftVerdict;
  cites: string[];
  /** The best passages, best first, at most three. */
  offered: RankedPassage[];
  /** One line for the editor: why this verdict or these passages. */
  why: string;
}

/** A sentence fits a passage when at least this share of its weighted words is there. */
export const MIN_FIT = 0.3;
/** How many passages a draft offers. */
export const OFFERED = 3;

const cite = (source: string, anchor: string, sources: readonly SourceText[]) => (source === sources[0]?.source ? anchor : `${source}#${anchor}`);

/** Words as a sequence to look for: letters and digits only, lower case, one space between. */
const bareWords = (text: string) =>
  ` ${normaliseText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Whether a passage of the sources holds the words, in order and whole. */
function heldWordForWord(words: string, sources: readonly SourceText[]): boolean {
  const wanted = bareWords(words);
  return sources.some((source) => source.passages.some((passage) => bareWords(passage.text).includes(wanted)));
}

function quoteDraft(text: string, span: { start: number; end: number; words: string }, pool: SuggestionPool): ClaimDraft {
  const found = locateQuote(span.words, pool.sources);
  const offered = pool.ranker.rank(span.words).slice(0, OFFERED);
  const base = { start: span.start, end: span.end, words: text.slice(span.start, span.end) };
  if (!found || found.wordShare < QUOTATION_MIN_WORD_SHARE)
    return { ...base, verdict: 'not-in-post', cites: [], offered, why: 'quotes words that no passage of the post holds' };
  const exact = !hasChanges(wordDiff(found.matched, span.words));
  const located: RankedPassage = { source: found.source, anchor: found.anchors[0] ?? '', cites: found.anchors, fit: found.wordShare, score: 1 };
  const cites = found.anchors.map((anchor) => cite(found.source, anchor, pool.sources));
  const why = exact
    ? `quotes ${cites.join(' ')} word for word`
    : `quotes ${cites.join(' ')} with changes (${Math.round(found.wordShare * 100)} % of its words kept)`;
  return {
    ...base,
    verdict: exact ? 'verbatim' : 'misquote',
    cites,
    offered: [located, ...offered.filter((r) => !found.anchors.includes(r.anchor))].slice(0, OFFERED),
    why,
  };
}

function sentenceDraft(text: string, range: { start: number; end: number }, pool: SuggestionPool, continuation?: string): ClaimDraft | null {
  const raw = text.slice(range.start, range.end);
  const words = withoutListMarker(raw).trim();
  const start = range.start + raw.indexOf(words);
  // A lead-in ("It set out three limits:") claims what its list says; one that names no subject ("Here are the points:") claims nothing.
  const leadIn = continuation !== undefined;
  if (leadIn && !isAboutSubject(words)) return null;
  const claimed = withoutOthersClause(words);
  const offered = pool.ranker.rank(leadIn ? `${claimed} ${continuation}` : claimed).slice(0, OFFERED);
  const best = offered[0];
  const base = { start, end: start + words.length, words };
  if (claimsAbsence(words)) return { ...base, verdict: 'not-in-post', cites: [], offered, why: 'says the post leaves this unsaid' };
  if (best && best.fit >= MIN_FIT)
    return {
      ...base,
      cites: best.cites.map((anchor) => cite(best.source, anchor, pool.sources)),
      offered,
      why: `fits ${best.anchor} best (${best.fit.toFixed(2)} of its words)`,
    };
  if (!isAboutSubject(words)) return null;
  return {
    ...base,
    verdict: 'not-in-post',
    cites: [],
    offered,
    why: `no passage fits well enough${best && best.fit > 0 ? ` (closest ${best.anchor}, ${best.fit.toFixed(2)})` : ''}`,
  };
}

/** Drafts for one passage of a report: one per quotation, and one per other sentence that makes a claim. `continuation` is the list a lead-in opens. */
export function draftClaims(passage: { text: string; heading: boolean; continuation?: string | undefined }, pool: SuggestionPool): ClaimDraft[] {
  if (passage.heading) return [];
  const { text } = passage;
  const quotes = quotedSpans(text, (words) => heldWordForWord(words, pool.sources));
  const drafts = quotes.map((span) => quoteDraft(text, span, pool));
  const ranges = splitSentences(text);
  for (const range of ranges) {
    const sentence = text.slice(range.start, range.end);
    if (quotes.some((q) => q.start < range.end && q.end > range.start)) continue;
    if (notAClaim(sentence, passage)) continue;
    // Only the sentence right before a list leads into it.
    const draft = sentenceDraft(text, range, pool, range === ranges.at(-1) ? passage.continuation : undefined);
    if (draft) drafts.push(draft);
  }
  return drafts.sort((a, b) => a.start - b.start);
}
