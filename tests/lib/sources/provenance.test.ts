import { describe, expect, test } from 'vitest';
import { languageLabel, readableDate } from '../../../src/lib/sources/provenance.ts';

describe('provenance wording', () => {
  test.each([
    ['2026-03-02', 'March 2, 2026'],
    ['2026-02-28T23:30:00-05:00', 'February 28, 2026'],
    ['2026-03-01T00:30:00+09:00', 'March 1, 2026'],
  ])('reads %s as the calendar day it states, %s, whatever the zone', (iso, expected) => {
    expect(readableDate(iso)).toBe(expected);
  });

  test.each([
    ['en', 'English (en)'],
    ['en-GB', 'British English (en-GB)'],
    ['de', 'German (de)'],
  ])('names the language %s', (tag, expected) => {
    expect(languageLabel(tag)).toBe(expected);
  });
});
