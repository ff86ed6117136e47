/**
 * Citation tools, loaded on first use: the passage citation dialog (filled
 * from the document's cite page, the same text readers without JavaScript
 * get) and "Copy quote with link" for a selection or a sentence.
 */
import { quoteLinkLabel, quoteWithLink } from '../lib/citation/quote-link.ts';
import { pinpointLabel } from '../lib/sources/anchors.ts';
import { ACCESSED_NOTE } from '../lib/citation/accessed-note.ts';
import { addCopyButtons, copyWithConfirmation } from './copy-text.ts';
import { localLinks } from './page-links.ts';
import { markedPassages, selectedRuns, selectionPassages } from './selection-runs.ts';

export { addCopyButtons };

let dialog: HTMLDialogElement | undefined;
const pages = new Map<string, Promise<Document>>();

function citePage(url: string): Promise<Document> {
  if (!pages.has(url))
    pages.set(
      url,
      fetch(url).then(async (r) => new DOMParser().parseFromString(await r.text(), 'text/html')),
    );
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

/** A copy button; a sentence's name ends with `of`, what it copies, in brackets only screen readers are given, since the dialog has a pair for every sentence. */
function button(label: string, copy: () => string, what: string, of?: string): HTMLButtonElement {
  const control = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-button', textContent: label });
  if (of) control.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ` (${of})` }));
  control.addEventListener('click', () => void copyWithConfirmation(copy(), control, what));
  return control;
}

/** A sentence of the dialog: its words, then its two copy buttons right beside them. */
function sentenceItem(article: HTMLElement, sentence: string): HTMLLIElement {
  const { inText = '', citeUrl = '' } = article.dataset;
  const runs = sentencePieces(sentence);
  const item = Object.assign(document.createElement('li'), { textContent: `${runs.join('').trim()} ` });
  const quote = button(
    'Copy quote with link',
    () => quoteWithLink({ exact: runs.join(''), inText, url: localLinks(citeUrl), passage: sentence, runs }).text,
    `Quote with link of ${pinpointLabel(sentence)}`,
    pinpointLabel(sentence),
  );
  const link = button('Copy link', () => `${localLinks(citeUrl)}#${sentence}`, `Link to ${pinpointLabel(sentence)}`, pinpointLabel(sentence));
  item.append(quote, ' ', link);
  return item;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>) => Object.assign(document.createElement(tag), props);

/** The passage's permanent link, which most citing wants, in a paragraph of its own: focused as the dialog opens, so Enter copies it. */
function passageLink(article: HTMLElement, anchor: string): HTMLParagraphElement {
  const where = pinpointLabel(anchor);
  const control = button(`Copy link to ${where}`, () => `${localLinks(article.dataset['citeUrl'] ?? '')}#${anchor}`, `Link to ${where}`);
  control.autofocus = true;
  const line = element('p', { className: 'cite-dialog-link' });
  line.append(control);
  return line;
}

/** The note on the accessed date, which addCopyButtons words for the day the reader reads on. */
function accessedNote(): HTMLParagraphElement {
  const note = element('p', { className: 'cite-hint', textContent: ACCESSED_NOTE });
  note.dataset['accessedNote'] = '';
  return note;
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
  // Quoting one sentence is the commonest citing act, so the sentences come first and the formats after.
  const list = element('ol', { className: 'cite-sentences' });
  list.append(...[...(document.getElementById(anchor)?.querySelectorAll<HTMLElement>('[id][data-sentence]') ?? [])].map((s) => sentenceItem(article, s.id)));
  const hint = element('p', {
    className: 'cite-hint',
    textContent: 'Or select any words in the text: a “Copy quote with link” button appears at the edge of the screen.',
  });
  const formats = [...section.querySelectorAll('dl')].map((dl) => document.importNode(dl, true));
  // What is known of copies not held comes first: the words the reader is about to quote may not be the publisher's.
  const caveats = [...section.querySelectorAll('[data-cite-caveat]')].map((caveat) => document.importNode(caveat, true));
  caveats.forEach((caveat) => caveat.querySelector('a')?.addEventListener('click', () => box.close()));
  box.replaceChildren(
    title,
    close,
    ...caveats,
    passageLink(article, anchor),
    element('h3', { textContent: 'Quote one sentence' }),
    list,
    hint,
    element('h3', { textContent: 'Cite the whole passage' }),
    accessedNote(),
    ...formats,
  );
  addCopyButtons(box);
  box.showModal();
}

let floating: HTMLButtonElement | undefined;
/** The removal of the button after a copy, cancelled when the reader selects again before it comes. */
let removal: ReturnType<typeof setTimeout> | undefined;

/** Shows "Copy quote with link" for the current selection, at the bottom or top edge of the screen, clear of its passages. */
export function offerQuoteLink(article: HTMLElement): void {
  const selection = getSelection();
  // Cited from the passage where the words start, in reading order, to the one where they end.
  const { first, last } = selection?.rangeCount ? selectionPassages(selection) : {};
  if (!selection || !first) return;
  floating ??= Object.assign(document.createElement('button'), { type: 'button', className: 'quote-link-button', textContent: 'Copy quote with link' });
  // Beside the words it would hide them (and a phone's own selection menu sits there): an edge of the screen the passages leave free.
  const top = document.getElementById(first)?.getBoundingClientRect().top ?? 0;
  const bottom = document.getElementById(last ?? first)?.getBoundingClientRect().bottom ?? innerHeight;
  floating.classList.toggle('is-top', bottom > innerHeight - 72 && top > 72);
  const { inText = '', citeUrl = '' } = article.dataset;
  const runs = selectedRuns(selection);
  const quote = quoteWithLink({ exact: runs.join(''), inText, url: localLinks(citeUrl), passage: first, ...(last ? { lastPassage: last } : {}), runs });
  clearTimeout(removal);
  floating.textContent = quoteLinkLabel(markedPassages(article, first, last));
  floating.onclick = () =>
    void copyWithConfirmation(quote.text, floating as HTMLButtonElement, 'Quote with link').then(() => {
      removal = setTimeout(() => floating?.remove(), 1500);
    });
  document.body.append(floating);
}
