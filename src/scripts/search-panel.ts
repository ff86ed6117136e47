/**
 * The header box's results on a reading page: a region at the start of
 * the page's main content with the first passages found, a link that
 * opens the same search on the search page (filters, more documents, an
 * address to share), and a button, or Escape, that closes it and returns
 * to the box. Escape in the box itself closes it too, keeping the words.
 */
import { el, resultItem } from './search-render.ts';
import type { PassageResult } from '../lib/search/passage-result.ts';

/** Passages the panel shows, so that the page the reader came to read stays near. */
const SHOWN = 10;

/** Where the search goes on from here: the search page, for what the panel leaves out. */
function onwardLine(found: number, href: string): Array<Node | string> {
  const link = el('a', { href }, ['Open this search on the search page']);
  // With nothing found, the search page is where the closest words the documents use are offered.
  if (found === 0) return [link, ', which looks for the closest words in the documents.'];
  if (found > SHOWN) return [`The first ${SHOWN} passages are shown here. `, link, ' for the rest, the filters and an address to share.'];
  return [link, ' for the filters and an address to share.'];
}

/** The panel, built on first use. */
export interface SearchPanel {
  /** Shows a search under way (no passages yet) or its results. */
  show: (q: string, status: string, passages?: readonly PassageResult[]) => void;
  /** Whether the panel is open: a reader who closed it while it searched does not want it back. */
  isOpen: () => boolean;
  /** Moves focus to the result count, one Tab from the first result. */
  focusStatus: () => void;
}

/** The panel's elements, built once, unattached until the first search. */
interface PanelParts {
  section: HTMLElement;
  closeButton: HTMLButtonElement;
  status: HTMLParagraphElement;
  list: HTMLOListElement;
  onward: HTMLParagraphElement;
}

/** A labelled region, kept out of the search index, holding the count (announced politely), the list and the onward line. */
function panelParts(): PanelParts {
  const title = el('h2', { id: 'search-panel-title', className: 'search-panel-title' }, ['Search results']);
  const closeButton = el('button', { type: 'button', className: 'search-panel-close' }, ['Close results']);
  const status = el('p', { className: 'search-status', tabIndex: -1 });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = el('ol', { className: 'search-results' });
  const onward = el('p', { className: 'search-panel-onward' });
  const section = el('section', { className: 'search-panel', hidden: true }, [
    el('div', { className: 'search-panel-head' }, [title, closeButton]),
    status,
    list,
    onward,
  ]);
  section.setAttribute('aria-labelledby', title.id);
  section.setAttribute('data-pagefind-ignore', '');
  return { section, closeButton, status, list, onward };
}

/** The ways a reader closes the panel: its button, Escape in it or in the box, or a result link followed. */
function closeOnRequest({ section, closeButton, list }: PanelParts, input: HTMLInputElement): void {
  const close = () => {
    section.hidden = true;
    input.focus();
  };
  closeButton.addEventListener('click', close);
  // Escape in the box closes its results first, keeping the words and the focus; a second Escape clears the box (search-shortcut.ts).
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || section.hidden) return;
    event.preventDefault();
    section.hidden = true;
  });
  section.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  });
  // A result on this very page: the browser looks for the words its link highlights from the top of the page, and
  // would find them first in the panel's own excerpt or in the words typed in the box, so both go before it looks,
  // as they would with a result on another page.
  list.addEventListener('click', (event) => {
    const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (!plain || !(event.target as Element).closest('a')) return;
    section.hidden = true;
    input.value = '';
  });
}

/** A panel placed at the start of `main` (so “Skip to content” reaches it), whose link for a query is `searchUrl(q)`. */
export function searchPanel(main: HTMLElement, input: HTMLInputElement, searchUrl: (q: string) => string): SearchPanel {
  const parts = panelParts();
  const { section, status, list, onward } = parts;
  closeOnRequest(parts, input);
  return {
    show(q, text, passages) {
      if (!section.isConnected) main.prepend(section);
      section.hidden = false;
      status.textContent = text;
      list.replaceChildren(...(passages ?? []).slice(0, SHOWN).map((passage) => resultItem(passage, 'h3')));
      onward.replaceChildren(...(passages ? onwardLine(passages.length, searchUrl(q)) : []));
    },
    isOpen: () => !section.hidden,
    focusStatus: () => status.focus(),
  };
}
