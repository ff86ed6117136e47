/**
 * The header search box: `/` focuses it from anywhere on the page, and
 * Escape leaves it. Nothing of the search engine loads with a reading page;
 * when the reader focuses the box, Pagefind starts loading (its worker,
 * WebAssembly and metadata land in the cache before the search page opens),
 * and as they type, the index and the best documents for their words are
 * fetched too. On the search page itself, with a query, this script (already
 * cached) starts the engine before the page's own script has arrived.
 *
 * Pagefind is imported here directly, not through pagefind-client.ts: a
 * chunk shared with the search page would make every page load one more file.
 */
const form = document.querySelector<HTMLFormElement>('[data-site-search]');
const input = document.querySelector<HTMLInputElement>('[data-site-search-input]');

/** Milliseconds of quiet typing before the words' index is fetched. */
const TYPING_PAUSE = 120;

/** Documents whose records are fetched ahead, as the search page's first batch. */
const AHEAD = 10;

interface Engine {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> } | null>;
}

/** The site's base path, from the form's action (`<base>search/`). */
const base = () => new URL(form?.action ?? '/search/', location.href).pathname.replace(/search\/?$/, '');

let engine: Promise<Engine> | undefined;
// The same options as pagefind-client.ts gives, so both pages ask for the same files.
const startEngine = () => {
  // A plain variable, not a template literal, so the bundler leaves the import alone and adds no loader chunk.
  const url = `${base()}pagefind/pagefind.js`;
  return (engine ??= (import(/* @vite-ignore */ url) as Promise<Engine>).then(async (pagefind) => {
    await pagefind.options({ baseUrl: base() });
    void pagefind.init();
    // The list of primary sources' records, which the search page reads first (see primary-pages.ts).
    void fetch(`${base()}pagefind/primary.json`).catch(() => undefined);
    return pagefind;
  }));
};

let timer: ReturnType<typeof setTimeout> | undefined;
input?.addEventListener('focus', () => void startEngine(), { once: true });
input?.addEventListener('input', () => {
  clearTimeout(timer);
  const words = input.value.replace(/["“”]/g, ' ').trim();
  if (words) timer = setTimeout(() => void startEngine().then(async (pagefind) => Promise.all(((await pagefind.search(words))?.results ?? []).slice(0, AHEAD).map((r) => r.data()))), TYPING_PAUSE);
});

if (location.pathname === `${base()}search/` && new URLSearchParams(location.search).get('q')) void startEngine();

document.addEventListener('keydown', (event) => {
  if (!input || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  if (event.key === '/' && !typing) {
    event.preventDefault();
    input.focus();
  } else if (event.key === 'Escape' && target === input) {
    input.value = '';
    input.blur();
  }
});
