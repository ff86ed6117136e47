import { describe, expect, test } from 'vitest';
import { suggestForSentence, suggestionPool } from '../../../src/lib/authoring/suggest.ts';
import { scoreSuggestions } from '../../../src/lib/authoring/suggest-eval.ts';

const passages = [
  { source: 'post', anchor: 'p16', text: '• Retain full discretion over our safety stack.' },
  { source: 'post', anchor: 'p17', text: '• Deploy via cloud only.' },
  { source: 'post', anchor: 'p42', text: 'Our red lines are more enforceable. We do not know why Anthropic could not reach this deal, and we hope they and more labs will consider it.' },
];
const sentences = [...passages.slice(0, 2), { source: 'post', anchor: 'p42-s2', text: 'We do not know why Anthropic could not reach this deal, and we hope they and more labs will consider it.' }];
const pool = suggestionPool(passages, sentences);

describe('suggestForSentence', () => {
  test('pins a misquotation to the sentence it distorts, with a draft verdict', () => {
    const [first] = suggestForSentence('“We don’t know why Anthropic could not reach this deal, and we hope that they and more labs will consider it,” the post added.', pool);
    expect(first).toMatchObject({ anchor: 'p42-s2', method: 'quote', draftVerdict: 'misquote' });
  });

  test('drafts verbatim for words quoted exactly', () => {
    expect(suggestForSentence('It said it would “retain full discretion over our safety stack”.', pool)[0]).toMatchObject({ anchor: 'p16', draftVerdict: 'verbatim' });
  });

  test('ranks a paraphrase by its words, best first, scores between 0 and 1', () => {
    const ranked = suggestForSentence('OpenAI will deploy only through the cloud.', pool);
    expect(ranked[0]?.anchor).toBe('p17');
    expect(ranked.every((s) => s.score > 0 && s.score <= 1)).toBe(true);
    expect(ranked.map((s) => s.score)).toEqual([...ranked.map((s) => s.score)].sort((a, b) => b - a));
  });

  test('does not treat a quoted term as a quotation', () => {
    expect(suggestForSentence('Systems such as “social credit” are banned.', pool).every((s) => s.method === 'lexical')).toBe(true);
  });
});

describe('scoreSuggestions', () => {
  test('counts top-1 and top-3 hits at passage level', () => {
    const ranked = { a: ['p1', 'p2', 'p3'], b: ['p9', 'p2-s1', 'p4'], c: ['p7', 'p8', 'p9'] } as Record<string, string[]>;
    const scores = scoreSuggestions(
      [{ sentence: 'a', cited: ['post#p1'] }, { sentence: 'b', cited: ['post#p2'] }, { sentence: 'c', cited: ['post#p1'] }],
      (sentence) => (ranked[sentence] ?? []).map((anchor) => ({ source: 'post', anchor, score: 1, method: 'lexical' })),
    );
    expect(scores).toEqual({ claims: 3, top1Hits: 1, top3Hits: 2, precisionAt1: 1 / 3, recallAt3: 2 / 3 });
  });
});
