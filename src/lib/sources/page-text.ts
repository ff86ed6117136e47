/**
 * The source text of a built page, as a reader copying it would get it:
 * everything inside the document's text, minus what the site added
 * (elements marked `data-pagefind-ignore`), with block elements on their own lines.
 */
import type { Element, Root, RootContent } from 'hast';

const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tr', 'ul']);

function isChrome(element: Element): boolean {
  const p = element.properties;
  return p['dataPagefindIgnore'] !== undefined || element.tagName === 'script' || element.tagName === 'style' || element.tagName === 'template';
}

function collect(node: Root | RootContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  if (node.type === 'element' && isChrome(node)) return;
  if (node.type !== 'element' && node.type !== 'root') return;
  const block = node.type === 'element' && BLOCKS.has(node.tagName);
  if (block) out.push('\n');
  for (const child of node.children) collect(child, out);
  if (block) out.push('\n');
}

/** The first element carrying the given data attribute (hast property name), depth first. */
export function findByData(node: Root | Element, property: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties[property] !== undefined) return child;
    const found = findByData(child, property);
    if (found) return found;
  }
  return undefined;
}

/** The text of a page's source-text region, without site chrome. */
export function sourceTextOf(region: Root | Element): string {
  const out: string[] = [];
  collect(region, out);
  return out.join('');
}
