/**
 * Loads Pagefind's browser API from the built site on first use, and runs a
 * query plan: the first planned query that finds anything wins.
 */
import { plannedQueries } from '../lib/search/search-query.ts';

/** A result's data as Pagefind returns it for our passage records. */
export interface PassageHit {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

/** Filter name → values chosen. */
export type FilterChoice = Record<string, string[]>;

interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: Array<{ data: () => Promise<PassageHit> }> }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let api: Promise<PagefindApi> | undefined;

/** Pagefind, imported once from `<base>pagefind/pagefind.js`. */
export function loadPagefind(base: string): Promise<PagefindApi> {
  api ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await module.options({ baseUrl: base, excerptLength: 40 });
    return module;
  })();
  return api;
}

/** The hits for a query, trying it as an exact phrase first where that makes sense. */
export async function searchPassages(base: string, raw: string, filters: FilterChoice): Promise<{ query: string; exact: boolean; hits: PassageHit[] }> {
  const pagefind = await loadPagefind(base);
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0).map(([name, values]) => [name, { any: values }]));
  const plan = plannedQueries(raw);
  for (const [i, query] of plan.entries()) {
    const { results } = await pagefind.search(query, { filters: chosen });
    if (results.length > 0 || i === plan.length - 1) {
      const hits = await Promise.all(results.slice(0, 30).map((r) => r.data()));
      return { query, exact: query.startsWith('"'), hits };
    }
  }
  return { query: raw, exact: false, hits: [] };
}

/** Every filter with the values present in the index. */
export async function availableFilters(base: string): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind(base)).filters();
}
