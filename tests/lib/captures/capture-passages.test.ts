import { describe, expect, test } from 'vitest';
import { capturePassages } from '../../../src/lib/captures/capture-passages.ts';

describe('capturePassages', () => {
  test('cuts a seed into a passage a line, each list item its own, with the line it comes from', () => {
    const seed = 'A heading\n\nA first paragraph.\n  • Item one.\n  • Item two.\n\nAfter the list.\n';
    expect(capturePassages(seed).map(({ text, line }) => [line, text])).toEqual([
      [1, 'A heading'],
      [3, 'A first paragraph.'],
      [4, '• Item one.'],
      [5, '• Item two.'],
      [7, 'After the list.'],
    ]);
  });

  test('never changes a word of the seed', () => {
    const seed = 'Words “as typed” — with  marks…\n\n  • and an item’s text.\n';
    for (const passage of capturePassages(seed)) expect(seed).toContain(passage.text);
  });
});
