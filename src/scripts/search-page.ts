/**
 * The search page. Its URL is its state (`?q=…&kind=…`), so a search can be
 * shared, bookmarked and reloaded: typing replaces the history entry,
 * submitting or changing a filter adds one, and Back restores it.
 */
import { availableFilters, searchPassages, type FilterChoice } from './pagefind-client.ts';
import { filterControls, resultItem } from './search-render.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const FILTERS = ['kind', 'document', 'verdict', 'speaker'];

function readUrl(): { q: string; filters: FilterChoice } {
  const params = new URLSearchParams(location.search);
  return { q: params.get('q') ?? '', filters: Object.fromEntries(FILTERS.map((name) => [name, params.getAll(name)])) };
}

function writeUrl(q: string, filters: FilterChoice, push: boolean): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

if (root) {
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]');
  const filterDetails = root.querySelector<HTMLDetailsElement>('[data-search-filters-box]');
  let state = readUrl();
  let run = 0;

  // Filters load only when asked for: on a large site their values outweigh the whole first search.
  const showFilters = async () => {
    if (!filterBox) return;
    filterBox.replaceChildren(...filterControls(await availableFilters(base), state.filters, (filters) => {
      state = { ...state, filters };
      writeUrl(state.q, filters, true);
      void render();
    }));
  };
  filterDetails?.addEventListener('toggle', () => filterDetails.open && void showFilters());

  const render = async () => {
    if (!input || !status || !list || !filterBox) return;
    const current = ++run;
    input.value = state.q;
    if (filterDetails && Object.values(state.filters).some((values) => values.length > 0)) filterDetails.open = true;
    if (filterDetails?.open) await showFilters();
    if (!state.q.trim()) {
      list.replaceChildren();
      status.textContent = 'Type a word, a phrase or a whole quotation.';
      return;
    }
    status.textContent = 'Searching…';
    const { query, exact, hits } = await searchPassages(base, state.q, state.filters);
    if (current !== run) return;
    list.replaceChildren(...hits.map((hit) => resultItem(hit, query)));
    const kind = exact ? 'passages with this exact phrase' : 'passages';
    status.textContent = hits.length ? `${hits.length} ${hits.length === 1 ? kind.replace('passages', 'passage') : kind} for ${query}.` : `No passage matches ${state.q}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input?.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: input.value };
      writeUrl(state.q, state.filters, false);
      void render();
    }, 250);
  });
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input?.value ?? '' };
    writeUrl(state.q, state.filters, true);
    void render();
  });
  addEventListener('popstate', () => {
    state = readUrl();
    void render();
  });
  void render();
}
