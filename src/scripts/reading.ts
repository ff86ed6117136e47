/**
 * Reading pages' only eager script, kept tiny: it waits for a reader to ask
 * for a citation (a "Cite" link, the document's cite box, or a selection in
 * the text) and only then loads the citation tools.
 */
const article = document.querySelector<HTMLElement>('[data-cite-article]');
const tools = () => import('./cite-tools.ts');

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
    if (selection && !selection.isCollapsed && article.querySelector('[data-source-text]')?.contains(selection.anchorNode)) void tools().then((t) => t.offerQuoteLink(article));
  };
  article.addEventListener('mouseup', onSelect);
  article.addEventListener('keyup', (event) => event.shiftKey && onSelect());
}
