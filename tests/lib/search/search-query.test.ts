import { describe, expect, test } from 'vitest';
import {
  isQuoted,
  limitQuery,
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  plannedQueries,
  queryTerms,
  queryWords,
  straightenQuotes,
  termsCut,
} from '../../../src/lib/search/search-query.ts';

describe('plannedQueries', () => {
  test.each([
    [
      'a quoted phrase is searched exactly, then as words standing in for it',
      '"Deploy via cloud only"',
      [
        { query: '"Deploy via cloud only"', exact: true },
        { query: 'Deploy via cloud only', exact: false, missed: '"Deploy via cloud only"' },
      ],
    ],
    [
      'curly quotes count as quotes',
      '“Deploy  via cloud”',
      [
        { query: '"Deploy via cloud"', exact: true },
        { query: 'Deploy via cloud', exact: false, missed: '"Deploy via cloud"' },
      ],
    ],
    ['a quoted phrase of punctuation alone has no words to stand in for it', '"—"', [{ query: '"—"', exact: true }]],
    [
      'four words or more are tried as a phrase, then as words no passage has in their order',
      'We do not know why',
      [
        { query: '"We do not know why"', exact: true },
        { query: 'We do not know why', exact: false, unordered: true },
      ],
    ],
    ['a short query is searched as words', 'cloud only', [{ query: 'cloud only', exact: false }]],
    [
      'a word joined by a dash is tried whole first, then as its parts',
      'work—that',
      [
        { query: '"work— that"', exact: true },
        { query: 'work— that', exact: false },
      ],
    ],
    [
      'words joined by a hyphen are searched as their parts, and a pasted sentence missed is named as typed',
      'national-security work for us.',
      [
        { query: '"national- security work for us."', exact: true },
        { query: 'national- security work for us.', exact: false, missed: '"national-security work for us."' },
      ],
    ],
    ['words joined by a slash are searched as two words', 'Anthropic/safety', [{ query: 'Anthropic safety', exact: false }]],
    ['an unbalanced quote mark is dropped, not taken for a phrase', '"><svg onload=x>', [{ query: '><svg onload=x>', exact: false }]],
    ['a quote mark left open is dropped', '"Deploy via', [{ query: 'Deploy via', exact: false }]],
    ['quotes around two phrases are not one phrase', '"cloud" and "edge"', [{ query: 'cloud and edge', exact: false }]],
    [
      'words in quotes within a shorter query are searched as words, to be found side by side',
      '“cloud only” Anthropic',
      [{ query: 'cloud only Anthropic', exact: false, phrases: ['cloud only'] }],
    ],
    [
      'words in quotes within a longer query too, once the whole is not found as a phrase',
      '"red lines" are more enforceable',
      [
        { query: '"red lines are more enforceable"', exact: true },
        { query: 'red lines are more enforceable', exact: false, phrases: ['red lines'], unordered: true },
      ],
    ],
    ['an empty query searches nothing', '   ', []],
    ['quote marks alone search nothing', '"""', []],
    ['punctuation alone searches nothing', '?!… —', []],
  ])('%s', (_name, raw, planned) => {
    expect(plannedQueries(raw)).toEqual(planned);
  });

  test('only a query it searches as a phrase is marked exact', () => {
    for (const raw of ['"><svg onload=x>', '"', 'a "b', '"a" "b"', '<script>alert(1)</script>', '\u202Eevil']) {
      expect(
        plannedQueries(raw)
          .filter((q) => q.exact)
          .every((q) => isQuoted(q.query)),
      ).toBe(true);
    }
  });

  test('straightens apostrophes too', () => {
    expect(straightenQuotes('don’t')).toBe("don't");
  });
});

describe('limitQuery', () => {
  test('keeps a query of a sensible length as it is, spaces tidied', () => {
    expect(limitQuery('  cloud \n only ')).toEqual({ query: 'cloud only', cut: false });
  });

  test('cuts a long query at a word boundary and says so', () => {
    const { query, cut } = limitQuery('surveillance '.repeat(400));
    expect(cut).toBe(true);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.endsWith('surveillance')).toBe(true);
  });

  test('cuts a run of one letter too', () => {
    expect(limitQuery('a'.repeat(5000))).toEqual({ query: 'a'.repeat(MAX_QUERY_LENGTH), cut: true });
  });

  test('turns control and formatting characters into spaces', () => {
    expect(limitQuery('cloud\u0000only\u202E')).toEqual({ query: 'cloud only', cut: false });
  });
});

describe('queryTerms', () => {
  test('splits and strips punctuation as Pagefind does, lower case, each word once', () => {
    expect(queryTerms('“Guardrails off” or non-safety-trained, guardrails')).toEqual(['guardrails', 'off', 'or', 'nonsafetytrained']);
  });

  test('past the limit, leaves out words like “to” and “be” before the words that say what the query is about', () => {
    const pasted = 'OpenAI will not allow its models to be used for mass surveillance.';
    expect(queryTerms(pasted)).toEqual(['openai', 'will', 'not', 'allow', 'models', 'used', 'mass', 'surveillance']);
    expect(queryTerms(pasted)).toHaveLength(MAX_TERMS);
  });
});

describe('queryWords', () => {
  test('keeps every word in the query’s order, repeats and words like “to” included, as queryTerms splits them', () => {
    const pasted = 'We do not know why Anthropic could not reach this deal.';
    expect(queryWords(pasted)).toEqual(['we', 'do', 'not', 'know', 'why', 'anthropic', 'could', 'not', 'reach', 'this', 'deal']);
    expect(new Set(queryTerms(pasted)).isSubsetOf(new Set(queryWords(pasted)))).toBe(true);
  });

  test('keeps the dots of an abbreviation, so “U.S.” is not searched as the pronoun “us”', () => {
    expect(queryWords('the “U.S.” government, e.g. us')).toEqual(['the', 'u.s', 'government', 'e.g', 'us']);
  });
});

describe('termsCut', () => {
  test('says whether a query has more different words than are searched one by one', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(termsCut(words(MAX_TERMS))).toBe(false);
    expect(termsCut(words(MAX_TERMS + 1))).toBe(true);
    expect(termsCut(`${words(MAX_TERMS)} w0 W1`)).toBe(false);
  });
});
