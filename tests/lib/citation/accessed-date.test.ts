import { describe, expect, test } from 'vitest';
import { localDay, restampAccessed } from '../../../src/lib/citation/accessed-date.ts';
import { formatCitations } from '../../../src/lib/citation/citation.ts';
import { BARE_REPORT, GAZETTE_REPORT, POST, UNDATED_OUTLET_REPORT } from '../../fixtures/citation/documents.ts';

const url = 'https://site.example/sources/x/';
const DAYS: Array<[string, string]> = [
  ['2026-12-02', '2027-03-15'],
  ['2026-01-09', '2026-10-31'],
  ['2026-02-28', '2026-02-01'],
  // Every other month, as each format names or numbers it.
  ['2026-04-30', '2026-05-01'],
  ['2026-06-15', '2026-07-04'],
  ['2026-08-31', '2026-09-01'],
  ['2026-11-11', '2026-12-25'],
];

describe('restampAccessed', () => {
  test.each(
    [POST, BARE_REPORT, GAZETTE_REPORT, UNDATED_OUTLET_REPORT].flatMap((meta) =>
      DAYS.flatMap(([built, today]) => [undefined, 'p12'].map((anchor) => [meta.title.slice(0, 30), anchor ?? 'whole', built, today, meta, anchor] as const)),
    ),
  )('moves every format of “%s” (%s) from %s to %s, as if cited that day', (_, __, built, today, meta, anchor) => {
    const subject = { meta, url, ...(anchor ? { anchor } : {}) };
    const then = formatCitations({ ...subject, accessed: built });
    const now = formatCitations({ ...subject, accessed: today });
    for (const format of Object.keys(then) as Array<keyof typeof then>) expect(restampAccessed(then[format], built, today), format).toBe(now[format]);
  });

  test('leaves a published date alone, even on the day of the build', () => {
    // The post is dated 28 February 2026; built that day and read later, only the accessed date moves.
    const then = formatCitations({ meta: POST, url, accessed: '2026-02-28' });
    const moved = restampAccessed(then.cslJson, '2026-02-28', '2026-03-01');
    expect(JSON.parse(moved)[0].issued).toEqual({ 'date-parts': [[2026, 2, 28]] });
    expect(JSON.parse(moved)[0].accessed).toEqual({ 'date-parts': [[2026, 3, 1]] });
    expect(restampAccessed(then.bibtex, '2026-02-28', '2026-03-01')).toContain('date = {2026-02-28}');
  });

  test('changes nothing when the reader reads on the day of the build', () => {
    const then = formatCitations({ meta: GAZETTE_REPORT, url, accessed: '2026-12-02' });
    expect(restampAccessed(then.harvard, '2026-12-02', '2026-12-02')).toBe(then.harvard);
  });
});

describe('localDay', () => {
  test('gives the day in the reader’s own time zone, padded', () => {
    expect(localDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
