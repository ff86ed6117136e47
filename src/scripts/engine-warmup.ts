/**
 * Fetches what Pagefind reads before its first search, side by side, as the
 * engine starts. Pagefind's worker asks for its script, then its entry, then
 * the metadata and WebAssembly the entry names, each after the last; fetched
 * here at once, they wait in the browser's cache (the hosting headers let it
 * keep them), so on a real connection the first search waits for fewer
 * round trips. Nothing is fetched that the engine would not fetch itself.
 */
import { ENGINE_ENTRY, ENGINE_WORKER, engineFiles } from '../lib/search/engine-files.ts';

/** Fetches one file of the search bundle to the end, so the cache keeps it whole; a failure only means the engine fetches it itself. */
const fetchInto = (url: string) =>
  fetch(url).then(
    (response) => response.arrayBuffer(),
    () => undefined,
  );

/**
 * Starts fetching the engine's first files from `<base>pagefind/`, and returns the tag the entry was fetched under:
 * given to Pagefind as its `metaCacheTag`, it makes the engine ask for the same address, which the cache then answers.
 */
export function warmEngine(base: string): string {
  const folder = `${base}pagefind/`;
  // A new tag each time, as Pagefind makes one itself, so no copy of the entry from an earlier build is ever read.
  const tag = String(Date.now());
  void fetchInto(folder + ENGINE_WORKER);
  void fetch(`${folder}${ENGINE_ENTRY}?ts=${tag}`)
    .then((response) => response.json() as Promise<unknown>)
    .then((entry) => engineFiles(entry, document.documentElement.lang).forEach((file) => void fetchInto(folder + file)))
    .catch(() => undefined);
  return tag;
}
