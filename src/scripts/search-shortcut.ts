/**
 * `/` focuses the header search box from anywhere on the page, and Escape
 * leaves it. The box itself is a plain form; nothing of the search engine
 * loads until the search page is opened.
 */
const input = document.querySelector<HTMLInputElement>('[data-site-search-input]');

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
