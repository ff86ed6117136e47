import { describe, expect, test } from 'vitest';
import { recordAnchors } from '../../support/record-anchors.ts';
import type { CapturePassageRecord, CheckedCapture } from '../../../src/lib/captures/capture.ts';
import { captureIndexes, captureSearchName, hasSeveralCaptures, sourceCaptureIndex } from '../../../src/lib/search/capture-records.ts';
import { claimsByDocument, documentRecord } from '../../../src/lib/search/search-records.ts';

const reading = [
  { id: 'p1', text: 'Our red lines.' },
  { id: 'p2', text: 'We keep “humans” in the loop.' },
  { id: 'p3', text: 'Cloud only.' },
];
const passage = (key: string, anchors: string[], text: string): CapturePassageRecord => ({
  key,
  anchors,
  text,
  line: 1,
  artefact: false,
  kind: anchors.length ? 'exact' : 'new',
  score: 1,
});
const capture = (id: string, passages: CapturePassageRecord[], extra: Partial<CheckedCapture> = {}): CheckedCapture => ({
  id,
  label: `capture ${id.slice(0, 3)}`,
  source: 'post',
  seed: `${id}.txt`,
  seedSha256: '',
  reading: false,
  place: { file: '' },
  passages,
  absent: [],
  ...extra,
});
const c002 = capture(
  '002_a',
  reading.map((p) => passage(p.id, [p.id], p.text)),
  { reading: true },
);
// Same words as p1 and p2 (quotes folded), p3 reworded, and a passage of its own.
const c902 = capture('902_b', [
  passage('p1', ['p1'], 'Our red lines.'),
  passage('p2', ['p2'], 'We keep "humans" in the loop.'),
  passage('p3', ['p3'], 'Cloud only, always.'),
  passage('p9', [], 'A passage only copies have.'),
]);
// Merges p1 and p2 word for word, words p3 as 902 does, and has 902's own passage under its own number.
const c903 = capture(
  '903_c',
  [
    passage('p1..p2', ['p1', 'p2'], 'Our red lines. We keep “humans” in the loop.'),
    passage('p3', ['p3'], 'Cloud only, always.'),
    passage('p10', [], 'A passage only copies have.'),
  ],
  { meta: { of: 'post', seed: '903_c.txt', seedSha256: '', type: 'revision', revised: '2026-03-02' } },
);
const index = sourceCaptureIndex('post', reading, [c002, c902, c903], '/rla/');

describe('captureSearchName', () => {
  test.each([
    ['a capture by its label', c902, 'capture 902'],
    ['a revision with the date its text carries', c903, 'capture 903, revised 2026-03-02'],
  ])('names %s', (_, given, expected) => {
    expect(captureSearchName(given)).toBe(expected);
  });
});

describe('sourceCaptureIndex', () => {
  test('indexes a passage that reads the same in every capture once, as the reading text’s, listing no holders since all hold it', () => {
    expect(index.passages.map((p) => p.id)).not.toContain('902_b/p1');
    expect(index.held['p1']).toBeUndefined();
    expect(index.held['p2']).toBeUndefined();
  });

  test.each([
    ['a reading passage another wording replaces', 'p3', ['capture 002']],
    ['another wording that two captures share, once, under the first capture', '902_b/p3', ['capture 902', 'capture 903, revised 2026-03-02']],
    ['a passage only other captures have, once, whatever number each gives it', '902_b/p9', ['capture 902', 'capture 903, revised 2026-03-02']],
  ])('lists the captures holding %s', (_, id, holders) => {
    expect(index.held[id]).toEqual(holders);
  });

  test('adds each other wording to the record once, under its capture and key', () => {
    expect(index.passages).toEqual([
      { id: '902_b/p3', text: 'Cloud only, always.' },
      { id: '902_b/p9', text: 'A passage only copies have.' },
    ]);
  });

  test('links each other wording to its capture’s page at the passage, below the base, labelled with the capture', () => {
    expect(index.at).toEqual({
      '902_b/p3': { url: '/rla/sources/post/captures/902_b/#p3', label: '¶ 3 · capture 902' },
      '902_b/p9': { url: '/rla/sources/post/captures/902_b/#p9', label: '¶ 9 · capture 902' },
    });
  });

  test('offers every capture of the source to the capture filter, in the corpus’s order', () => {
    expect(index.names).toEqual(['capture 002', 'capture 902', 'capture 903, revised 2026-03-02']);
  });
});

describe('captureIndexes', () => {
  const sources = [
    { slug: 'post', passages: reading },
    { slug: 'other', passages: reading },
  ];
  const single = capture(
    '004_d',
    reading.map((p) => passage(p.id, [p.id], p.text)),
    { reading: true, source: 'other' },
  );

  test.each([
    ['adds nothing while every source has a single capture', [c002, single], []],
    ['indexes the captures of every source once some source has several', [c002, c902, single], ['post', 'other']],
  ])('%s', (_, captures, slugs) => {
    expect([...captureIndexes(sources, captures, '/').keys()]).toEqual(slugs);
    expect(hasSeveralCaptures(captures)).toBe(slugs.length > 0);
  });
});

describe('documentRecord with captures', () => {
  const meta = { seed: '002.txt', seedSha256: 'a'.repeat(64), kind: 'source' as const, slug: 'post', title: 'The post', titleSource: 'headline' as const };
  const record = documentRecord({ meta, passages: reading }, claimsByDocument([]), '/', new Map([['post', index]]));

  test('follows the reading text’s passages with the other wordings, each at its own anchor', () => {
    expect(recordAnchors(record.content).map(({ id, text }) => [id, text])).toEqual([
      ...reading.map((p) => [p.id, p.text]),
      ['902_b/p3', 'Cloud only, always.'],
      ['902_b/p9', 'A passage only copies have.'],
    ]);
  });

  test('carries the capture filter’s values, and on each anchor the captures holding its passage and where another capture’s is read', () => {
    expect(record.content).toContain('<span data-pagefind-filter="capture[data-value]" data-value="capture 903, revised 2026-03-02"></span>');
    const data = Object.fromEntries(recordAnchors(record.content).map((a) => [a.id, a.data]));
    for (const id of Object.keys(data)) {
      expect(data[id]).toEqual({
        ...(index.held[id] ? { held: index.held[id] } : {}),
        ...(index.at[id] ? { at: index.at[id] } : {}),
      });
    }
    expect(data['902_b/p9']?.at).toBeDefined();
  });

  test('is unchanged for a document whose source has no capture index', () => {
    expect(documentRecord({ meta, passages: reading }, claimsByDocument([]), '/').content).not.toContain('capture');
  });
});
