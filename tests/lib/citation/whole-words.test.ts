import { describe, expect, test } from 'vitest';
import { wholeWords } from '../../../src/lib/citation/whole-words.ts';

/** The words a selection of `text` from `from` to `to` gives once widened. */
function widened(text: string, from: number, to: number): string {
  const [start, end] = wholeWords(text, from, to);
  return text.slice(start, end);
}

describe('wholeWords', () => {
  test.each([
    ['widens a start inside a word back to the word’s first letter', 'it retains full discretion', 'tains full discretion', 'retains full discretion'],
    ['widens an end inside a word on to its last letter', 'it retains full discretion', 'it retains full discr', 'it retains full discretion'],
    ['widens both ends of a selection inside one word', 'cleared personnel', 'ers', 'personnel'],
    ['keeps an apostrophe between letters inside the word', 'We don’t know why', 'We do', 'We don’t'],
    ['treats a hyphen as the end of a word, as browsers do', 'high‑stakes decisions', 'stak', 'stakes'],
    ['leaves a selection that already starts and ends at word boundaries alone', 'Deploy via cloud only.', 'via cloud', 'via cloud'],
    ['leaves a selection that starts or ends on a space or a mark alone', '“Deploy via cloud only.”', ' cloud only.”', ' cloud only.”'],
  ])('%s', (_, text, selected, expected) => {
    const from = text.indexOf(selected);
    expect(widened(text, from, from + selected.length)).toBe(expected);
  });

  test('never narrows a selection, and always returns whole words at both ends', () => {
    const text = 'We do not know why Anthropic could not reach this deal, but we hope they and more labs will consider it.';
    for (let from = 0; from < text.length; from += 3) {
      for (let to = from + 1; to <= text.length; to += 7) {
        const [start, end] = wholeWords(text, from, to);
        expect(start).toBeLessThanOrEqual(from);
        expect(end).toBeGreaterThanOrEqual(to);
        expect(/\w/.test(text[start - 1] ?? '') && /\w/.test(text[start] ?? '')).toBe(false);
        expect(/\w/.test(text[end - 1] ?? '') && /\w/.test(text[end] ?? '')).toBe(false);
      }
    }
  });
});
