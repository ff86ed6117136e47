import { describe, expect, test } from 'vitest';
import { passagesHolding, quotedPhrases } from '../../../src/lib/search/quoted-phrases.ts';
import { passageSpans } from '../../../src/lib/search/passage-hits.ts';

describe('quotedPhrases', () => {
  test.each([
    ['one phrase beside a word', '"cloud only" Anthropic', ['cloud only']],
    ['two phrases, spaces tidied', '"red  lines" and " cloud only "', ['red lines', 'cloud only']],
    ['none for a word alone in quotes', '"cloud" and "edge"', []],
    ['none for a quote mark left open', '"cloud only', []],
    ['none for no quotes', 'cloud only', []],
  ])('finds %s', (_, query, expected) => {
    expect(quotedPhrases(query)).toEqual(expected);
  });
});

describe('passagesHolding', () => {
  // Words: 0 Deploy 1 via 2 cloud 3 only. | 4 Cloud, 5 only 6 Anthropic. | 7 Only 8 cloud 9 Anthropic
  const words = 'Deploy via cloud only. Cloud, only Anthropic. Only cloud Anthropic'.split(' ');
  const spans = passageSpans(
    [
      { id: 'p1', location: 0 },
      { id: 'p2', location: 4 },
      { id: 'p3', location: 7 },
    ],
    words.length,
  );

  test('keeps the passages that read the phrase word for word, case and punctuation aside, not its words in another order', () => {
    expect(passagesHolding(words, spans, ['cloud only'])).toEqual(new Set(['p1', 'p2']));
  });

  test('keeps only the passages that hold every phrase', () => {
    expect(passagesHolding(words, spans, ['cloud only', 'only anthropic'])).toEqual(new Set(['p2']));
  });

  test('keeps no passage for a phrase that runs from one passage into the next', () => {
    expect(passagesHolding(words, spans, ['only cloud'])).toEqual(new Set(['p3']));
    expect(passagesHolding(words, spans, ['only. cloud,'])).toEqual(new Set(['p3']));
    expect(passagesHolding(words, spans, ['anthropic only'])).toEqual(new Set());
  });
});
