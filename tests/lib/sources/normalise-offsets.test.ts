import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { foldCharacter, normaliseText } from '../../../src/lib/sources/normalise.ts';
import { normaliseWithOffsets, originalSlice } from '../../../src/lib/sources/normalise-offsets.ts';

const seeds = readdirSync('seeds')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(`seeds/${name}`, 'utf8'));
const CASES = [
  '“social credit”',
  'Anthropic’s high‑stakes work—that – is pending…',
  '  a \n\t b  ',
  '25\u202FJanuary\u202F2023',
  '',
  '   ',
  'e\u0301 and 😀 after',
  ...seeds,
];

describe('normaliseWithOffsets', () => {
  test.each(CASES.map((text) => [text.slice(0, 40), text]))('gives normaliseText’s text for %j', (_, text) => {
    expect(normaliseWithOffsets(text).text).toBe(normaliseText(text));
  });

  test.each(CASES.map((text) => [text.slice(0, 40), text]))('places each character of %j on the original one it folds from', (_, text) => {
    const normalised = normaliseWithOffsets(text);
    expect(normalised.at).toHaveLength(normalised.text.length + 1);
    for (let i = 0; i < normalised.text.length; i += String.fromCodePoint(normalised.text.codePointAt(i) ?? 0).length) {
      const char = String.fromCodePoint(normalised.text.codePointAt(i) ?? 0);
      const from = String.fromCodePoint(normalised.source.codePointAt(normalised.at[i] ?? 0) ?? 0);
      if (char === ' ') expect(from, `${i}`).toMatch(/^\s$/u);
      else expect(foldCharacter(from), `${i}`).toContain(char);
    }
  });

  test('gives back the original of any run, as the source writes it', () => {
    const normalised = normaliseWithOffsets('  our “safety stack”,  multi‑layered…  ');
    expect(normalised.text).toBe('our "safety stack", multi-layered...');
    expect(originalSlice(normalised, 4, 18)).toBe('“safety stack”');
    expect(originalSlice(normalised, 0, normalised.text.length)).toBe('our “safety stack”,  multi‑layered…');
  });
});
