/**
 * Reading pages' only eager script, kept tiny: it waits for a reader to ask
 * for a citation (a "Cite" link, the document's cite box, or a selection in
 * the text) and only then loads the citation tools. It also makes room for
 * a claim's note: the note opens below its claim, so when the claim sits low
 * on the screen it is scrolled up first, and closes once focus leaves it
 * for the page. And it highlights every piece of a
 * linked sentence: a claim can split a sentence, and only its first piece
 * carries the id that :target can match. An address naming an id the page
 * lacks loads the notice that says so.
 */
import citeTools from './cite-tools.ts?lazy';
import missingAnchor from './missing-anchor.ts?lazy';

const article = document.querySelector<HTMLElement>('[data-cite-article]');
const tools = () => import(/* @vite-ignore */ citeTools) as Promise<typeof import('./cite-tools.ts')>;

if (article) {
  article.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('[data-cite-link]');
    if (!link) return;
    event.preventDefault();
    void tools().then((t) => t.openPassageCitation(link));
  });
  article.querySelector('details#cite')?.addEventListener('toggle', () => void tools().then((t) => t.addCopyButtons(article)), { once: true });
  const onSelect = () => {
    const selection = getSelection();
    if (selection && !selection.isCollapsed && article.querySelector('[data-source-text]')?.contains(selection.anchorNode))
      void tools().then((t) => t.offerQuoteLink(article));
  };
  // Before it opens, so the note is placed below the claim's new position; the event does not bubble, so it is caught on the way down.
  article.addEventListener(
    'beforetoggle',
    (event) => {
      const note = event.target as HTMLElement;
      const claim =
        (event as ToggleEvent).newState === 'open' && note.matches('.claim-note') ? document.getElementById(note.id.slice(0, -'-note'.length)) : null;
      if (claim && claim.getBoundingClientRect().bottom > innerHeight * 0.45) claim.scrollIntoView({ block: 'start' });
    },
    true,
  );
  // A note that focus leaves for the page closes, so it never covers the control focus moved to; its own marker keeps it.
  article.addEventListener('focusout', (event) => {
    const note = (event.target as Element).closest<HTMLElement>('.claim-note:popover-open');
    const next = (event as FocusEvent).relatedTarget as Element | null;
    if (note && next && !note.contains(next) && next.getAttribute('popovertarget') !== note.id) note.hidePopover();
  });
  article.addEventListener('mouseup', onSelect);
  article.addEventListener('keyup', (event) => event.shiftKey && onSelect());
}

function markTarget(): void {
  for (const piece of document.querySelectorAll('.is-target')) piece.classList.remove('is-target');
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape names no id of ours, and is reported as it stands.
  }
  if (/^p\d+-s\d+$/.test(id)) for (const piece of document.querySelectorAll(`[data-sentence="${id}"]`)) piece.classList.add('is-target');
  if ((id && !document.getElementById(id)) || document.querySelector('[data-missing-anchor]'))
    void (import(/* @vite-ignore */ missingAnchor) as Promise<typeof import('./missing-anchor.ts')>).then((m) => m.showMissingAnchor(id));
}
markTarget();
addEventListener('hashchange', markTarget);
