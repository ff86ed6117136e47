/**
 * A search as the reader sees it: passages, not documents. Runs the query
 * plan against Pagefind (the phrase, then each word alone, so a passage can
 * say how many of the words it has), loads the records of the best
 * documents a batch at a time, and ranks their passages, the post first.
 */
import { crossesPassages, documentSpans, documentWords, passageHits, type DocumentFragment } from '../lib/search/passage-hits.ts';
import { passagesHolding } from '../lib/search/quoted-phrases.ts';
import { phraseLocations, phrasePlaces } from '../lib/search/phrase-matches.ts';
import { rankPassages, type Candidate } from '../lib/search/passage-ranking.ts';
import { claimsHolding, passesClaimFilters } from '../lib/search/result-claims.ts';
import { passesCaptureFilter } from '../lib/search/capture-results.ts';
import { recordData, type RecordData } from '../lib/search/passage-data.ts';
import { passageResult, type PassageResult } from '../lib/search/passage-result.ts';
import { limitQuery, plannedQueries, queryTerms, queryWords, straightenQuotes, termsCut, type PlannedQuery } from '../lib/search/search-query.ts';
import { loadingOrder } from '../lib/search/primary-pages.ts';
import { loadPagefind, pagefindFilters, primaryIds, type FilterChoice, type PagefindApi, type PagefindResult } from './pagefind-client.ts';

/**
 * A loaded document: its record, what the record carries besides its words (title, kind, claims, captures), and
 * whether the phrase searched runs from one of its passages into the next.
 */
interface Found {
  fragment: DocumentFragment;
  data: RecordData;
  across: boolean;
}

/** Documents whose records are loaded at a time. */
const DOCUMENT_BATCH = 10;
/** The best documents for each single word also loaded first, for passages with only some of the words. */
const PER_TERM_DOCUMENTS = 3;
/** The kind label of the primary source, as its record carries it. */
const PRIMARY = 'Primary source';

/** What a search found, and how to load more of it. */
export interface SearchOutcome {
  query: string;
  exact: boolean;
  cut: boolean;
  terms: number;
  passages: PassageResult[];
  primaryHas?: number;
  reportsHave?: number;
  /** Whether passages with one word fewer than the best follow them, on each side. */
  primaryNext?: boolean;
  reportsNext?: boolean;
  /** Whether a phrase shown runs from one passage into the next, each of the two holding part of it. */
  across: boolean;
  /** The phrase in quotes no passage holds, when its words were searched instead. */
  missed?: string;
  /** Whether the words typed, four or more, are in no passage in their order. */
  unordered?: boolean;
  termsCut: boolean;
  /** Words in quotes within the query, which every passage shown holds side by side. */
  phrases?: string[];
  filters: FilterChoice;
  postHas: boolean;
  documents: { loaded: number; total: number };
  more?: () => Promise<SearchOutcome>;
}

interface PlanRun {
  step: PlannedQuery;
  /** The words searched one by one; none for an exact phrase. */
  words: string[];
  /** All the query's words in order, which a passage's run is read against, though only `words` are searched. */
  wording: string[];
  byTerm: Array<Map<string, PagefindResult>>;
  order: PagefindResult[];
}

/** Runs the plan's searches until one finds something; documents in the order to load them. */
async function runPlan(pagefind: PagefindApi, primary: ReadonlySet<string>, raw: string, filters: FilterChoice): Promise<PlanRun | undefined> {
  const options = { filters: pagefindFilters(filters) };
  const plan = plannedQueries(raw);
  for (const [i, step] of plan.entries()) {
    const full = (await pagefind.search(step.query, options))?.results ?? [];
    const terms = step.exact ? [] : queryTerms(step.query);
    const single = terms.length > 1 ? await Promise.all(terms.map(async (term) => (await pagefind.search(term, options))?.results ?? [])) : [full];
    if (full.length === 0 && single.every((r) => r.length === 0) && i < plan.length - 1) continue;
    const order = loadingOrder([full.slice(0, DOCUMENT_BATCH), ...single.map((r) => r.slice(0, PER_TERM_DOCUMENTS)), full, ...single], primary);
    return {
      step,
      words: terms,
      wording: step.exact ? [] : queryWords(step.query),
      byTerm: single.map((results) => new Map(results.map((r) => [r.id, r]))),
      order,
    };
  }
  return undefined;
}

/** The candidate passages of one loaded document. */
function candidatesOf(run: PlanRun, result: PagefindResult, fragment: DocumentFragment, rank: number, filters: FilterChoice): Array<Candidate<Found>> {
  const data = recordData(fragment);
  const { claims, captures } = data;
  const found = run.byTerm.map((byId) => byId.get(result.id)?.words ?? []);
  const words = documentWords(fragment);
  // Pagefind gives only the first place of a phrase in each record; the others are read here.
  const places = run.step.exact ? phrasePlaces(words, run.step.query) : [];
  const document = { fragment, data, across: crossesPassages(fragment, places) };
  const locations = run.step.exact ? [phraseLocations(places, found[0])] : found;
  const { phrases } = run.step;
  const together = phrases && passagesHolding(words, documentSpans(fragment), phrases);
  return passageHits(fragment, locations, run.words.length ? run.words : undefined, run.wording)
    .filter(
      (hit) =>
        (!together || together.has(hit.id)) &&
        passesClaimFilters(claimsHolding(hit.words, hit.marks, claims[hit.id] ?? []), filters) &&
        passesCaptureFilter(captures, hit.id, filters['capture'] ?? []),
    )
    .map((hit) => ({ document, primary: data.kind === PRIMARY, rank, hit, artefact: data.artefacts.has(hit.id) }));
}

/** Searches passages for a typed query; `more()` loads the next documents' passages. */
export async function searchPassages(base: string, raw: string, filters: FilterChoice): Promise<SearchOutcome> {
  const { query, cut } = limitQuery(raw);
  const [pagefind, primary] = await Promise.all([loadPagefind(base), primaryIds(base)]);
  const run = await runPlan(pagefind, primary, query, filters);
  if (!run)
    return { query, exact: false, cut, terms: 0, passages: [], across: false, termsCut: false, filters, postHas: false, documents: { loaded: 0, total: 0 } };
  const candidates: Array<Candidate<Found>> = [];
  const load = async (loaded: number): Promise<SearchOutcome> => {
    const batch = run.order.slice(loaded, loaded + DOCUMENT_BATCH);
    const fragments = await Promise.all(batch.map((result) => result.data()));
    fragments.forEach((fragment, i) => candidates.push(...candidatesOf(run, batch[i] as PagefindResult, fragment, loaded + i, filters)));
    const terms = Math.max(1, run.words.length);
    const ranking = rankPassages(candidates, terms, run.step.exact);
    const next = loaded + batch.length;
    return {
      // The query as typed, not as split for the engine.
      query: straightenQuotes(query),
      exact: run.step.exact,
      cut,
      terms,
      passages: ranking.passages.map(({ document: { fragment, data }, primary, hit }) => passageResult(fragment, data, hit, primary)),
      ...(ranking.primaryHas === undefined ? {} : { primaryHas: ranking.primaryHas }),
      ...(ranking.reportsHave === undefined ? {} : { reportsHave: ranking.reportsHave }),
      ...(ranking.primaryNext ? { primaryNext: true } : {}),
      ...(ranking.reportsNext ? { reportsNext: true } : {}),
      across: ranking.passages.some((candidate) => candidate.document.across),
      termsCut: termsCut(run.step.query),
      ...(run.step.phrases ? { phrases: run.step.phrases } : {}),
      filters,
      postHas: ranking.passages.some((candidate) => candidate.primary),
      ...(run.step.missed ? { missed: run.step.missed } : {}),
      ...(run.step.unordered ? { unordered: true } : {}),
      documents: { loaded: next, total: run.order.length },
      ...(next < run.order.length ? { more: () => load(next) } : {}),
    };
  };
  return load(0);
}
