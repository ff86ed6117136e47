/**
 * Loaded only when the address names an id the page lacks: it says so at the
 * top of the document, with what the page has instead, and takes focus, so
 * that a screen reader reads it before the page.
 */
import { missingAnchor } from '../lib/sources/missing-anchor.ts';

const NOTICE = 'data-missing-anchor';

/** Shows (or, for `id` the page has, removes) the notice about the address's anchor. */
export function showMissingAnchor(id: string): void {
  document.querySelector(`[${NOTICE}]`)?.remove();
  const anchors = [...document.querySelectorAll<HTMLElement>('[data-passage], [data-sentence]')].map((el) => el.dataset.sentence ?? el.id);
  const missing = missingAnchor(id, [...new Set(anchors)]);
  const header = document.querySelector('[data-cite-article] > header');
  if (!missing || !header) return;
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.tabIndex = -1;
  notice.setAttribute('role', 'status');
  notice.setAttribute(NOTICE, '');
  notice.append(missing.text);
  if (missing.passage) {
    const link = document.createElement('a');
    link.href = `#${missing.passage.id}`;
    link.textContent = missing.passage.label;
    notice.append(' ', link, '.');
  }
  header.after(notice);
  notice.focus();
}
