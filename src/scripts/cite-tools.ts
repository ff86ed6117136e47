/**
 * Citation tools, loaded on first use: the passage citation dialog (filled
 * from the document's cite page, the same text readers without JavaScript
 * get) and "Copy quote with link" for a selection or a sentence.
 */
import { quoteWithLink } from '../lib/citation/quote-link.ts';
import { addCopyButtons, copyWithConfirmation } from './copy-text.ts';
import { localLinks } from './page-links.ts';
import { selectedRuns, selectionPassage } from './selection-runs.ts';

export { addCopyButtons };

let dialog: HTMLDialogElement | undefined;
const pages = new Map<string, Promise<Document>>();

function citePage(url: string): Promise<Document> {
  if (!pages.has(url)) pages.set(url, fetch(url).then(async (r) => new DOMParser().parseFromString(await r.text(), 'text/html')));
  return pages.get(url) as Promise<Document>;
}

function theDialog(): HTMLDialogElement {
  if (!dialog) {
    dialog = Object.assign(document.createElement('dialog'), { className: 'cite-dialog' });
    dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    document.body.append(dialog);
  }
  return dialog;
}

/** A sentence's text pieces (a claim can split a sentence into several spans). */
function sentencePieces(id: string): string[] {
  return [...document.querySelectorAll(`[data-sentence="${id}"]`)].map((piece) => piece.textContent ?? '');
}

function quoteButton(article: HTMLElement, sentence: string): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-button', textContent: 'Copy quote with link' });
  const { inText = '', citeUrl = '' } = article.dataset;
  const runs = sentencePieces(sentence);
  button.addEventListener('click', () => void copyWithConfirmation(quoteWithLink({ exact: runs.join(''), inText, url: localLinks(citeUrl), passage: sentence, runs }).text, button, 'Quote with link'));
  return button;
}

/** Opens the citation of the passage a "Cite" link belongs to. */
export async function openPassageCitation(link: HTMLAnchorElement): Promise<void> {
  const [url = '', anchor = ''] = link.href.split('#');
  const section = (await citePage(url)).getElementById(anchor);
  const article = link.closest<HTMLElement>('[data-cite-article]');
  if (!section || !article) return void (location.href = link.href);
  const box = theDialog();
  const title = Object.assign(document.createElement('h2'), { id: 'cite-dialog-title', textContent: `Cite ${section.querySelector('h2')?.textContent ?? ''}` });
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'cite-dialog-close', textContent: 'Close' });
  close.addEventListener('click', () => box.close());
  const sentences = [...(document.getElementById(anchor)?.querySelectorAll<HTMLElement>('[id][data-sentence]') ?? [])].map((s) => {
    const item = Object.assign(document.createElement('li'), { textContent: `${sentencePieces(s.id).join('').trim()} ` });
    item.append(quoteButton(article, s.id));
    return item;
  });
  const list = Object.assign(document.createElement('ul'), { className: 'cite-sentences' });
  list.append(...sentences);
  box.replaceChildren(title, close, ...[...section.querySelectorAll('dl')].map((dl) => document.importNode(dl, true)), Object.assign(document.createElement('h3'), { textContent: 'Quote one sentence' }), list);
  addCopyButtons(box);
  box.showModal();
}

let floating: HTMLButtonElement | undefined;

/** Shows "Copy quote with link" beside the current selection in the text. */
export function offerQuoteLink(article: HTMLElement): void {
  const selection = getSelection();
  const passage = selection && selectionPassage(selection);
  if (!selection || !passage) return;
  floating ??= Object.assign(document.createElement('button'), { type: 'button', className: 'quote-link-button', textContent: 'Copy quote with link' });
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  // Placed in the page, not the viewport, so it stays beside the words as the reader scrolls.
  Object.assign(floating.style, { top: `${Math.max(8, rect.top + scrollY - 44)}px`, left: `${Math.max(8, rect.left + scrollX)}px` });
  const { inText = '', citeUrl = '' } = article.dataset;
  const runs = selectedRuns(selection);
  const quote = quoteWithLink({ exact: runs.join(''), inText, url: localLinks(citeUrl), passage, runs });
  floating.onclick = () => void copyWithConfirmation(quote.text, floating as HTMLButtonElement, 'Quote with link').then(() => setTimeout(() => floating?.remove(), 1500));
  document.body.append(floating);
}
