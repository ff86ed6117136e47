/**
 * Copy buttons for every `[data-copy]` block: one click copies its text, its
 * links moved to the address the page is served from (and a styled
 * citation's italics with it, as HTML), and the confirmation is shown on
 * the button and announced to screen readers.
 */
import { localLinks } from './page-links.ts';
import { localDay, restampAccessed } from '../lib/citation/accessed-date.ts';
import { accessedTodayNote } from '../lib/citation/accessed-note.ts';

let announcer: HTMLElement | undefined;

/** Says something to screen readers through one polite live region. */
export function announce(message: string): void {
  if (!announcer) {
    announcer = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
    announcer.setAttribute('role', 'status');
    document.body.append(announcer);
  }
  announcer.textContent = '';
  requestAnimationFrame(() => {
    if (announcer) announcer.textContent = message;
  });
}

/** Puts text on the clipboard, and beside it the same as HTML where there is any, for editors that keep italics. */
async function write(text: string, html: string | undefined): Promise<void> {
  if (html === undefined || typeof ClipboardItem === 'undefined') return navigator.clipboard.writeText(text);
  const item = (type: string, content: string) => new Blob([content], { type });
  await navigator.clipboard.write([new ClipboardItem({ 'text/plain': item('text/plain', text), 'text/html': item('text/html', html) })]);
}

/** Copies text (with its HTML, when given), confirming on the button and aloud. */
export async function copyWithConfirmation(text: string, button: HTMLButtonElement, what: string, html?: string): Promise<void> {
  // Its own nodes, to put back whole: a button's name may end in text only screen readers are given.
  const label = [...button.childNodes];
  try {
    await write(text, html);
    button.textContent = 'Copied ✓';
    announce(`${what} copied to the clipboard.`);
  } catch {
    button.textContent = 'Select and copy';
    announce(`Could not copy ${what}; select the text and copy it.`);
  }
  setTimeout(() => button.replaceChildren(...label), 2000);
}

/** A styled citation's HTML, its lines kept apart, when it has markup (a style's italics); plain text has none to add. */
function markup(shown: Element | null): string | undefined {
  return shown?.querySelector('i') ? localLinks(shown.innerHTML.trim().replace(/\n/g, '<br>')) : undefined;
}

/** Moves a block's accessed date from the build's day to the reader's, in the text shown, so that what is copied is what is seen. */
function restamp(block: HTMLElement, today: string): void {
  const built = block.closest<HTMLElement>('[data-accessed]')?.dataset['accessed'];
  if (!built) return;
  const texts = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) node.nodeValue = restampAccessed(node.nodeValue ?? '', built, today);
}

/** Adds a copy button to each `[data-copy]` block under a root, its accessed date moved to today. */
export function addCopyButtons(root: ParentNode): void {
  const today = localDay(new Date());
  for (const note of root.querySelectorAll<HTMLElement>('[data-accessed-note]')) note.textContent = accessedTodayNote(today);
  for (const block of root.querySelectorAll<HTMLElement>('[data-copy]:not([data-copy-ready])')) {
    block.dataset['copyReady'] = '';
    restamp(block, today);
    const what = block.dataset['copyLabel'] ?? 'Citation';
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-button', textContent: `Copy ${what}` });
    const shown = block.querySelector('pre, p');
    button.addEventListener('click', () => void copyWithConfirmation(localLinks((shown?.textContent ?? '').trim()), button, what, markup(shown)));
    block.append(button);
  }
}

addCopyButtons(document);
