/**
 * Hands a finished search from one page to the next. The header box of a
 * reading page stores the first screen of results it found here, and the
 * search page, opened from it, shows them at once, before its own engine
 * has started (which then checks them). Stored per tab, for a few
 * minutes, and only as data.
 */
import type { FilterChoice } from './pagefind-client.ts';
import type { PassageResult } from '../lib/search/passage-result.ts';

/** How long a stored search may be shown, in milliseconds. */
const FRESH_FOR = 5 * 60_000;

/** A search's first screen, as stored. */
export interface StoredSearch {
  at: number;
  status: string;
  passages: PassageResult[];
}

// Only the filters with values, in order: the header box has none, the search page names each of its own empty.
const chosen = (filters: FilterChoice) =>
  Object.entries(filters)
    .filter(([, values]) => values.length > 0)
    .sort(([a], [b]) => a.localeCompare(b));
const PREFIX = 'red-lines:search:';
const keyFor = (base: string, q: string, filters: FilterChoice) => `${PREFIX}${base}:${JSON.stringify([q.trim(), chosen(filters)])}`;

/** Searches kept per tab: the header box stores one at each pause in typing, and only the latest can be wanted. */
const KEPT = 5;

/** Removes all but the KEPT latest stored searches. */
function keepLatest(): void {
  const stored = Object.keys(sessionStorage)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => ({ key, at: Number((JSON.parse(sessionStorage.getItem(key) ?? '{}') as { at?: unknown }).at) || 0 }));
  for (const { key } of stored.sort((a, b) => b.at - a.at).slice(KEPT)) sessionStorage.removeItem(key);
}

/** Stores a finished search's first screen, keeping only the latest few. */
export function storeSearch(base: string, q: string, filters: FilterChoice, status: string, passages: readonly PassageResult[]): void {
  try {
    sessionStorage.setItem(keyFor(base, q, filters), JSON.stringify({ at: Date.now(), status, passages }));
    keepLatest();
  } catch {
    // Storage may be full or turned off; the search page then simply searches.
  }
}

/** The stored first screen of this search, if one is fresh. */
export function storedSearch(base: string, q: string, filters: FilterChoice): StoredSearch | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(keyFor(base, q, filters)) ?? 'null') as StoredSearch | null;
    if (!stored || Date.now() - stored.at >= FRESH_FOR || !Array.isArray(stored.passages) || typeof stored.status !== 'string') return undefined;
    // Links only within the site: whatever is in storage must not hand the page another site's, or a script's, address.
    const links = stored.passages.flatMap((p) => [p.href, ...(p.claims ?? []).flatMap((c) => (c.compare ? [c.compare.url] : []))]);
    return links.every((href) => typeof href === 'string' && href.startsWith(base) && !href.startsWith('//')) ? stored : undefined;
  } catch {
    return undefined;
  }
}
