import { describe, expect, test } from 'vitest';
import { offersSpelling, searchStatus, type SearchSummary } from '../../../src/lib/search/search-status.ts';

const summary = (over: Partial<SearchSummary>): SearchSummary => ({
  query: 'cloud',
  exact: false,
  cut: false,
  terms: 1,
  count: 3,
  documents: { loaded: 4, total: 4 },
  ...over,
});

describe('searchStatus', () => {
  test('calls results an exact phrase only when the search was one', () => {
    expect(searchStatus(summary({ exact: true, query: '"Deploy via cloud only"', count: 1 }))).toBe(
      '1 passage with this exact phrase: "Deploy via cloud only".',
    );
    expect(searchStatus(summary({ query: '><svg onload=x>' }))).not.toContain('exact phrase');
  });

  test('says when an exact phrase runs from one passage into the next, and only then', () => {
    expect(searchStatus(summary({ exact: true, query: '"only. Keep cleared"', count: 2, across: true }))).toBe(
      '2 passages with this exact phrase, or part of it where it runs on into the next passage: "only. Keep cleared".',
    );
    expect(searchStatus(summary({ exact: true, count: 2, across: false }))).not.toContain('runs on');
    expect(searchStatus(summary({ exact: false, count: 2, across: true }))).not.toContain('runs on');
  });

  test('says when only reports have an exact phrase, unless filters chose what to show', () => {
    const only = 'The post has no passage with this exact phrase; only reports have it.';
    expect(searchStatus(summary({ exact: true, count: 1, postHas: false }))).toContain(only);
    expect(searchStatus(summary({ exact: true, count: 1, postHas: true }))).not.toContain(only);
    expect(searchStatus(summary({ exact: true, count: 1, postHas: false, filters: { kind: ['Report'] } }))).not.toContain(only);
    expect(searchStatus(summary({ exact: false, count: 1, postHas: false }))).not.toContain(only);
  });

  test('says when words typed are in no passage in their order, without calling them a phrase', () => {
    const query = 'we retain full control over the stack';
    expect(searchStatus(summary({ query, unordered: true, count: 1 }))).toBe(`1 passage: ${query}. It does not have these words in this order.`);
    expect(searchStatus(summary({ query, unordered: true, count: 3 }))).toBe(`3 passages: ${query}. None of them has these words in this order.`);
    expect(searchStatus(summary({ query, unordered: true, count: 0 }))).toBe(`No passage matches ${query}.`);
    expect(searchStatus(summary({ query, count: 1 }))).toBe(`1 passage: ${query}.`);
  });

  test('says when no passage holds a phrase in quotes, and that its words were searched instead', () => {
    const missed = '"Deploy via the cloud only"';
    expect(searchStatus(summary({ query: 'Deploy via the cloud only', missed, count: 2 }))).toBe(
      'No passage has this exact phrase: "Deploy via the cloud only". Searched as words instead: 2 passages.',
    );
    expect(searchStatus(summary({ query: 'Deploy via the cloud only', missed, count: 0 }))).toBe('No passage matches "Deploy via the cloud only".');
    expect(searchStatus(summary({ query: 'Deploy via the cloud only', missed, count: 2 }))).not.toContain('with this exact phrase');
  });

  test('names the filters chosen, so that a word the filters keep out is not taken for a word the site lacks', () => {
    const filters = { kind: ['Report'], verdict: ['Misleading', 'Unsupported'], speaker: [] };
    expect(searchStatus(summary({ query: 'questioned', count: 0, filters }))).toBe(
      'No passage matches questioned. Filters chosen: kind “Report”; verdict “Misleading” or “Unsupported”.',
    );
    expect(searchStatus(summary({ count: 2, filters }))).toBe('2 passages: cloud. Filters chosen: kind “Report”; verdict “Misleading” or “Unsupported”.');
  });

  test('names no filters when none has a value', () => {
    expect(searchStatus(summary({ count: 0, filters: { kind: [], verdict: [] } }))).toBe('No passage matches cloud.');
  });

  test('says that words in quotes within a longer query were searched side by side, and not of a phrase searched whole', () => {
    expect(searchStatus(summary({ query: '"cloud only" Anthropic', phrases: ['cloud only'] }))).toContain('Words in quotes were searched as a phrase.');
    expect(searchStatus(summary({ count: 0, phrases: ['cloud only', 'red lines'] }))).toContain('Words in quotes were searched as phrases.');
    expect(searchStatus(summary({ exact: true, phrases: ['cloud only'] }))).not.toContain('Words in quotes');
  });

  test('says when words beyond the first few were not searched one by one, and not for a phrase found whole', () => {
    expect(searchStatus(summary({ termsCut: true }))).toContain(
      'Only 8 of its different words were searched one by one, words like “the” and “to” left out first.',
    );
    expect(searchStatus(summary({ termsCut: true, exact: true }))).not.toContain('one by one');
  });

  test('puts no second full stop after a query ending in one inside its quotes', () => {
    expect(searchStatus(summary({ query: '"for mass domestic surveillance."', count: 0 }))).toBe('No passage matches "for mass domestic surveillance."');
  });

  test('says when the post’s passages, or everyone’s, have only some of the words', () => {
    expect(searchStatus(summary({ terms: 2, primaryHas: 1 }))).toContain('No passage of the post has both words, so its passages with 1 of them come first.');
    expect(searchStatus(summary({ terms: 8, primaryHas: 7, primaryNext: true }))).toContain(
      'No passage of the post has all 8 words, so its passages with 7 of them come first, then those with 6.',
    );
    expect(searchStatus(summary({ terms: 8, reportsHave: 6, reportsNext: true }))).toContain(
      'No passage of the reports has all 8 words; these have 6 or 5 of them.',
    );
    expect(searchStatus(summary({ terms: 8, primaryHas: 7, reportsHave: 6, reportsNext: true }))).toContain(
      'No passage has all 8 words; these have the most of them or one fewer, the post’s first.',
    );
    expect(searchStatus(summary({ terms: 3, reportsHave: 2 }))).toContain('No passage of the reports has all 3 words; these have 2 of them.');
    expect(searchStatus(summary({ terms: 3, primaryHas: 1, reportsHave: 1 }))).toContain(
      'No passage has all 3 words; these have the most of them, the post’s first.',
    );
  });

  test('says when a long query was cut, found or not, and repeats only its start', () => {
    const status = searchStatus(summary({ query: 'a'.repeat(300), cut: true, count: 0 }));
    expect(status).toContain('Only the first 300 characters of the query were searched.');
    expect(status.length).toBeLessThan(200);
  });

  test.each([0, 2])('ends a shown query cut short on its ellipsis, not on a full stop after it (%i found)', (count) => {
    const status = searchStatus(summary({ query: 'a'.repeat(300), cut: true, count }));
    expect(status).toMatch(/a… /);
    expect(status).not.toContain('….');
  });

  test.each(['in the loop.', 'is it?', 'stop!'])('adds no second full stop after a query that ends a sentence: %s', (query) => {
    for (const count of [0, 2]) expect(searchStatus(summary({ query, count }))).toMatch(new RegExp(`${query.replace(/[.?!]/g, '\\$&')}( |$)`));
  });

  test('says when more documents are left to load', () => {
    expect(searchStatus(summary({ documents: { loaded: 10, total: 8063 } }))).toContain('first 10 of 8063 documents');
  });
});

describe('offersSpelling', () => {
  test.each([
    ['a word found, which may be a stem of one the documents lack', { query: 'surveilance', count: 1 }, true],
    ['no passage', { count: 0 }, true],
    ['a few words typed, only the post’s passages with some of them', { query: 'survelliance agencies', count: 3, primaryHas: 1 }, true],
    ['a few words typed, only the reports’ passages with some of them', { query: 'survelliance agencies', count: 3, reportsHave: 1 }, true],
    [
      'a short quotation no passage holds',
      { query: '"strong contractual protectons"', missed: '"strong contractual protectons"', count: 3, primaryHas: 2 },
      true,
    ],
    ['a pasted sentence with some of its words found', { query: 'We think our approach best protects us', count: 3, primaryHas: 6 }, false],
    [
      'a long quotation no passage holds',
      { query: '"national- security deployments were refused"', missed: '"national-security deployments"', count: 3, primaryHas: 2 },
      false,
    ],
    ['a quotation no passage holds, nor any of its words', { missed: '"survelliance"', count: 0 }, true],
  ])('tells of %s', (_, s, expected) => {
    expect(offersSpelling({ query: 'cloud', ...s })).toBe(expected);
  });
});
