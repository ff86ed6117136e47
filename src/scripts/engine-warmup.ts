/**
 * Fetches what Pagefind reads before its first search, side by side, as the
 * engine starts. Pagefind's worker asks for its script, then its entry, then
 * the metadata and WebAssembly the entry names, each after the last; fetched
 * here at once, the script, metadata and WebAssembly wait in the browser's
 * cache (the hosting headers let it keep them), so on a real connection the
 * first search waits for fewer round trips. Only the small entry file is
 * fetched twice: Pagefind asks for it under an address of its own making.
 */
import { ENGINE_ENTRY, ENGINE_WORKER, engineFiles } from '../lib/search/engine-files.ts';

/** Fetches one file of the search bundle to the end, so the cache keeps it whole; a failure only means the engine fetches it itself. */
const fetchInto = (url: string) =>
  fetch(url).then(
    (response) => response.arrayBuffer(),
    () => undefined,
  );

/** Starts fetching the engine's first files from `<base>pagefind/`. */
export function warmEngine(base: string): void {
  const folder = `${base}pagefind/`;
  void fetchInto(folder + ENGINE_WORKER);
  // The entry changes with every build: ask the server, as Pagefind does, rather than read a cached copy.
  void fetch(folder + ENGINE_ENTRY, { cache: 'no-cache' })
    .then((response) => response.json() as Promise<unknown>)
    .then((entry) => engineFiles(entry, document.documentElement.lang).forEach((file) => void fetchInto(folder + file)))
    .catch(() => undefined);
}
