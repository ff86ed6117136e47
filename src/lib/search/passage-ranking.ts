/**
 * The order of search results: the primary source's passages first, then
 * the reports'. A passage must have every word of the query; when no
 * passage of the primary source does, its passages with the most of the
 * words come first instead, and the page says so, and likewise for the
 * reports when no passage anywhere has them all. A passage that has only
 * words like “and” of the query is never among those, and page furniture
 * the capture picked up comes after each side's own text.
 */
import type { PassageHit } from './passage-hits.ts';

/** A passage hit with its document, and where the document ranked in Pagefind's results. */
export interface Candidate<D> {
  document: D;
  primary: boolean;
  /** Page furniture the capture picked up, which comes after the text's own passages. */
  artefact?: boolean;
  rank: number;
  hit: PassageHit;
}

/**
 * Words from which a query that no passage fully answers is also answered with passages one word short of the best:
 * a quotation recalled from memory has a word or two wrong, and the passage it recalls may lack another.
 */
export const NEAR_TERMS = 5;

/** The ranked passages, and for each side that fell back, how many of the terms its best passages have, and whether those with one fewer follow. */
export interface Ranking<D> {
  passages: Array<Candidate<D>>;
  primaryHas?: number;
  reportsHave?: number;
  primaryNext?: boolean;
  reportsNext?: boolean;
}

/** Pagefind's order of documents, then reading order: every passage holds an exact phrase alike, or part of it. */
function byPlace<D>(a: Candidate<D>, b: Candidate<D>): number {
  return a.rank - b.rank || a.hit.position - b.hit.position;
}

/**
 * Most terms first, then the longest run of them in the query's order, then most of the query's word pairs in order
 * (a run broken by one changed word still reads most of them), then most words that are the word searched,
 * then most words as typed or begun, then most matched words, then Pagefind's order of documents, then reading order.
 */
function byRelevance<D>(a: Candidate<D>, b: Candidate<D>): number {
  return (
    b.hit.terms - a.hit.terms ||
    b.hit.run - a.hit.run ||
    b.hit.pairs - a.hit.pairs ||
    b.hit.whole - a.hit.whole ||
    b.hit.literal - a.hit.literal ||
    b.hit.marks.length - a.hit.marks.length ||
    byPlace(a, b)
  );
}

type Order<D> = (a: Candidate<D>, b: Candidate<D>) => number;

/**
 * The passages with all `terms`, or else, when `fallBack`, those with the most of them (and how many that is), and for
 * a long query those with one fewer after them, among passages with a word the query is about: one with only its “and”
 * is no nearer to it.
 */
function best<D>(
  candidates: ReadonlyArray<Candidate<D>>,
  terms: number,
  fallBack: boolean,
  order: Order<D>,
): { passages: Array<Candidate<D>>; has?: number; next?: boolean } {
  const full = candidates.filter((c) => c.hit.terms >= terms);
  const near = candidates.filter((c) => c.hit.content > 0);
  if (full.length || !fallBack || near.length === 0) return { passages: full.sort(order) };
  const most = Math.max(...near.map((c) => c.hit.terms));
  // One word of a long query is no answer to it: passages one word short follow only best passages with three or more.
  const fewest = terms >= NEAR_TERMS && most > 2 ? most - 1 : most;
  const passages = near.filter((c) => c.hit.terms >= fewest).sort(order);
  return { passages, has: most, ...(passages.some((c) => c.hit.terms < most) ? { next: true } : {}) };
}

/** Ranks the passage hits of a search for `terms` words (1 for an exact phrase, whose passages keep reading order). */
export function rankPassages<D>(candidates: ReadonlyArray<Candidate<D>>, terms: number, exact = false): Ranking<D> {
  const order: Order<D> = exact ? byPlace : byRelevance;
  const primary = best(
    candidates.filter((c) => c.primary),
    terms,
    terms > 1,
    order,
  );
  const anyFull = candidates.some((c) => c.hit.terms >= terms);
  const reports = best(
    candidates.filter((c) => !c.primary),
    terms,
    terms > 1 && !anyFull,
    order,
  );
  // “Source: OpenAI Blog” is short and has “OpenAI”, but a reader searching the post wants its words first.
  const furnitureLast = (passages: Array<Candidate<D>>) => [...passages.filter((c) => !c.artefact), ...passages.filter((c) => c.artefact)];
  return {
    passages: [...furnitureLast(primary.passages), ...furnitureLast(reports.passages)],
    ...(primary.has === undefined ? {} : { primaryHas: primary.has }),
    ...(reports.has === undefined ? {} : { reportsHave: reports.has }),
    ...(primary.next ? { primaryNext: true } : {}),
    ...(reports.next ? { reportsNext: true } : {}),
  };
}
