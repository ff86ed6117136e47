import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sentenceTexts, splitSentences } from '../../../src/lib/sources/sentences.ts';

const seeds = ['000_265bca5c0a58c33e.txt', '001_03cfbc33ecc55911.txt', '002_b1635164cf9d6a8a.txt', '003_3604921ae2a8460e.txt'];
const lines = seeds.flatMap((seed) =>
  readFileSync(`seeds/${seed}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim()),
);

describe('splitSentences', () => {
  test.each([
    ['does not break after "U.S." before a capital', 'OpenAI reached an agreement with the U.S. Department of Defense to deploy. It was late.', 2],
    ['does not break inside "e.g."', 'No use for high‑stakes decisions (e.g., systems such as “social credit”).', 1],
    ['breaks after a closing quotation', 'He said: "It is existing U.S. law." OpenAI said more.', 2],
    ['breaks after a question', 'Why could you reach a deal? Did you sign it?', 2],
    ['keeps a one-word answer as its own sentence', 'No. We have made our position clear.', 2],
    ['keeps a list number with its item', '1. The U.S. military needs strong AI models.', 1],
    ['keeps a numbered heading whole', '2. Contract Language', 1],
    ['keeps decimal numbers whole', 'Per DoD Directive 3000.09 (dtd 25 January 2023), any use must be tested.', 1],
  ])('%s', (_name, text, count) => {
    expect(sentenceTexts(text)).toHaveLength(count);
  });

  test('covers every line of the seeds completely and in order', () => {
    for (const line of lines) {
      const ranges = splitSentences(line);
      expect(ranges[0]?.start).toBe(0);
      expect(ranges.at(-1)?.end).toBe(line.length);
      ranges.slice(1).forEach((range, i) => expect(range.start).toBe(ranges[i]?.end));
    }
  });

  test('never ends a sentence of the seeds on "U.S." or "e.g."', () => {
    for (const sentence of lines.flatMap(sentenceTexts)) expect(sentence.trimEnd()).not.toMatch(/(U\.S\.|e\.g\.)$/);
  });
});
