import { describe, expect, test } from 'vitest';
import { crossesPassages, documentSpans, passageHits, passageSpans, type DocumentFragment } from '../../../src/lib/search/passage-hits.ts';

const fragment: DocumentFragment = {
  url: '/sources/post/',
  content: 'For intelligence activities, any handling. Federal agencies must comply. Intelligence agencies too.',
  anchors: [
    { id: 'p2', location: 5 },
    { id: 'p1', location: 0 },
    { id: 'p3', location: 9 },
  ],
  filters: {},
};
// Words: 0 For 1 intelligence 2 activities, 3 any 4 handling. | 5 Federal 6 agencies 7 must 8 comply. | 9 Intelligence 10 agencies 11 too.

describe('passageSpans', () => {
  test('gives each passage the words from its anchor to the next, in reading order', () => {
    expect(passageSpans(fragment.anchors, 12)).toEqual([
      { id: 'p1', start: 0, end: 5 },
      { id: 'p2', start: 5, end: 9 },
      { id: 'p3', start: 9, end: 12 },
    ]);
  });
});

describe('documentSpans', () => {
  test("gives a record's passages as passageSpans does, to its last word, and finds them once per record", () => {
    expect(documentSpans(fragment)).toEqual(passageSpans(fragment.anchors, 12));
    expect(documentSpans(fragment)).toBe(documentSpans(fragment));
    expect(documentSpans({ ...fragment })).not.toBe(documentSpans(fragment));
  });
});

describe('passageHits', () => {
  test('finds the passage of each match, and how many of the terms it has', () => {
    const hits = passageHits(fragment, [
      [1, 9],
      [6, 10],
    ]);
    expect(hits.map((h) => [h.id, h.terms, h.marks])).toEqual([
      ['p1', 1, [1]],
      ['p2', 1, [1]],
      ['p3', 2, [0, 1]],
    ]);
    expect(hits[2]?.words).toEqual(['Intelligence', 'agencies', 'too.']);
  });

  test('counts a term matched twice in a passage once, and marks both words', () => {
    expect(passageHits(fragment, [[9, 10], [6]]).map((h) => [h.id, h.terms, h.marks])).toEqual([
      ['p2', 1, [1]],
      ['p3', 1, [0, 1]],
    ]);
  });

  test('leaves out matches that are not the searched word', () => {
    expect(passageHits(fragment, [[0, 3]], ['fxyzzy'])).toEqual([]);
    expect(passageHits(fragment, [[1]], ['intelligent'])).toEqual([]);
    expect(passageHits(fragment, [[1]], ['intelligences']).map((h) => h.id)).toEqual(['p1']);
  });

  test('counts the matched words that are the searched word as typed', () => {
    const stems = { ...fragment, content: 'classifiers, classifier classified', anchors: [{ id: 'p1', location: 0 }] };
    expect(passageHits(stems, [[0, 1, 2]], ['classifiers']).map((h) => [h.marks.length, h.literal])).toEqual([[2, 1]]);
  });

  test('counts the terms matched by the searched word itself apart from those matched only by longer words beginning with it', () => {
    const prefixed = {
      ...fragment,
      content: 'reduced red, Red lines redder. Reduced lines',
      anchors: [
        { id: 'p1', location: 0 },
        { id: 'p2', location: 5 },
      ],
    };
    expect(passageHits(prefixed, [[0, 1, 2, 4, 5]], ['red']).map((h) => [h.marks.length, h.literal, h.whole])).toEqual([
      [4, 1, 1],
      [1, 1, 0],
    ]);
  });

  test('counts each term once, however often a passage repeats it, so a long passage does not outrank a short one', () => {
    const [long, short] = passageHits(
      {
        ...fragment,
        content: 'the the the the cloud. the cloud only',
        anchors: [
          { id: 'p1', location: 0 },
          { id: 'p2', location: 5 },
        ],
      },
      [[0, 1, 2, 3, 5], [4, 6], [7]],
      ['the', 'cloud', 'only'],
    );
    expect([long?.whole, short?.whole]).toEqual([2, 3]);
  });

  // A pasted sentence of more different words than are searched one by one: “our” and “against” are not searched.
  const pasted = 'We think our approach best protects against unacceptable use.';
  const twoPassages = {
    ...fragment,
    content: `Our approach protects use. ${pasted}`,
    anchors: [
      { id: 'p1', location: 0 },
      { id: 'p2', location: 4 },
    ],
  };
  const searched = ['we', 'think', 'approach', 'best', 'protects', 'unacceptable', 'use'];
  const located = [[4], [5], [1, 7], [8], [2, 9], [11], [3, 12]];

  test('reads a passage’s run against all the query’s words in order, not only those searched', () => {
    const runs = (wording?: string[]) => passageHits(twoPassages, located, searched, wording).map((h) => [h.id, h.run]);
    expect(runs(pasted.toLowerCase().replace('.', '').split(' '))).toEqual([
      ['p1', 2],
      ['p2', 9],
    ]);
    // Read against the searched words alone, the run stops where a word left unsearched stands.
    expect(runs()).toEqual([
      ['p1', 1],
      ['p2', 3],
    ]);
  });

  test('takes only the query’s last word as still being typed, whichever word was searched last', () => {
    const names = { ...fragment, content: 'same Sam Altman', anchors: [{ id: 'p1', location: 0 }] };
    const marks = (wording: string[]) => passageHits(names, [[0, 1], [2]], ['sam', 'altman'], wording)[0]?.marks;
    expect(marks(['sam', 'altman'])).toEqual([1, 2]);
    expect(marks(['altman', 'sam'])).toEqual([0, 1, 2]);
  });
});

describe('crossesPassages', () => {
  const fragment = {
    url: '/r/',
    content: '',
    filters: {},
    anchors: [
      { id: 'p1', location: 0 },
      { id: 'p2', location: 4 },
    ],
  };
  test.each([
    ['a place inside one passage', [[1, 2, 3]], false],
    ['a place that starts a passage', [[4, 5]], false],
    ['a place that runs from one passage into the next', [[2, 3, 4]], true],
    [
      'any one of several places that does',
      [
        [1, 2],
        [3, 4],
      ],
      true,
    ],
    ['no place at all', [], false],
  ])('tells of %s whether it runs on into another passage', (_, places, expected) => {
    expect(crossesPassages(fragment, places)).toBe(expected);
  });
});
