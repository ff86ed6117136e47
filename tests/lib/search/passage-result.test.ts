import { describe, expect, test } from 'vitest';
import { passageHits, type DocumentFragment } from '../../../src/lib/search/passage-hits.ts';
import type { RecordData } from '../../../src/lib/search/passage-data.ts';
import { ARTEFACT_KIND, passageResult } from '../../../src/lib/search/passage-result.ts';

const fragment: DocumentFragment = {
  url: '/sources/post/',
  content: 'We agree. Deploy via cloud only. Keep people in the loop. Other words here.',
  anchors: [
    { id: 'p1', location: 0 },
    { id: 'p2', location: 2 },
    { id: 'c2/k1', location: 11 },
  ],
  filters: {},
};
const data: RecordData = { document: 'The post', kind: 'Primary source', claims: {}, captures: undefined, artefacts: new Set(), caveats: {} };
/** The hit for the words at `locations` of the record, in the passage holding them. */
const hit = (locations: number[]) => {
  const [found] = passageHits(fragment, [locations]);
  if (!found) throw new Error('No passage holds those words.');
  return found;
};

describe('passageResult', () => {
  test('links to the sentence of the first match, with the matched words highlighted on arrival', () => {
    const result = passageResult(fragment, data, hit([6, 7]), true);
    expect(result.href).toMatch(/^\/sources\/post\/#p2-s2:~:text=/);
    expect(decodeURIComponent(result.href)).toContain('Keep people');
    expect(result).toMatchObject({ label: '¶ 2', document: 'The post', kind: 'Primary source', primary: true, claims: [] });
  });

  test('says when the passage is page furniture the capture picked up, not part of the text', () => {
    const furniture = { ...data, artefacts: new Set(['p2']) };
    expect(passageResult(fragment, furniture, hit([6]), true).kind).toBe(`Primary source · ${ARTEFACT_KIND}`);
    expect(passageResult(fragment, furniture, hit([0]), true).kind).toBe('Primary source');
  });

  test('shows the passage’s words as its excerpt, the matches marked', () => {
    const excerpt = passageResult(fragment, data, hit([3]), true).excerpt;
    expect(excerpt.map((part) => part.text).join('')).toBe('Deploy via cloud only. Keep people in the loop.');
    expect(excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['via']);
  });

  test('links another capture’s passage to that capture’s page, under its label, and names the captures holding it', () => {
    const captures = {
      all: ['capture 002', 'capture 903'],
      held: { 'c2/k1': ['capture 903'] },
      at: { 'c2/k1': { url: '/sources/post/captures/903/#p4', label: '¶ 4 of capture 903' } },
    };
    const result = passageResult(fragment, { ...data, captures }, hit([12]), true);
    expect(result.href).toMatch(/^\/sources\/post\/captures\/903\/#p4(:~:text=|$)/);
    expect(result.label).toBe('¶ 4 of capture 903');
    expect(result.captures).toContain('capture 903');
  });
});
