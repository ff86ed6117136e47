/**
 * Loads Pagefind's browser API from the built site, once per page, and
 * starts its slow work (worker, WebAssembly, metadata) straight away, so a
 * page can warm the engine before the reader has finished typing.
 */
import type { DocumentFragment } from '../lib/search/passage-hits.ts';
import { PRIMARY_FILE, readPrimaryIds } from '../lib/search/primary-pages.ts';

/** One document Pagefind found: where the matched words are, and its record, loaded on demand. */
export interface PagefindResult {
  id: string;
  words: number[];
  data: () => Promise<DocumentFragment>;
}

/** Filter name → values chosen. */
export type FilterChoice = Record<string, string[]>;

/** Pagefind's browser API, as far as this site uses it. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let api: Promise<PagefindApi> | undefined;
let primary: Promise<Set<string>> | undefined;

/** The record ids of the primary sources, fetched once (see primary-pages.ts). */
export function primaryIds(base: string): Promise<Set<string>> {
  primary ??= fetch(`${base}pagefind/${PRIMARY_FILE}`)
    .then((response) => (response.ok ? response.json() : []))
    .then(readPrimaryIds, () => new Set());
  return primary;
}

/** Pagefind, imported once from `<base>pagefind/pagefind.js` and already initialising. */
export function loadPagefind(base: string): Promise<PagefindApi> {
  api ??= (async () => {
    // A plain variable, not a template literal, so the bundler leaves the import alone and adds no loader chunk.
    const url = `${base}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // engineTag() of engine-warmup.ts, the tag the entry was fetched ahead under, should this script start the engine
    // first; written out, since importing it would put the warm-up in a chunk of its own that every page then loads.
    await module.options({ baseUrl: base, metaCacheTag: String(Math.trunc(performance.timeOrigin)) });
    // init() returns at once; the worker then fetches and compiles the WebAssembly and reads the metadata.
    void module.init();
    void primaryIds(base);
    return module;
  })();
  return api;
}

/** Pagefind's form of the chosen filters (only those with values). */
export function pagefindFilters(filters: FilterChoice): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
}

/** Every filter with the values present in the index. */
export async function availableFilters(base: string): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind(base)).filters();
}
