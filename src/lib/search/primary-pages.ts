/**
 * Which of Pagefind's results are primary sources, known before any record
 * is loaded. Pagefind ranks documents by its own measure, and at 10,000
 * reports the post can rank below the first batch the browser loads; so the
 * build publishes the ids Pagefind gave the primary sources, and the browser
 * loads those documents first.
 */

/** The file, inside the search bundle, listing the primary sources' record ids. */
export const PRIMARY_FILE = 'primary.json';

/** Reads the list back; anything but a list of strings is no list. */
export function readPrimaryIds(data: unknown): Set<string> {
  return new Set(Array.isArray(data) ? data.filter((id): id is string => typeof id === 'string') : []);
}

/** Results in loading order: the primary sources' first, then Pagefind's order, each document once. */
export function loadingOrder<R extends { id: string }>(lists: ReadonlyArray<readonly R[]>, primary: ReadonlySet<string>): R[] {
  const all = lists.flat();
  const byId = new Map<string, R>();
  for (const result of [...all.filter((r) => primary.has(r.id)), ...all]) if (!byId.has(result.id)) byId.set(result.id, result);
  return [...byId.values()];
}
