import { describe, expect, test } from 'vitest';
import { NEAR_TERMS, rankPassages, type Candidate } from '../../../src/lib/search/passage-ranking.ts';

function candidate(
  name: string,
  primary: boolean,
  terms: number,
  rank = 0,
  marks = 1,
  literal = marks,
  whole = literal,
  run = 1,
  content = terms,
  pairs = 0,
): Candidate<string> {
  return {
    document: name,
    primary,
    rank,
    hit: { id: name, position: 0, words: [], marks: Array.from({ length: marks }, (_, i) => i), terms, literal, whole, content, run, pairs, focus: 0 },
  };
}
const names = (ranking: { passages: Array<Candidate<string>> }) => ranking.passages.map((c) => c.document);

describe('rankPassages', () => {
  test('between passages with as many words and as long a run, puts first the one reading more of the query’s word pairs', () => {
    // A sentence with one word changed reads two runs of four; a longer passage reads one of them and more words.
    const misquoted = candidate('p13', true, 7, 1, 8, 8, 8, 4, 7, 6);
    const longer = candidate('p52', true, 7, 0, 11, 11, 11, 4, 7, 4);
    expect(names(rankPassages([longer, misquoted], 8))).toEqual(['p13', 'p52']);
  });

  test('puts page furniture the capture picked up after the text’s own passages, the post’s before the reports’', () => {
    const furniture = { ...candidate('source-line', true, 1, 0, 1), artefact: true };
    const text = candidate('p6', true, 1, 3, 1, 1, 1, 1, 1);
    const report = candidate('report', false, 1, 1, 3);
    const reportFurniture = { ...candidate('report-line', false, 1, 0, 2), artefact: true };
    expect(names(rankPassages([furniture, reportFurniture, report, text], 1))).toEqual(['p6', 'source-line', 'report', 'report-line']);
  });

  test('puts the primary source’s passages first, whatever Pagefind’s order', () => {
    expect(names(rankPassages([candidate('report', false, 1, 0, 5), candidate('post', true, 1, 7)], 1))).toEqual(['post', 'report']);
  });

  test('keeps only passages with every word while any passage of the post has them all', () => {
    const ranking = rankPassages(
      [candidate('post-all', true, 2), candidate('post-one', true, 1), candidate('report-all', false, 2), candidate('report-one', false, 1)],
      2,
    );
    expect(names(ranking)).toEqual(['post-all', 'report-all']);
    expect(ranking.primaryHas).toBeUndefined();
  });

  test('falls back to the post’s passages with most of the words, and says how many', () => {
    const ranking = rankPassages([candidate('report-all', false, 2), candidate('post-one', true, 1), candidate('post-none', true, 0)], 2);
    expect(names(ranking)).toEqual(['post-one', 'report-all']);
    expect(ranking).toMatchObject({ primaryHas: 1 });
    expect(ranking.reportsHave).toBeUndefined();
  });

  test('never falls back to passages that have only words like “and” of the query', () => {
    const onlyAnd = (name: string, primary: boolean) => candidate(name, primary, 1, 0, 1, 1, 1, 1, 0);
    const ranking = rankPassages([onlyAnd('post-and', true), candidate('report-all', false, 3), onlyAnd('report-and', false)], 3);
    expect(names(ranking)).toEqual(['report-all']);
    expect(ranking.primaryHas).toBeUndefined();
    const nowhere = rankPassages([onlyAnd('post-and', true), onlyAnd('report-and', false), candidate('report-one', false, 2, 0, 2, 2, 2, 1, 1)], 3);
    expect(names(nowhere)).toEqual(['report-one']);
    expect(nowhere).toMatchObject({ reportsHave: 2 });
  });

  test('falls back for the reports too when no passage anywhere has every word', () => {
    const ranking = rankPassages([candidate('report-two', false, 2), candidate('report-one', false, 1), candidate('post-one', true, 1)], 3);
    expect(names(ranking)).toEqual(['post-one', 'report-two']);
    expect(ranking).toMatchObject({ primaryHas: 1, reportsHave: 2 });
  });

  test('answers a long query no passage fully has with the best passages, then those one word short', () => {
    // Eight words recalled: one passage has seven, the one recalled six, another five.
    const passages = [candidate('seven', true, 7), candidate('six', true, 6), candidate('five', true, 5), candidate('report-six', false, 6)];
    const ranking = rankPassages(passages, NEAR_TERMS + 3);
    expect(names(ranking)).toEqual(['seven', 'six', 'report-six']);
    expect(ranking).toMatchObject({ primaryHas: 7, primaryNext: true, reportsHave: 6 });
    expect(ranking.reportsNext).toBeUndefined();
  });

  test.each([
    ['a short query', NEAR_TERMS - 1, [candidate('three', true, 3), candidate('two', true, 2)]],
    ['a long query whose best passages have two of its words', NEAR_TERMS, [candidate('two', true, 2), candidate('one', true, 1)]],
  ])('keeps to the best passages alone for %s', (_case, terms, passages) => {
    const ranking = rankPassages(passages, terms);
    expect(ranking.passages).toHaveLength(1);
    expect(ranking.primaryNext).toBeUndefined();
  });

  test('orders by most matched words, then Pagefind’s order of documents', () => {
    expect(names(rankPassages([candidate('b', false, 1, 1, 1), candidate('c', false, 1, 2, 3), candidate('a', false, 1, 0, 1)], 1))).toEqual(['c', 'a', 'b']);
  });

  test('puts the words as typed before other words of the same stem', () => {
    expect(names(rankPassages([candidate('classified', false, 1, 0, 4, 0), candidate('classifiers', false, 1, 1, 1, 1)], 1))).toEqual([
      'classifiers',
      'classified',
    ]);
  });

  test('puts the word searched before longer words that begin with it', () => {
    expect(names(rankPassages([candidate('reduced', true, 1, 0, 2, 2, 0), candidate('red lines', true, 1, 1, 1, 1, 1)], 1))).toEqual(['red lines', 'reduced']);
  });

  test('never falls back for an exact phrase', () => {
    expect(rankPassages([candidate('post', true, 0)], 1).passages).toEqual([]);
  });

  test('keeps an exact phrase’s passages in reading order, the post’s first, however many of its words each holds', () => {
    const at = (name: string, primary: boolean, position: number, marks: number): Candidate<string> => ({
      ...candidate(name, primary, 1, primary ? 0 : 1, marks),
      hit: { ...candidate(name, primary, 1, 0, marks).hit, position },
    });
    const hits = [at('¶ 11', true, 11, 5), at('report ¶ 2', false, 2, 9), at('¶ 10', true, 10, 2)];
    expect(names(rankPassages(hits, 1, true))).toEqual(['¶ 10', '¶ 11', 'report ¶ 2']);
    expect(names(rankPassages(hits, 1))).toEqual(['¶ 11', '¶ 10', 'report ¶ 2']);
  });

  test('puts the passage that reads more of the query’s words in its order before one that has them apart', () => {
    const scattered = candidate('scattered', true, 6, 0, 9, 6, 6, 2);
    const inOrder = candidate('in order', true, 6, 1, 6, 6, 6, 4);
    expect(names(rankPassages([scattered, inOrder], 7))).toEqual(['in order', 'scattered']);
  });
});
