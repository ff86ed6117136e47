import { describe, expect, test } from 'vitest';
import { holdersLine, passageHolders, passesCaptureFilter, readHolders, readPlace, type CaptureSearchData } from '../../../src/lib/search/capture-results.ts';

const meta: CaptureSearchData = {
  all: ['capture 002', 'capture 902', 'capture 903, revised 2026-03-02'],
  held: { p20: ['capture 002', 'capture 903, revised 2026-03-02'], '902_prose/p20': ['capture 902'] },
  at: { '902_prose/p20': { url: '/sources/post/captures/902_prose/#p20', label: '¶ 20 · capture 902' } },
};

describe('readPlace and readHolders', () => {
  test('read back what the build wrote', () => {
    const place = meta.at['902_prose/p20'];
    expect(readPlace(JSON.parse(JSON.stringify(place)))).toEqual(place);
    expect(readHolders(['capture 002', 'capture 902'])).toEqual(['capture 002', 'capture 902']);
  });

  test.each([
    ['a `javascript:` link', { url: 'javascript:alert(1)', label: 'x' }],
    ['a link to another site', { url: '//example.org/', label: 'x' }],
    ['a place without a label', { url: '/sources/post/' }],
    ['no place', undefined],
  ])('give no place for %s', (_, value) => {
    expect(readPlace(value)).toBeUndefined();
  });

  test('keep only the names in a list of holders', () => {
    expect(readHolders(['capture 002', 7, null])).toEqual(['capture 002']);
    expect(readHolders('capture 002')).toEqual([]);
  });
});

describe('passageHolders and passesCaptureFilter', () => {
  test.each([
    ['lets a passage every capture holds through when no capture is chosen', 'p1', [], true],
    ['lets a passage every capture holds through whichever capture is chosen', 'p1', ['capture 902'], true],
    ['keeps out a reading passage that the chosen capture words otherwise', 'p20', ['capture 902'], false],
    ['lets a reading passage through when one of the chosen captures holds it', 'p20', ['capture 902', 'capture 903, revised 2026-03-02'], true],
    ['lets another capture’s wording through when its capture is chosen', '902_prose/p20', ['capture 902'], true],
    ['keeps out another capture’s wording when only the reading capture is chosen', '902_prose/p20', ['capture 002'], false],
  ])('%s', (_, id, chosen, passes) => {
    expect(passesCaptureFilter(meta, id, chosen)).toBe(passes);
  });

  test('lets every passage of a record without captures through when no capture is chosen, and none when one is', () => {
    expect(passageHolders(undefined, 'p1')).toEqual([]);
    expect(passesCaptureFilter(undefined, 'p1', [])).toBe(true);
    expect(passesCaptureFilter(undefined, 'p1', ['capture 902'])).toBe(false);
  });
});

describe('holdersLine', () => {
  test.each([
    ['a passage every capture holds', meta, 'p1', 'In capture 002, capture 902 and capture 903, revised 2026-03-02.'],
    ['a passage two captures hold', meta, 'p20', 'In capture 002 and capture 903, revised 2026-03-02.'],
    ['a passage one capture holds', meta, '902_prose/p20', 'Only in capture 902.'],
    ['a source with a single capture', { all: ['capture 004'], held: {}, at: {} }, 'p1', undefined],
    ['a record without captures', undefined, 'p1', undefined],
  ])('says of %s where it is', (_, given, id, expected) => {
    expect(holdersLine(given, id)).toBe(expected);
  });
});
