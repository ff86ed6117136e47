/**
 * The header search box: `/` focuses it from anywhere on the page, and
 * Escape leaves it. Nothing of the search engine loads with a reading page.
 * When the reader focuses the box, the search page starts loading in a
 * hidden frame, and as they pause in typing, the frame searches for their
 * words: by the time they press Enter, the engine's files are in the cache
 * and the results wait in the tab's storage for the search page to show
 * (search-handoff.ts). On the search page itself, with a query, this script
 * (already cached) starts the engine before the page's own script arrives.
 */
const form = document.querySelector<HTMLFormElement>('[data-site-search]');
const input = document.querySelector<HTMLInputElement>('[data-site-search-input]');

/** Milliseconds of quiet typing before the frame searches. */
const TYPING_PAUSE = 150;

/** The search page's path, from the form's action (`<base>search/`). */
const searchPath = new URL(form?.action ?? '/search/', location.href).pathname;
const onSearchPage = location.pathname === searchPath;

let frame: HTMLIFrameElement | undefined;
const warmFrame = () => {
  if (frame || onSearchPage) return;
  frame = Object.assign(document.createElement('iframe'), { hidden: true, tabIndex: -1, title: 'Search, loading ahead', src: searchPath });
  frame.setAttribute('aria-hidden', 'true');
  document.body.append(frame);
};

let timer: ReturnType<typeof setTimeout> | undefined;
input?.addEventListener('focus', warmFrame, { once: true });
input?.addEventListener('input', () => {
  clearTimeout(timer);
  const q = input.value.trim();
  // replace(), not src: the frame's searches must not add to the tab's history.
  if (q) timer = setTimeout(() => frame?.contentWindow?.location.replace(`${searchPath}?${new URLSearchParams({ q })}`), TYPING_PAUSE);
});

if (onSearchPage && new URLSearchParams(location.search).get('q')) {
  const base = searchPath.replace(/search\/$/, '');
  // A plain variable, not a template literal, so the bundler leaves the import alone and adds no loader chunk.
  const url = `${base}pagefind/pagefind.js`;
  void (import(/* @vite-ignore */ url) as Promise<{ options: (o: object) => Promise<void>; init: () => void }>).then(async (pagefind) => {
    // The same options as pagefind-client.ts gives.
    await pagefind.options({ baseUrl: base });
    pagefind.init();
  });
}

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
