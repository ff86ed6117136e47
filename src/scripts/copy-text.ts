/**
 * Copy buttons for every `[data-copy]` block: one click copies its text, its
 * links moved to the address the page is served from, and the confirmation
 * is shown on the button and announced to screen readers.
 */
import { localLinks } from './page-links.ts';

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

/** Copies text, confirming on the button and aloud. */
export async function copyWithConfirmation(text: string, button: HTMLButtonElement, what: string): Promise<void> {
  // Its own nodes, to put back whole: a button's name may end in text only screen readers are given.
  const label = [...button.childNodes];
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied ✓';
    announce(`${what} copied to the clipboard.`);
  } catch {
    button.textContent = 'Select and copy';
    announce(`Could not copy ${what}; select the text and copy it.`);
  }
  setTimeout(() => button.replaceChildren(...label), 2000);
}

/** Adds a copy button to each `[data-copy]` block under a root. */
export function addCopyButtons(root: ParentNode): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-copy]:not([data-copy-ready])')) {
    block.dataset['copyReady'] = '';
    const what = block.dataset['copyLabel'] ?? 'Citation';
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-button', textContent: `Copy ${what}` });
    button.addEventListener('click', () => void copyWithConfirmation(localLinks((block.querySelector('pre, p')?.textContent ?? '').trim()), button, what));
    block.append(button);
  }
}

addCopyButtons(document);
