/**
 * The source text of a built page, as a reader copying it would get it:
 * the document's text region, minus what the site added (elements marked
 * `data-pagefind-ignore`, scripts, styles, templates), with block elements
 * on lines of their own (hast-util-to-text's innerText rules).
 */
import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { filter } from 'unist-util-filter';

const CHROME = new Set(['script', 'style', 'template']);

function isChrome(node: unknown): boolean {
  const n = node as Partial<Element>;
  return n.type === 'element' && (n.properties?.['dataPagefindIgnore'] !== undefined || CHROME.has(n.tagName ?? ''));
}

/** A page's source-text region (`data-source-text`), if it has one. */
export function sourceTextRegion(page: Root): Element | undefined {
  return select('[data-source-text]', page) ?? undefined;
}

/** The text of a page's source-text region, without site chrome. */
export function sourceTextOf(region: Element): string {
  const text = filter(region, { cascade: false }, (node) => !isChrome(node));
  return text ? toText(text) : '';
}
