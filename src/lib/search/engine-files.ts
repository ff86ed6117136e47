/**
 * The files Pagefind reads before it can answer a first search, named as
 * Pagefind names them. Its worker fetches them one after another (its script,
 * then its entry file, then the metadata and WebAssembly the entry names);
 * knowing the names lets a page fetch them side by side into the browser's
 * cache as the engine starts, so the engine finds them there. The entry file
 * maps languages to their index, and a page's language picks one as
 * Pagefind's own `findIndex` does: the exact language, then its first part
 * (`en` for `en-GB`), then the language with the most pages.
 */

/** The engine's worker script, which Pagefind starts before it reads anything else. */
export const ENGINE_WORKER = 'pagefind-worker.js';

/** The entry file, naming each language's metadata and WebAssembly. */
export const ENGINE_ENTRY = 'pagefind-entry.json';

/** What the entry file says of one language's index. */
interface LanguageIndex {
  hash?: unknown;
  wasm?: string | null;
  page_count?: number;
}

/** The metadata and WebAssembly files Pagefind loads for a page in `pageLanguage` (its `<html lang>`), from the entry file; none when the entry names none. */
export function engineFiles(entry: unknown, pageLanguage: string): string[] {
  // Object() turns anything, null included, into an object to read from; a wrong name only costs a request that fails.
  const languages = Object(Object(entry).languages) as Record<string, LanguageIndex | undefined>;
  const language = pageLanguage.toLowerCase() || 'unknown';
  const mostPages = Object.values(languages).sort((a, b) => (b?.page_count ?? 0) - (a?.page_count ?? 0))[0];
  const index = languages[language] ?? languages[language.split('-')[0] ?? ''] ?? mostPages;
  return typeof index?.hash === 'string' ? [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`] : [];
}
