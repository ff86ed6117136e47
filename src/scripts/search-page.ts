/**
 * The search page. Its URL is its state (`?q=…&kind=…`), so a search can be
 * shared, bookmarked and reloaded: typing replaces the history entry,
 * submitting or changing a filter adds one, and Back restores it. The
 * engine starts loading with a query, or as the reader reaches for the
 * box, before a query is typed (search-shortcut.ts, on every page); a
 * search the header box already ran (search-handoff.ts) shows at once, and
 * is then checked. After a submitted search, focus moves to the result
 * count, one Tab from the first result.
 */
import { offersSpelling, searchStatus } from '../lib/search/search-status.ts';
import { availableFilters, type FilterChoice } from './pagefind-client.ts';
import { searchPassages, type SearchOutcome } from './passage-search.ts';
import { storedSearch, storeSearch } from './search-handoff.ts';
import { filterControls, resultItem, suggestionLine } from './search-render.ts';
import { suggestionFor } from './search-suggest.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const FILTERS = ['kind', 'document', 'verdict', 'speaker', 'capture'];

function readUrl(): { q: string; filters: FilterChoice } {
  const params = new URLSearchParams(location.search);
  return { q: params.get('q') ?? '', filters: Object.fromEntries(FILTERS.map((name) => [name, params.getAll(name)])) };
}

function urlFor(q: string, filters: FilterChoice): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  return `${location.pathname}${params.size ? `?${params}` : ''}`;
}

function writeUrl(q: string, filters: FilterChoice, push: boolean): void {
  const url = urlFor(q, filters);
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

if (root) {
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const after = root.querySelector<HTMLElement>('[data-search-after]');
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]');
  const filterDetails = root.querySelector<HTMLDetailsElement>('[data-search-filters-box]');
  let state = readUrl();
  let run = 0;

  // Filters load only when asked for: on a large site their values outweigh the whole first search.
  const showFilters = async () => {
    if (!filterBox) return;
    filterBox.replaceChildren(
      ...filterControls(await availableFilters(base), state.filters, (filters) => {
        state = { ...state, filters };
        writeUrl(state.q, filters, true);
        void render(false);
      }),
    );
  };
  filterDetails?.addEventListener('toggle', () => filterDetails.open && void showFilters());

  const showResults = (passages: SearchOutcome['passages'], text: string) => {
    list?.replaceChildren(...passages.map((passage) => resultItem(passage)));
    if (status) status.textContent = text;
  };

  const showAfter = (outcome: SearchOutcome, current: number) => {
    if (!after || current !== run) return;
    const more = outcome.more;
    after.replaceChildren(
      ...(more
        ? [
            Object.assign(document.createElement('button'), {
              type: 'button',
              className: 'search-more',
              textContent: 'Show passages from more documents',
              onclick: () => void more().then((next) => show(next, current)),
            }),
          ]
        : []),
    );
    // Below the status line: a misspelt word can leave other words' passages to show, as well as none.
    if (offersSpelling({ ...outcome, count: outcome.passages.length }))
      void suggestionFor(base, state.q).then(
        (suggestion) => current === run && suggestion && status?.after(suggestionLine(suggestion, urlFor(suggestion, state.filters))),
      );
  };

  const show = (outcome: SearchOutcome, current: number) => {
    if (current !== run) return;
    showResults(outcome.passages, searchStatus({ ...outcome, count: outcome.passages.length }));
    showAfter(outcome, current);
  };

  // The count takes the focus only from a reader still where the search left them, not one who has moved on to type
  // elsewhere, in the header box say, while it ran.
  let waiting: Element | null = null;
  const focusStatus = (focus: boolean, current: number) => focus && current === run && document.activeElement === waiting && status?.focus();

  const render = async (focus: boolean) => {
    if (!input || !status || !list || !after) return;
    const current = ++run;
    waiting = document.activeElement;
    input.value = state.q;
    if (filterDetails && Object.values(state.filters).some((values) => values.length > 0)) filterDetails.open = true;
    if (filterDetails?.open) await showFilters();
    after.replaceChildren();
    root.querySelector('.search-suggestion')?.remove();
    if (!state.q.trim()) {
      list.replaceChildren();
      status.textContent = 'Type a word, a phrase or a whole quotation.';
      return;
    }
    const stored = storedSearch(base, state.q, state.filters);
    if (stored) showResults(stored.passages, stored.status);
    else status.textContent = 'Searching…';
    focusStatus(focus && Boolean(stored), current);
    const outcome = await searchPassages(base, state.q, state.filters);
    if (current !== run) return;
    const text = searchStatus({ ...outcome, count: outcome.passages.length });
    storeSearch(base, state.q, state.filters, text, outcome.passages);
    // The stored screen stays when the engine agrees with it, so nothing moves under the reader.
    if (stored && stored.status === text && JSON.stringify(stored.passages) === JSON.stringify(outcome.passages)) showAfter(outcome, current);
    else show(outcome, current);
    focusStatus(focus && !stored, current);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input?.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: input.value };
      writeUrl(state.q, state.filters, false);
      void render(false);
    }, 250);
  });
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input?.value ?? '' };
    writeUrl(state.q, state.filters, true);
    void render(true);
  });
  addEventListener('popstate', () => {
    state = readUrl();
    void render(false);
  });
  void render(state.q.trim() !== '');
}
