/**
 * What the search page says about a search, in one status line read out to
 * screen readers: how many passages; whether that was an exact phrase (only
 * when it was, and whether it runs on from one passage into the next); when
 * no passage holds a quoted phrase or a pasted sentence, so its words were
 * searched instead, or has words typed in their order; when passages have only some of the words; which filters
 * were chosen; when there are more documents to load; and when a
 * long query, or its words, were cut.
 */
import { MAX_QUERY_LENGTH, MAX_TERMS, PHRASE_MIN_WORDS } from './search-query.ts';

/** The facts a status line reports. */
export interface SearchSummary {
  query: string;
  exact: boolean;
  cut: boolean;
  terms: number;
  count: number;
  primaryHas?: number;
  reportsHave?: number;
  primaryNext?: boolean;
  reportsNext?: boolean;
  /** Whether a phrase found runs from one passage into the next. */
  across?: boolean;
  /** The phrase in quotes that no passage holds, when its words were searched instead. */
  missed?: string;
  /** Whether the words typed, four or more, are in no passage in their order. */
  unordered?: boolean;
  /** Whether the query had more different words than were searched one by one. */
  termsCut?: boolean;
  /** Words in quotes within a longer query, which every passage counted holds side by side. */
  phrases?: readonly string[];
  /** The filters chosen, each by name with its values (a filter without values narrows nothing). */
  filters?: Readonly<Record<string, readonly string[]>>;
  /** Whether a passage of a primary source is among those found. */
  postHas?: boolean;
  documents: { loaded: number; total: number };
}

/** Longest stretch of the query repeated in the status. */
const SHOWN_QUERY = 80;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The query as the status repeats it, shortened when long. */
export function shownQuery(query: string): string {
  return query.length > SHOWN_QUERY ? `${query.slice(0, SHOWN_QUERY - 1)}…` : query;
}

/** A sentence ending in the shown query: a query that ends a sentence itself (inside its quotes too), or was cut short, gets no full stop after it. */
const ended = (shown: string) => (/[….?!]["”’')]*$/.test(shown) ? shown : `${shown}.`);

/** The filters that narrowed a search, as the status names them: `verdict “Misleading” or “False”; speaker “…”`. */
export function chosenFilters(filters: Readonly<Record<string, readonly string[]>> = {}): string {
  return Object.entries(filters)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => `${name} ${values.map((value) => `“${value}”`).join(' or ')}`)
    .join('; ');
}

/** “both words” or “all 3 words”. */
const allWords = (n: number) => (n === 2 ? 'both words' : `all ${n} words`);

/** The status line for a finished search. */
export function searchStatus(s: SearchSummary): string {
  const notes: string[] = [];
  if (s.cut) notes.push(`Only the first ${MAX_QUERY_LENGTH} characters of the query were searched.`);
  if (s.phrases?.length && !s.exact) notes.push(`Words in quotes were searched as ${s.phrases.length === 1 ? 'a phrase' : 'phrases'}.`);
  if (s.termsCut && !s.exact) notes.push(`Only ${MAX_TERMS} of its different words were searched one by one, words like “the” and “to” left out first.`);
  const filters = chosenFilters(s.filters);
  // Naming the filters tells the reader which one to clear, rather than that the words are nowhere.
  if (filters) notes.unshift(`Filters chosen: ${filters}.`);
  if (s.count === 0) return [`No passage matches ${ended(shownQuery(s.missed ?? s.query))}`, ...notes].join(' ');
  const phrase = s.across ? 'this exact phrase, or part of it where it runs on into the next passage' : 'this exact phrase';
  const what = s.exact ? plural(s.count, `passage with ${phrase}`, `passages with ${phrase}`) : plural(s.count, 'passage', 'passages');
  const lines = s.missed
    ? [`No passage has this exact phrase: ${ended(shownQuery(s.missed))} Searched as words instead: ${what}.`]
    : [`${what}: ${ended(shownQuery(s.query))}`];
  // Each passage shown has the words, but not as typed: a quotation checked from memory must not seem confirmed.
  if (s.unordered) lines.push(s.count === 1 ? 'It does not have these words in this order.' : 'None of them has these words in this order.');
  // A phrase only reports have may be their misquote: the reader should not take it for the post's words.
  if (s.exact && s.postHas === false && !filters) lines.push('The post has no passage with this exact phrase; only reports have it.');
  if (s.primaryHas !== undefined && s.reportsHave !== undefined)
    lines.push(`No passage has ${allWords(s.terms)}; these have the most of them${s.primaryNext || s.reportsNext ? ' or one fewer' : ''}, the post’s first.`);
  else if (s.primaryHas !== undefined)
    lines.push(
      `No passage of the post has ${allWords(s.terms)}, so its passages with ${s.primaryHas} of them come first${s.primaryNext ? `, then those with ${s.primaryHas - 1}` : ''}.`,
    );
  else if (s.reportsHave !== undefined)
    lines.push(`No passage of the reports has ${allWords(s.terms)}; these have ${s.reportsHave}${s.reportsNext ? ` or ${s.reportsHave - 1}` : ''} of them.`);
  if (s.documents.loaded < s.documents.total) lines.push(`Showing passages from the first ${s.documents.loaded} of ${s.documents.total} documents.`);
  return [...lines, ...notes].join(' ');
}

/**
 * Whether to look for closer corpus words: when nothing was found, or when a few words were typed, found or not, as a
 * word the documents lack may have matched another by its stem (“surveil” for “surveilance”); the vocabulary then
 * offers a word only for one the documents lack. Not for a pasted sentence that found something, where a word the
 * corpus lacks is more often the point (a misquote) than a typo.
 */
export function offersSpelling(s: Pick<SearchSummary, 'query' | 'count'>): boolean {
  return s.count === 0 || s.query.trim().split(/\s+/).length < PHRASE_MIN_WORDS;
}
