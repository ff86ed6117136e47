import { describe, expect, test } from 'vitest';
import { decodeCaptureMeta, holdersLine, passageHolders, passesCaptureFilter, type CaptureSearchMeta } from '../../../src/lib/search/capture-results.ts';

const meta: CaptureSearchMeta = {
  all: ['capture 002', 'capture 902', 'capture 903, revised 2026-03-02'],
  held: { p20: ['capture 002', 'capture 903, revised 2026-03-02'], '902_prose/p20': ['capture 902'] },
  at: { '902_prose/p20': { url: '/sources/post/captures/902_prose/#p20', label: '¶ 20 · capture 902' } },
};

describe('decodeCaptureMeta', () => {
  test('reads back what the build wrote', () => {
    expect(decodeCaptureMeta(JSON.stringify(meta))).toEqual(meta);
  });

  test.each([
    ['a record without captures', undefined, undefined],
    ['metadata that is not JSON', '{', undefined],
    ['metadata without its parts', '{"all":[]}', undefined],
  ])('gives nothing for %s', (_, json, expected) => {
    expect(decodeCaptureMeta(json)).toEqual(expected);
  });

  test.each([
    ['a `javascript:` link', 'javascript:alert(1)'],
    ['a link to another site', '//example.org/'],
  ])('drops a passage place with %s', (_, url) => {
    const decoded = decodeCaptureMeta(JSON.stringify({ ...meta, at: { x: { url, label: 'x' } } }));
    expect(decoded?.at).toEqual({});
  });

  test('keeps only the names in a list of holders', () => {
    expect(decodeCaptureMeta(JSON.stringify({ ...meta, held: { p1: ['capture 002', 7, null] } }))?.held).toEqual({ p1: ['capture 002'] });
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
