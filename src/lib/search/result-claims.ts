/**
 * The claims a search result names, carried from the build to the browser
 * as typed JSON on their passage's anchor in the record (never as joined
 * strings, which a `|` in a label would break; see passage-data.ts), and read
 * back defensively: the browser keeps only well-formed claims.
 */
import { isVerdict, VERDICT_INFO, type Verdict } from '../claims/verdicts.ts';
import { wordOffsets } from './passage-hits.ts';

/** A claim as a result card shows it: its verdict, its words, who is quoted, and where in the source to compare. */
export interface ResultClaim {
  verdict: Verdict;
  text: string;
  speaker?: string;
  /** The passages to compare, and the title of their source when it is not the post. */
  compare?: { url: string; where: string; source?: string };
}

/** A document's claims by the id of the passage they sit in. */
export type PassageClaims = Record<string, ResultClaim[]>;

const isString = (value: unknown): value is string => typeof value === 'string';

function readCompare(value: unknown): ResultClaim['compare'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const { url, where, source } = value as Record<string, unknown>;
  // Site paths and web links only: a record must never hand the page a `javascript:` link.
  if (!isString(url) || !isString(where) || !/^(\/(?!\/)|https?:\/\/)/.test(url)) return undefined;
  return { url, where, ...(isString(source) ? { source } : {}) };
}

function readClaim(value: unknown): ResultClaim[] {
  if (typeof value !== 'object' || value === null) return [];
  const { verdict, text, speaker, compare: rawCompare } = value as Record<string, unknown>;
  if (!isString(verdict) || !isVerdict(verdict) || !isString(text)) return [];
  const compare = readCompare(rawCompare);
  return [{ verdict, text, ...(isString(speaker) ? { speaker } : {}), ...(compare ? { compare } : {}) }];
}

/** Reads a passage's claims back; anything malformed is left out. */
export function readClaims(value: unknown): ResultClaim[] {
  return Array.isArray(value) ? value.flatMap(readClaim) : [];
}

/**
 * Whether a passage's claims pass the claim filters: with none chosen, any passage does; otherwise one claim must have
 * a chosen verdict and quote a chosen speaker, for each filter chosen, so that a passage with a misquote of one
 * speaker and an accurate quotation of another is not shown as a misquote of the second.
 */
export function passesClaimFilters(claims: readonly ResultClaim[], chosen: Readonly<Record<string, readonly string[]>>): boolean {
  const verdicts = chosen['verdict'] ?? [];
  const speakers = chosen['speaker'] ?? [];
  if (verdicts.length === 0 && speakers.length === 0) return true;
  return claims.some(
    (c) =>
      (verdicts.length === 0 || verdicts.includes(VERDICT_INFO[c.verdict].label)) &&
      (speakers.length === 0 || (c.speaker !== undefined && speakers.includes(c.speaker))),
  );
}

/** Where each claim's words are in a passage's words joined by spaces (white space in the claim made single), if there. */
export function claimSpans(words: readonly string[], texts: readonly string[]): Array<{ from: number; to: number } | undefined> {
  const joined = words.join(' ');
  return texts.map((text) => {
    const single = text.replace(/\s+/g, ' ').trim();
    const from = joined.indexOf(single);
    return from < 0 ? undefined : { from, to: from + single.length };
  });
}

/**
 * The claims of a passage that hold a matched word (by the passage's words and the indexes of those matched), so that a
 * claim filter asks about the claims the search found words in, not about any claim the passage has.
 */
export function claimsHolding(words: readonly string[], marks: readonly number[], claims: readonly ResultClaim[]): ResultClaim[] {
  const starts = wordOffsets(words);
  const marked = marks.map((mark) => ({ from: starts[mark] ?? 0, to: (starts[mark] ?? 0) + (words[mark] ?? '').length }));
  const spans = claimSpans(
    words,
    claims.map((claim) => claim.text),
  );
  return claims.filter((_, i) => {
    const span = spans[i];
    return span !== undefined && marked.some((word) => word.from < span.to && word.to > span.from);
  });
}
