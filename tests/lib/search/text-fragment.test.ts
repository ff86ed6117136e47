import { describe, expect, test } from 'vitest';
import { claimEnds, markedRuns, textFragment } from '../../../src/lib/search/text-fragment.ts';

const words = 'We are not providing the DoW with “guardrails off” or non‑safety‑trained models.'.split(' ');

describe('textFragment', () => {
  test('highlights a phrase whole, as the page writes it, without the punctuation around it; four words need no more', () => {
    expect(textFragment(words, [7, 8, 9, 10])).toBe(':~:text=guardrails%20off%E2%80%9D%20or%20non%E2%80%91safety%E2%80%91trained');
  });

  test('gives a shorter run a word of its sentence on each side', () => {
    expect(textFragment(words, [7, 8])).toBe(':~:text=with%20%E2%80%9C-,guardrails%20off,-%E2%80%9D%20or');
  });

  test.each([
    ['the first word has no word before it', [0], { prefix: '', text: 'We', suffix: 'are' }],
    ['the last word keeps its full stop as the start of its suffix', [11], { prefix: 'non‑safety‑trained', text: 'models', suffix: '.' }],
    ['an opening quote mark ends the prefix', [7], { prefix: 'with “', text: 'guardrails', suffix: 'off”' }],
    ['a closing quote mark starts the suffix', [8], { prefix: '“guardrails', text: 'off', suffix: '” or' }],
  ])('puts the punctuation it trims beside the run, as the page has it: %s', (_, marks, run) => {
    expect(markedRuns(words, marks)).toEqual([run]);
  });

  test('takes more words beside a run until the page before the passage does not have the same', () => {
    const earlier = 'Our agreement. We will not use the DoW with care.';
    expect(markedRuns(words, [5], { earlier })).toEqual([{ prefix: 'providing the', text: 'DoW', suffix: 'with “guardrails' }]);
  });

  test('leaves out a run it cannot tell apart from the page before it, so the link’s anchor places the reader', () => {
    expect(textFragment(words, [5], { earlier: words.join(' ') })).toBe('');
  });

  test('keeps its words beside a run within the run’s sentence', () => {
    const two = 'Deploy via cloud only. Keep people in the loop.'.split(' ');
    expect(markedRuns(two, [3])).toEqual([{ prefix: 'cloud', text: 'only', suffix: '.' }]);
    expect(markedRuns(two, [4])).toEqual([{ prefix: '', text: 'Keep', suffix: 'people' }]);
  });

  test('takes a numbered heading’s number as its words’ context: it starts their sentence, not ends another', () => {
    expect(markedRuns(['2.', 'Contract', 'Language'], [1, 2])).toEqual([{ prefix: '2.', text: 'Contract Language', suffix: '' }]);
    // Further on, a number with a full stop ends its sentence as any word does, so the words after it have no context here.
    expect(markedRuns(['It', 'grew', 'to', '2.', 'Contract', 'Language'], [4, 5])).toEqual([]);
  });

  test('takes no words across the end of a claim, where the page shows its verdict', () => {
    const ends = claimEnds(words, ['We are not providing the DoW']);
    expect(ends).toEqual([words.slice(0, 6).join(' ').length]);
    expect(markedRuns(words, [6], { claimEnds: ends })).toEqual([{ prefix: '', text: 'with', suffix: '“guardrails' }]);
    // The claim's last word: the marker right after it leaves Chromium no end of word, so no context can carry it.
    expect(markedRuns(words, [5], { claimEnds: ends })).toEqual([]);
    expect(markedRuns(words, [4, 5], { claimEnds: ends })).toEqual([]);
    expect(markedRuns(words, [4], { claimEnds: ends })).toEqual([{ prefix: 'providing', text: 'the', suffix: '' }]);
  });

  test('leaves out a one-word sentence, which has no word of its own to tell it apart', () => {
    expect(textFragment(['Source:', 'OpenAI.', 'Blog'], [1])).toBe(':~:text=Source%3A-,OpenAI,-.');
    expect(textFragment(['Anthropic.'], [0])).toBe('');
  });

  test('holds, for every run, that prefix, words and suffix read as the passage does', () => {
    const squeezed = (text: string) => text.replace(/\s+/g, '');
    for (let start = 0; start < words.length; start++)
      for (let end = start; end < words.length; end++) {
        const marks = Array.from({ length: end - start + 1 }, (_, i) => start + i);
        for (const { prefix, text, suffix } of markedRuns(words, marks)) expect(squeezed(words.join(' '))).toContain(squeezed(`${prefix}${text}${suffix}`));
      }
  });

  test('highlights words apart as separate spans, each once', () => {
    expect(textFragment(words, [11, 5, 11])).toBe(':~:text=the-,DoW,-with&text=non%E2%80%91safety%E2%80%91trained-,models,-.');
  });

  test('asks for the same words once, however often they are marked', () => {
    expect(textFragment(['cloud', 'and', 'cloud.'], [0, 2])).toBe(':~:text=cloud,-and');
  });

  test('escapes the characters text fragments reserve', () => {
    expect(textFragment(['keep', 'red-lines,', 'intact', '&', 'kept'], [1, 2, 3, 4])).toBe(':~:text=red%2Dlines%2C%20intact%20%26%20kept');
  });

  test('gives nothing when no word is marked', () => {
    expect(textFragment(words, [])).toBe('');
  });
});
