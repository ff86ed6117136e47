import { describe, expect, test } from 'vitest';
import { cslDateText, risDateText } from '../../../src/lib/citation/csl-dates.ts';

const date = (...parts: number[]) => ({ 'date-parts': [parts] });

describe('CSL dates as text', () => {
  test.each([
    [date(2026, 2, 28), '2026-02-28', '2026/02/28/'],
    [date(2026, 2), '2026-02', '2026/02//'],
    [date(2026), '2026', '2026///'],
  ])('writes %j as ISO 8601 %s and as RIS %s', (value, iso, ris) => {
    expect(cslDateText(value)).toBe(iso);
    expect(risDateText(value)).toBe(ris);
  });
});
