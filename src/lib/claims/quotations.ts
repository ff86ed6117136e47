/**
 * Direct quotations in the reports: claims that name a speaker, grouped by
 * speaker, and the same remark quoted differently by two reports, diffed.
 */
import type { CheckedClaim } from './claim.ts';
import { quotedWords } from './match-quote.ts';
import { wordDiff, type DiffPart } from './word-diff.ts';

/** A quotation and the report it appears in. */
export interface Quotation<R> {
  report: R;
  claim: CheckedClaim;
}

/** Quotations grouped by speaker, speakers in alphabetical order. */
export function bySpeaker<R>(quotations: readonly Quotation<R>[]): [string, Quotation<R>[]][] {
  const groups = new Map<string, Quotation<R>[]>();
  for (const quotation of quotations) {
    const speaker = quotation.claim.speaker;
    if (speaker) groups.set(speaker, [...(groups.get(speaker) ?? []), quotation]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Two versions of one remark and the word diff from the first to the second. */
export interface VersionDiff<R> {
  remark: string;
  first: Quotation<R>;
  second: Quotation<R>;
  diff: DiffPart[];
}

/** For every remark quoted more than once, the diff between each later version and the first. */
export function remarkVersions<R>(quotations: readonly Quotation<R>[]): VersionDiff<R>[] {
  const byRemark = new Map<string, Quotation<R>[]>();
  for (const q of quotations) if (q.claim.remark) byRemark.set(q.claim.remark, [...(byRemark.get(q.claim.remark) ?? []), q]);
  return [...byRemark.entries()].flatMap(([remark, versions]) => {
    const [first, ...rest] = versions;
    if (!first) return [];
    return rest.map((second) => ({ remark, first, second, diff: wordDiff(quotedWords(first.claim.text), quotedWords(second.claim.text)) }));
  });
}

/** A quotation as a table shows it: the words in quotation marks, and the reporter's own words around them. */
export interface QuotationParts {
  before: string;
  quoted: string;
  after: string;
}

/**
 * Splits a quotation's claim at its quotation marks, so that only the speaker's words are shown as quoted: “claiming it
 * "absolutely allows …" because …” quotes three words, not the sentence. A claim without marks is quoted whole.
 */
export function quotationParts(claimText: string): QuotationParts {
  const text = claimText.trim();
  const marks = [...text.matchAll(/["“”]/g)].map((m) => m.index);
  const first = marks[0];
  const last = marks.at(-1);
  const bare = (words: string) => words.replace(/[\s,]+$/, '');
  if (first === undefined || last === undefined || first === last) return { before: '', quoted: bare(text.replace(/["“”]/g, '')), after: '' };
  return { before: text.slice(0, first), quoted: bare(text.slice(first + 1, last)), after: bare(text.slice(last + 1)) };
}
