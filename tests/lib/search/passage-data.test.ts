import { describe, expect, test } from 'vitest';
import { decodePassageData, encodePassageData, recordData, type PassageData } from '../../../src/lib/search/passage-data.ts';

const claim = { verdict: 'misquote' as const, text: 'Red | lines “quoted”', compare: { url: '/sources/post/#p4-s1', where: '¶ 4, sentence 1' } };
const place = { url: '/sources/post/captures/902_prose/#p20', label: '¶ 20 · capture 902' };

describe('encodePassageData and decodePassageData', () => {
  test.each<[string, PassageData]>([
    ['claims', { claims: [claim] }],
    ['the captures holding a passage', { held: ['capture 002', 'capture 903, revised 2026-03-02'] }],
    ['a passage held by no capture', { held: [] }],
    ['another capture’s passage', { held: ['capture 902'], at: place }],
    ['all three', { claims: [claim], held: ['capture 002'], at: place }],
    ['what is known of copies not held', { claims: [claim], caveat: 'A copy not held here words ¶ 15–19 otherwise; the words shown are capture 002’s.' }],
  ])('read back %s as written', (_, data) => {
    expect(decodePassageData(encodePassageData(data))).toEqual(data);
  });

  test('write no run of spaces, which Pagefind would collapse, and read the spaces back', () => {
    const spaced = { claims: [{ ...claim, text: 'two  spaces and   three' }] };
    const title = encodePassageData(spaced) ?? '';
    expect(title).not.toMatch(/\s{2,}/);
    expect(decodePassageData(title)).toEqual(spaced);
  });

  test('write nothing for a passage with nothing to carry, so its anchor stays bare', () => {
    expect(encodePassageData({})).toBeUndefined();
    expect(encodePassageData({ claims: [], held: undefined, at: undefined })).toBeUndefined();
  });

  test.each([
    ['no title', undefined],
    ['a title that is not JSON', '{claims:'],
    ['a list', '[1,2]'],
    ['a string', '"claims"'],
  ])('read %s as nothing', (_, title) => {
    expect(decodePassageData(title)).toEqual({});
  });

  test('leave out malformed parts and keep the rest', () => {
    const title = JSON.stringify({
      claims: [{ verdict: 'made-up', text: 'x' }, claim],
      held: ['capture 002', 3],
      at: { url: 'javascript:alert(1)', label: 'x' },
      caveat: 42,
    });
    expect(decodePassageData(title)).toEqual({ claims: [claim], held: ['capture 002'] });
  });
});

describe('recordData', () => {
  const anchors = [
    { id: 'p1' },
    { id: 'p2', title: encodePassageData({ claims: [claim] }) ?? '' },
    { id: '902_prose/p20', title: encodePassageData({ held: ['capture 902'], at: place }) ?? '' },
  ];

  test('reads the title and kind from the record’s filters, and the claims by passage from its anchors', () => {
    const data = recordData({ anchors, filters: { document: ['The post'], kind: ['Primary source'] } });
    expect(data).toEqual({ document: 'The post', kind: 'Primary source', claims: { p2: [claim] }, captures: undefined, artefacts: new Set(), caveats: {} });
  });

  test('gives the captures only to a record with a capture filter, every capture in its order', () => {
    const all = ['capture 002', 'capture 902'];
    const data = recordData({ anchors, filters: { document: ['The post'], kind: ['Primary source'], capture: all } });
    expect(data.captures).toEqual({ all, held: { '902_prose/p20': ['capture 902'] }, at: { '902_prose/p20': place } });
  });

  test('reads which passages are page furniture, and carries that only for them', () => {
    expect(encodePassageData({ artefact: false })).toBeUndefined();
    const furniture = [{ id: 'p3', title: encodePassageData({ artefact: true }) ?? '' }, { id: 'p4' }];
    expect(recordData({ anchors: furniture, filters: {} }).artefacts).toEqual(new Set(['p3']));
    expect(decodePassageData(JSON.stringify({ artefact: 'yes' }))).toEqual({});
  });

  test('reads what is known of copies not held, by passage, only where a passage has it', () => {
    const caveat = 'A copy not held here may word ¶ 37 otherwise; the words shown are capture 002’s.';
    const known = [{ id: 'p37', title: encodePassageData({ caveat }) ?? '' }, { id: 'p38' }];
    expect(recordData({ anchors: known, filters: {} }).caveats).toEqual({ p37: caveat });
  });

  test('gives an empty title and kind to a record without those filters', () => {
    expect(recordData({ anchors: [], filters: {} })).toEqual({ document: '', kind: '', claims: {}, captures: undefined, artefacts: new Set(), caveats: {} });
  });
});
