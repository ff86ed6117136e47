import { describe, expect, test } from 'vitest';
import { freeSlug, slugify } from '../../../src/lib/authoring/slugs.ts';

describe('slugify', () => {
  test.each([
    ['lower-cases and joins words with hyphens', 'OpenAI Reaches Deal', 'openai-reaches-deal'],
    ['drops accents and punctuation', 'Ça, c’est “la” Défense!', 'ca-c-est-la-defense'],
    ['keeps at most eight words', 'one two three four five six seven eight nine ten', 'one-two-three-four-five-six-seven-eight'],
    ['keeps digits', 'The 2026 deal, part 2', 'the-2026-deal-part-2'],
  ])('%s', (_name, title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test('gives a slug that is all lower-case ASCII words joined by single hyphens', () => {
    for (const title of ['  Spaces  around  ', 'Dashes — and – hyphens - too', 'Ünïcödé títlé']) expect(slugify(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('freeSlug', () => {
  test.each([
    ['the outlet’s name first', new Set(['deal']), { outlet: 'Example Gazette', seedNumber: '004' }, 'deal-example-gazette'],
    [
      'the seed’s number when the outlet’s is taken too',
      new Set(['deal', 'deal-example-gazette']),
      { outlet: 'Example Gazette', seedNumber: '004' },
      'deal-004',
    ],
    ['the seed’s number when no outlet is known', new Set(['deal']), { seedNumber: '004' }, 'deal-004'],
    ['a counter when every hint is taken', new Set(['deal', 'deal-004', 'deal-2']), { seedNumber: '004' }, 'deal-3'],
    ['a counter when there are no hints', new Set(['deal']), {}, 'deal-2'],
  ])('offers %s', (_name, taken, hints, expected) => {
    const slug = freeSlug('deal', taken, hints);
    expect(slug).toBe(expected);
    expect(taken.has(slug)).toBe(false);
  });
});
