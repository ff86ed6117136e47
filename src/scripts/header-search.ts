/**
 * The header search box of a reading page, loaded when the reader first
 * reaches for it. The engine starts loading at once; a pause in typing runs
 * the search ahead; Enter shows the first passages in a panel at the top
 * of the page, without leaving it (search-panel.ts). Each finished search
 * is stored for the search page, which the panel links to (search-handoff.ts).
 */
import { searchStatus } from '../lib/search/search-status.ts';
import { loadPagefind } from './pagefind-client.ts';
import { searchPassages, type SearchOutcome } from './passage-search.ts';
import { storeSearch } from './search-handoff.ts';
import { searchPanel } from './search-panel.ts';

/** Milliseconds of quiet typing before the search runs ahead. */
const TYPING_PAUSE = 150;

/** What the page's own script asks of the header box once it has loaded. */
export interface HeaderSearch {
  /** Shows the results for `q`, typed when Enter was pressed; `fallback` opens the search page instead if the engine cannot load. */
  submit: (q: string, fallback: () => void) => void;
}

/** A search with its status, stored for the search page as it finishes. */
type StatusOutcome = SearchOutcome & { status: string };

/** Searches `q`, or hands back the search already made for it: Enter after a pause in typing finds it done. */
function searchOnce(base: string): (q: string) => Promise<StatusOutcome> {
  let ahead: { q: string; outcome: Promise<StatusOutcome> } | undefined;
  return (q) => {
    if (ahead?.q !== q) {
      const outcome = searchPassages(base, q, {}).then((found) => {
        const status = searchStatus({ ...found, count: found.passages.length });
        storeSearch(base, q, {}, status, found.passages);
        return { ...found, status };
      });
      ahead = { q, outcome };
    }
    return ahead.outcome;
  };
}

/** Runs the search ahead whenever typing in `input` pauses; the returned function cancels a pause still counting. */
function searchOnPause(input: HTMLInputElement, search: (q: string) => Promise<unknown>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const searchAhead = () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q) timer = setTimeout(() => void search(q).catch(() => undefined), TYPING_PAUSE);
  };
  input.addEventListener('input', searchAhead);
  // The reader may have typed while this script loaded.
  searchAhead();
  return () => clearTimeout(timer);
}

/** Starts the header box's search on a reading page; `searchPath` is the search page's path, under `base`. */
export function startHeaderSearch(input: HTMLInputElement, base: string, searchPath: string): HeaderSearch {
  void loadPagefind(base).catch(() => undefined);
  const searchUrl = (q: string) => `${searchPath}?${new URLSearchParams({ q })}`;
  const panel = searchPanel(document.querySelector('main') ?? document.body, input, searchUrl);
  const search = searchOnce(base);
  const cancelPause = searchOnPause(input, search);

  let run = 0;
  return {
    submit(q, fallback) {
      cancelPause();
      const current = ++run;
      const focused = document.activeElement;
      panel.show(q, 'Searching…');
      search(q).then(
        (found) => {
          if (current !== run || !panel.isOpen()) return;
          panel.show(q, found.status, found.passages);
          // Focus moves to the count only if the reader is still waiting where Enter left them, not typing on.
          if (document.activeElement === focused && input.value.trim() === q) panel.focusStatus();
        },
        () => current === run && fallback(),
      );
    },
  };
}
