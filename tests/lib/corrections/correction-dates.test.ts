import { describe, expect, test } from 'vitest';
import { correctionDates } from '../../../src/lib/corrections/correction-dates.ts';
import { correctionId, type Correction } from '../../../src/lib/corrections/correction.ts';

const correction = (field: Correction['field'], date = '2026-03-05'): Correction => ({ date, report: 'r', claim: 'c4', field, was: 'x', why: 'y', line: 1 });

describe('correctionDates', () => {
  test.each([
    ['one field, named alone', [correction('note')], 'the note', false],
    ['a field named in the plural', [correction('cites')], 'the cites', true],
    ['two fields changed the same day', [correction('verdict'), correction('note')], 'the verdict and note', true],
    ['three fields changed the same day', [correction('cites'), correction('note'), correction('verdict')], 'the cites, note and verdict', true],
  ])('states %s in one line', (_name, corrections, fields, plural) => {
    expect(correctionDates(corrections)).toEqual([{ date: '2026-03-05', fields, plural, id: correctionId(corrections[0]!) }]);
  });

  test('gives each date its own line, in the order given', () => {
    const corrections = [correction('note', '2026-03-09'), correction('verdict', '2026-03-05'), correction('note', '2026-03-05')];
    expect(correctionDates(corrections).map((c) => [c.date, c.fields])).toEqual([
      ['2026-03-09', 'the note'],
      ['2026-03-05', 'the verdict and note'],
    ]);
  });

  test('states nothing for a claim never corrected', () => {
    expect(correctionDates([])).toEqual([]);
  });
});
