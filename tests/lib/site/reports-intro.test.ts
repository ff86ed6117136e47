import { describe, expect, test } from 'vitest';
import { countedReports, noProvenanceStated } from '../../../src/lib/site/reports-intro.ts';
import { BARE_REPORT, GAZETTE_REPORT } from '../../fixtures/citation/documents.ts';

describe('countedReports', () => {
  test.each([
    [0, 'No news reports'],
    [1, 'One news report'],
    [3, 'Three news reports'],
    [10, 'Ten news reports'],
    [11, '11 news reports'],
    [10000, '10,000 news reports'],
  ])('counts %i as “%s”', (count, expected) => {
    expect(countedReports(count)).toBe(expected);
  });
});

describe('noProvenanceStated', () => {
  test('holds while no report states where it came from', () => {
    expect(noProvenanceStated([BARE_REPORT, BARE_REPORT])).toBe(true);
  });

  test.each([['outlet'], ['authors'], ['url'], ['published']] as const)('no longer holds once one report states its %s', (field) => {
    expect(GAZETTE_REPORT[field]).toBeDefined();
    expect(noProvenanceStated([BARE_REPORT, { ...BARE_REPORT, [field]: GAZETTE_REPORT[field] }])).toBe(false);
  });

  test('no longer holds once one report states its author as the capture names it, or its date only as written', () => {
    expect(noProvenanceStated([BARE_REPORT, { ...BARE_REPORT, author: 'A Fictional Newsroom' }])).toBe(false);
    expect(noProvenanceStated([BARE_REPORT, { ...BARE_REPORT, publishedAsStated: 'Sunday morning' }])).toBe(false);
  });
});
