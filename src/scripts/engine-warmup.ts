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
 * The tag the entry is fetched under, given to Pagefind as its `metaCacheTag` by whichever script starts the engine,
 * so the engine asks for the very address fetched here, which the cache then answers.
 */
export function engineTag(): string {
  // New with each page load, as Pagefind's own tag is, so no copy of the entry from an earlier build is ever read;
  // the same for the page's whole life, so every script that starts the engine gives it the same one.
  return String(Math.trunc(performance.timeOrigin));
}

/** Starts fetching the engine's first files from `<base>pagefind/`, the entry under `engineTag()`. */
export function warmEngine(base: string): void {
  const folder = `${base}pagefind/`;
  void fetchInto(folder + ENGINE_WORKER);
  void fetch(`${folder}${ENGINE_ENTRY}?ts=${engineTag()}`)
    .then((response) => response.json() as Promise<unknown>)
    .then((entry) => engineFiles(entry, document.documentElement.lang).forEach((file) => void fetchInto(folder + file)))
    .catch(() => undefined);
}
