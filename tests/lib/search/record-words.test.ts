import { describe, expect, test } from 'vitest';
import {
  JOINER,
  joinedWords,
  joinLoneMarks,
  recordText,
  RUNS_ON,
  shownWord,
  splitCompounds,
  splitQueryCompounds,
} from '../../../src/lib/search/record-words.ts';

const J = JOINER;
/** The positions Pagefind counts: tokens between white space. */
const tokens = (text: string) => text.split(/\s+/).filter(Boolean);
const hasWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

const TEXTS = [
  'Mass domestic surveillance – It was clear in our interaction.',
  '• Retain full discretion over our safety stack.',
  'a — b — c',
  'Ends with a dash —',
  '  • – Leading marks and spaces',
  'Nothing to join here.',
  '“Quoted,” she said — (and) … then stopped.',
  'Line one\n• line two',
];

describe('joinLoneMarks', () => {
  test.each([
    ['joins a dash between words to the word before', 'surveillance – It was', `surveillance${J}– It was`],
    ['joins a bullet that opens a passage to the word after', '• Retain full discretion', `•${J}Retain full discretion`],
    ['joins a mark that ends the text to the word before', 'in the loop •', `in the loop${J}•`],
    ['joins marks in a row to the same word', 'a — — b', `a${J}—${J}— b`],
    ['leaves punctuation that is part of a word alone', 'loop. Include “strong” (safety)', 'loop. Include “strong” (safety)'],
    ['leaves a text of marks alone as it is', '• —', '• —'],
    ['leaves an empty text empty', '', ''],
  ])('%s', (_, text, expected) => {
    expect(joinLoneMarks(text)).toBe(expected);
  });

  test.each(TEXTS)('makes every position of %j a word, and reads back as the same words', (text) => {
    const joined = joinLoneMarks(text);
    expect(tokens(joined).every(hasWord)).toBe(true);
    expect(tokens(joined).map(shownWord).join(' ')).toBe(tokens(text).join(' '));
  });
});

describe('shownWord', () => {
  test('reads each joiner back as a space', () => {
    expect(shownWord(`a${J}—${J}—`)).toBe('a — —');
  });

  test('leaves a word without a joiner as it is', () => {
    expect(shownWord('surveillance.')).toBe('surveillance.');
  });
});

describe('splitCompounds and joinedWords', () => {
  const R = RUNS_ON;
  test.each([
    ['a word joined by a non-breaking hyphen', 'national‑security work', `national‑${R} security work`],
    ['a word of three parts', 'non‑safety‑trained models', `non‑${R} safety‑${R} trained models`],
    ['words joined by a dash without spaces', 'work—that is', `work—${R} that is`],
    ['numbers joined by an en dash', '2025–2026', `2025–${R} 2026`],
  ])('splits %s into parts Pagefind indexes one by one', (_, text, expected) => {
    expect(splitCompounds(text)).toBe(expected);
  });

  test.each(['a dash – standing alone', 'pre- and post-deployment', '—quoted', 'e.g. “social credit”'])(
    'splits no word in %j that is not joined to another',
    (text) => {
      expect(
        splitCompounds(text)
          .split(/\s+/)
          .filter((token) => token.endsWith(RUNS_ON)),
      ).toEqual(text.includes('post-deployment') ? [`post-${R}`] : []);
    },
  );

  test.each(TEXTS.concat(['national‑security work—that is not non‑safety‑trained', '2025–2026 and pre- and post-deployment']))(
    'gives back the words of %j as the page shows them',
    (text) => {
      const parts = tokens(joinLoneMarks(splitCompounds(text))).map(shownWord);
      expect(joinedWords(parts).words.join(' ')).toBe(tokens(text).join(' '));
    },
  );

  test('moves each mark to the word its part belongs to, once, and says which word each part belongs to', () => {
    const parts = tokens(splitCompounds('the national‑security work'));
    expect(joinedWords(parts, [1, 2, 3])).toEqual({ words: ['the', 'national‑security', 'work'], marks: [1, 2], at: [0, 1, 1, 2] });
  });

  test('splits a query as the records split it, without the mark', () => {
    expect(splitQueryCompounds('"national-security work—that"')).toBe('"national- security work— that"');
  });
});

describe('recordText', () => {
  test.each(TEXTS.concat(['national‑security work—that is', `a word${JOINER} joiner and a mark${RUNS_ON} of its own`]))(
    'gives back the words of %j as the page shows them, invisible marks of its own aside',
    (text) => {
      const parts = tokens(recordText(text)).map(shownWord);
      const visible = text.replaceAll(JOINER, '').replaceAll(RUNS_ON, '');
      expect(joinedWords(parts).words.join(' ')).toBe(tokens(visible).join(' '));
    },
  );

  test('splits joined words and joins lone marks, both', () => {
    expect(recordText('work — national‑security')).toBe(`work${JOINER}— national‑${RUNS_ON} security`);
  });
});
