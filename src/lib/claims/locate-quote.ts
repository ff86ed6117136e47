/**
 * Where in the primary sources a quotation comes from. Each source is one
 * text, its passages joined in reading order without their list markers, so
 * a quote that runs across bullet points is found whole and a bullet never
 * shows in a word diff. Sources are a list: several captures of one post are
 * searched alike, and the closest wins.
 */
import { matchQuote } from './match-quote.ts';
import { wordDiff } from './word-diff.ts';
import { normaliseText } from '../sources/normalise.ts';
import { parseAnchor } from '../sources/anchors.ts';
import { withoutListMarker } from '../sources/list-marker.ts';
import type { SourceIndex } from './claim.ts';

/** A passage or sentence of a source, by anchor. */
export interface AnchoredText {
  anchor: string;
  text: string;
}

/** A source's text as quotes are matched against it: passages in reading order, each with its sentences. */
export interface SourceText {
  source: string;
  passages: readonly (AnchoredText & { sentences: readonly AnchoredText[] })[];
}

/** Where a quote best fits: the passages (or the one sentence) holding it, and how far off it is. */
export interface QuoteLocation {
  source: string;
  anchors: string[];
  errors: number;
  /** Edits per character of the quote: 0 for an exact quotation. */
  rate: number;
  /** The share of the quote's words that the source has, in order (1 for an exact quotation). */
  wordShare: number;
  matched: string;
}

/**
 * The share of its words a quote must keep to count as a (mis)quotation of a
 * passage. Character edits alone mislead on short quotes: a four-word remark
 * of another speaker can be a third of its letters away from any sentence of
 * the post, yet share only two words with it; a misquote keeps most of them.
 */
export const QUOTATION_MIN_WORD_SHARE = 0.6;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The share of a quote's words that a matched passage text has, in order. */
export function wordShare(matched: string, quote: string): number {
  const kept = wordDiff(matched, quote)
    .filter((p) => p.kind === 'same')
    .reduce((n, p) => n + wordCount(p.text), 0);
  return kept / Math.max(1, wordCount(quote));
}

/** A passage counts as quoted when the match holds at least this many of its characters (or half of a short one). */
const MIN_QUOTED_CHARACTERS = 12;

/** The sources of a claim index as texts to search, passages in numeric order. */
export function sourceTexts(index: SourceIndex): SourceText[] {
  return Object.entries(index.sources).map(([source, { anchors }]) => {
    const ids = Object.keys(anchors).filter((id) => parseAnchor(id)?.sentence === undefined);
    ids.sort((a, b) => (parseAnchor(a)?.passage ?? 0) - (parseAnchor(b)?.passage ?? 0));
    const passages = ids.map((id) => ({
      anchor: id,
      text: anchors[id] ?? '',
      sentences: Object.keys(anchors)
        .filter((s) => s.startsWith(`${id}-s`))
        .map((s) => ({ anchor: s, text: anchors[s] ?? '' })),
    }));
    return { source, passages };
  });
}

function locateIn(quote: string, text: SourceText): QuoteLocation | null {
  const pieces = text.passages.map((p) => normaliseText(withoutListMarker(p.text)));
  const match = matchQuote(pieces.join(' '), quote);
  if (!match) return null;
  let offset = 0;
  const anchors = text.passages.filter((_, i) => {
    const start = offset;
    const length = pieces[i]?.length ?? 0;
    offset += length + 1;
    const shared = Math.min(match.end, start + length) - Math.max(match.start, start);
    // A fuzzy match may clip a word or two of a neighbour ("We:" before a list); that passage is not quoted.
    return shared >= Math.min(MIN_QUOTED_CHARACTERS, length / 2);
  });
  const only = anchors.length === 1 && (anchors[0]?.sentences.length ?? 0) > 1 ? anchors[0] : undefined;
  // A quote inside one sentence of a longer passage is pinned to it, the way an editor cites it.
  const sentence = only?.sentences.find((s) => matchQuote(s.text, quote)?.errors === match.errors);
  const rate = match.errors / Math.max(1, normaliseText(quote).length);
  return {
    source: text.source,
    anchors: sentence ? [sentence.anchor] : anchors.map((p) => p.anchor),
    errors: match.errors,
    rate,
    wordShare: wordShare(match.text, quote),
    matched: match.text,
  };
}

/** The closest place to a quote in any of the sources, or null when it is nowhere near any. */
export function locateQuote(quote: string, sources: readonly SourceText[]): QuoteLocation | null {
  const found = sources.map((source) => locateIn(quote, source)).filter((l): l is QuoteLocation => l !== null);
  return found.reduce<QuoteLocation | null>((best, l) => (!best || l.rate < best.rate ? l : best), null);
}
