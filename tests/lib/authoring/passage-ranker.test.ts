import { describe, expect, test } from 'vitest';
import { passageRanker, MIN_SHARED_WORDS } from '../../../src/lib/authoring/passage-ranker.ts';
import { terms } from '../../../src/lib/authoring/terms.ts';

const ranker = passageRanker([
  { source: 'post', anchor: 'p17', text: '• Deploy via cloud only.', sentences: [] },
  {
    source: 'post',
    anchor: 'p26',
    text: '• Nor are we deploying our models on edge devices (where there could be a possibility of usage for autonomous lethal weapons).',
    sentences: [],
  },
  {
    source: 'post',
    anchor: 'p54',
    text: 'As with any contract, we could terminate it if the counter-party violates the terms.',
    sentences: [],
    heading: 'What happens if the government violates the terms of the contract?',
  },
]);

describe('passageRanker', () => {
  test('scores from 0 to 1, best first', () => {
    const ranked = ranker.rank('The models will not run on edge devices, only in the cloud.');
    expect(ranked.every((r) => r.fit >= 0 && r.fit <= 1 && r.score >= 0 && r.score <= 1)).toBe(true);
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
  });

  test('gives a full fit when the passage holds every telling word', () => {
    expect(ranker.rank('Deploy via cloud only.')[0]).toMatchObject({ anchor: 'p17', fit: 1 });
  });

  test(`gives no fit on fewer than ${MIN_SHARED_WORDS} telling words in common`, () => {
    expect(ranker.rank('The weather was lethal.').every((r) => r.fit === 0)).toBe(true);
  });

  test('reads reporters’ synonyms as the post’s words', () => {
    expect(ranker.rank('OpenAI can end the contract if the other side breaches the terms.')[0]?.anchor).toBe('p54');
  });
});

describe('passageRanker on a list taken whole', () => {
  const lead = 'We have three main red lines that guide our work:';
  const items = ['• No use for mass domestic surveillance.', '• No use to direct autonomous weapons systems.', '• No high-stakes automated decisions.'];
  const listRanker = passageRanker([
    { source: 'post', anchor: 'p9', text: [lead, ...items].join(' '), sentences: [], cites: ['p9', 'p10', 'p11', 'p12'], members: [lead, ...items] },
    { source: 'post', anchor: 'p40', text: 'We asked that the same terms be made available to all labs and that classified work begin.', sentences: [] },
  ]);
  const listFit = (sentence: string) => listRanker.rank(sentence).find((r) => r.anchor === 'p9')?.fit ?? 0;

  test.each([
    ['fits a sentence that sums up two of its items', 'It rules out mass domestic surveillance and directing autonomous weapons.', true],
    ['fits a sentence that names its lead-in and an item', 'Its three red lines include mass domestic surveillance.', true],
    ['does not fit a sentence with one word from each of several items', 'Surveillance, weapons and decisions were all discussed.', false],
    ['does not fit a sentence that only one item holds', 'There will be no mass domestic surveillance.', false],
  ])('%s', (_name, sentence, fits) => {
    expect(listFit(sentence) > 0).toBe(fits);
  });
});

describe('terms', () => {
  test.each([
    ['stop words and reporting verbs go', 'The company said that it would deploy', ['compani', 'deploi']],
    ['synonyms map onto the post’s words', 'staff monitoring settings', ['personnel', 'surveil', 'environ']],
    ['“artificial intelligence” is read as AI', 'artificial intelligence', ['ai']],
    ['“on its own” is read as the post’s “independently”', 'verify on its own', ['verifi', 'independ']],
    ['protections, safeguards and guardrails are one word, as in the post', 'protections guardrails safeguards', ['safeguard', 'safeguard', 'safeguard']],
    ['a verb that frames what the post says goes', 'OpenAI defended and outlined its safeguards', ['openai', 'safeguard']],
    ['curly and straight apostrophes agree, and lone letters go', "Anthropic’s / Anthropic's U.S.", ['anthrop', 'anthrop']],
  ])('%s', (_name, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});
