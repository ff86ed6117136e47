/**
 * The passage anchors of a search record's HTML as Pagefind will read them:
 * each anchor's id, the data its title carries, and the words up to the next.
 */
import { decodePassageData, type PassageData } from '../../src/lib/search/passage-data.ts';

/** Undoes the record's escaping of an attribute value. */
function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Each passage anchor of a record: its id, its data, and its words. */
export function recordAnchors(content: string): Array<{ id: string; data: PassageData; text: string }> {
  return [...content.matchAll(/<i id="([^"]*)"(?: data-pagefind-title="([^"]*)")?><\/i>([^<]*)/g)].map(([, id = '', title, text = '']) => ({
    id,
    data: decodePassageData(title === undefined ? undefined : unescapeAttribute(title)),
    text: text.trim(),
  }));
}
