/**
 * The header search box: `/` focuses it from anywhere on the page (a
 * switch on the search page turns that off), and Escape clears it.
 * Nothing of the search engine loads with a reading page. When the reader
 * focuses the box, the header box's search loads
 * (header-search.ts) and starts the engine, and Enter then shows the
 * results at the top of the page without leaving it; until then, and
 * without JavaScript, the box is a plain form to the search page. On the
 * search page itself this script (already cached) starts the engine, with
 * a query before the page's own script arrives, without one as the reader
 * reaches for the page's box. The engine's first files are fetched side by
 * side as it starts (engine-warmup.ts).
 */
import { engineTag, warmEngine } from './engine-warmup.ts';
import headerSearchUrl, { dependencies as headerSearchDependencies } from './header-search.ts?lazy';
import type { HeaderSearch, startHeaderSearch } from './header-search.ts';

const form = document.querySelector<HTMLFormElement>('[data-site-search]');
const input = document.querySelector<HTMLInputElement>('[data-site-search-input]');

/** The search page's path, from the form's action (`<base>search/`). */
const searchPath = new URL(form?.action ?? '/search/', location.href).pathname;
const base = searchPath.replace(/search\/$/, '');
/** The search page's own search, present on that page only: there the header box stays a plain form. */
const searchPage = document.querySelector('[data-search-page]');

let headerSearch: Promise<HeaderSearch> | undefined;
/** The header box's search, loaded and started once. */
const loadHeaderSearch = (input: HTMLInputElement) =>
  // Its chunk and the chunks it imports, fetched side by side rather than each after the one naming it.
  (headerSearch ??= Promise.all([headerSearchUrl, ...headerSearchDependencies].map((url) => import(/* @vite-ignore */ url))).then(([module]) =>
    (module as { startHeaderSearch: typeof startHeaderSearch }).startHeaderSearch(input, base, searchPath),
  ));

let started = false;
/** Starts Pagefind once (with the options pagefind-client.ts gives it too), so its files load alongside the script that searches with it. */
const startEngine = () => {
  if (started) return;
  started = true;
  warmEngine(base);
  // A plain variable, not a template literal, so the bundler leaves the import alone and adds no loader chunk.
  const url = `${base}pagefind/pagefind.js`;
  void (import(/* @vite-ignore */ url) as Promise<{ options: (o: object) => Promise<void>; init: () => Promise<void> }>).then(
    (pagefind) => {
      // Before it starts, Pagefind keeps only the last options given, so both starters give all of them.
      void pagefind.options({ baseUrl: base, metaCacheTag: engineTag() });
      void pagefind.init();
    },
    () => undefined,
  );
};

if (form && input && !searchPage) {
  const start = () => {
    startEngine();
    void loadHeaderSearch(input).catch(() => undefined);
  };
  input.addEventListener('focus', start, { once: true });
  form.addEventListener('submit', (event) => {
    const q = input.value.trim();
    if (!q) return;
    event.preventDefault();
    // If the search cannot load, the form goes where it would without JavaScript.
    void loadHeaderSearch(input).then(
      (search) => search.submit(q, () => form.submit()),
      () => form.submit(),
    );
  });
}

// Typing a query takes longer than the engine takes to load, so an empty search page waits for the reader.
if (searchPage && new URLSearchParams(location.search).get('q')?.trim()) startEngine();
else for (const type of ['focusin', 'pointerdown', 'keydown']) searchPage?.addEventListener(type, startEngine, { once: true });

/** Where a reader's choice to turn `/` off is kept: a one-key shortcut must be one a reader can turn off (WCAG 2.1.4). */
const SHORTCUT_OFF = 'rla-slash-off';
let shortcutOff = false;
try {
  shortcutOff = localStorage.getItem(SHORTCUT_OFF) === '1';
} catch {
  // Storage refused: the shortcut stays on, and the switch below still works for this page.
}
if (shortcutOff && input) input.placeholder = 'Search passages';
// The switch, on the search page only, shown once this script can work it.
const shortcutSwitch = document.querySelector<HTMLInputElement>('[data-shortcut-switch]');
if (shortcutSwitch) {
  shortcutSwitch.checked = !shortcutOff;
  shortcutSwitch.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  shortcutSwitch.addEventListener('change', () => {
    shortcutOff = !shortcutSwitch.checked;
    try {
      if (shortcutOff) localStorage.setItem(SHORTCUT_OFF, '1');
      else localStorage.removeItem(SHORTCUT_OFF);
    } catch {
      // Kept for this page only.
    }
  });
}

document.addEventListener('keydown', (event) => {
  if (!input || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  if (event.key === '/' && !typing && !shortcutOff) {
    event.preventDefault();
    input.focus();
  } else if (event.key === 'Escape' && target === input) {
    // Clears the box, as a search field does, and keeps the focus where the reader is.
    input.value = '';
  }
});
