/**
 * The passage anchors of a search record's HTML as Pagefind will read them:
 * each anchor's id, the data its title carries, and the words up to the next.
 */
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { decodePassageData, type PassageData } from '../../src/lib/search/passage-data.ts';

/** Each passage anchor of a record: its id, its data, and its words. */
export function recordAnchors(content: string): Array<{ id: string; data: PassageData; text: string }> {
  const anchors: Array<{ id: string; data: PassageData; text: string }> = [];
  for (const child of select('p', fromHtml(content))?.children ?? []) {
    if (child.type === 'element' && child.tagName === 'i') {
      const title = child.properties['dataPagefindTitle'];
      anchors.push({ id: String(child.properties['id'] ?? ''), data: decodePassageData(typeof title === 'string' ? title : undefined), text: '' });
    } else {
      const last = anchors.at(-1);
      if (last) last.text = `${last.text}${toString(child)}`.trim();
    }
  }
  return anchors;
}
