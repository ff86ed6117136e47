import { describe, expect, test } from 'vitest';
import {
  caveatLabel,
  caveatTarget,
  caveatsAt,
  distinctCaveats,
  passageCaveats,
  quoteCaveat,
  verdictCaveat,
} from '../../../src/lib/captures/passage-caveats.ts';
import type { CaptureMeta } from '../../../src/lib/captures/capture-schema.ts';
import { CAPTURE_META } from '../../fixtures/captures/capture-meta.ts';

const meta = {
  ...CAPTURE_META,
  differs: [
    { at: 'p2..p4', certainty: 'known', how: 'One sentence in the other copy.' },
    { at: 'p7', certainty: 'probable', how: 'Perhaps shorter there.' },
  ],
  laterRevisions: [{ date: '2026-03-02', what: 'A paragraph was added.', bearsOn: ['p3', 'p9'] }],
} satisfies CaptureMeta;
const caveats = passageCaveats(meta);

describe('passageCaveats', () => {
  test('gives every passage of a run its caveat, and a passage both a difference and a revision, differences first', () => {
    expect([...caveats.keys()].sort()).toEqual(['p2', 'p3', 'p4', 'p7', 'p9']);
    expect(caveats.get('p3')?.map((c) => c.kind)).toEqual(['differs', 'revision']);
    expect(caveats.get('p2')?.[0]).toBe(caveats.get('p4')?.[0]);
  });

  test('gives nothing for a capture with no record, or none of either', () => {
    expect(passageCaveats(undefined).size).toBe(0);
    expect(passageCaveats({ ...meta, differs: [], laterRevisions: [] }).size).toBe(0);
  });
});

describe('caveatsAt', () => {
  test.each([
    ['a passage', 'p7', ['differs']],
    ['a sentence, as its passage', 'p3-s2', ['differs', 'revision']],
    ['a passage with none', 'p5', []],
    ['something that is no anchor', 'c4', []],
  ])('finds the caveats of %s', (_, anchor, kinds) => {
    expect(caveatsAt(caveats, anchor).map((c) => c.kind)).toEqual(kinds);
  });
});

describe('what a caveat says', () => {
  const [run, revision] = caveats.get('p3') ?? [];
  const [probable] = caveats.get('p7') ?? [];
  test.each([
    [
      'a known difference',
      run,
      'Differs in a copy not held',
      'differs-p2',
      'A copy not held here words ¶ 2–4 otherwise; the verdict rests on capture 900’s words.',
      'A copy not held here words ¶ 2–4 otherwise; the words cited are capture 900’s.',
    ],
    [
      'a probable difference',
      probable,
      'May differ in a copy not held',
      'differs-p7',
      'A copy not held here may word ¶ 7 otherwise; the verdict rests on capture 900’s words.',
      'A copy not held here may word ¶ 7 otherwise; the words cited are capture 900’s.',
    ],
    [
      'a later revision',
      revision,
      'Later version, 2026-03-02',
      'revision-2026-03-02',
      'A later version dated 2026-03-02, not held here, bears on ¶ 3; the verdict rests on capture 900’s words.',
      'A later version dated 2026-03-02, not held here, bears on ¶ 3; the words cited are capture 900’s.',
    ],
  ])('says of %s, on its marker, its link, under a verdict and in a citation', (_, caveat, label, target, verdict, quote) => {
    expect(caveat).toBeDefined();
    if (!caveat) return;
    expect([caveatLabel(caveat), caveatTarget(caveat), verdictCaveat([caveat], 'capture 900'), quoteCaveat([caveat], 'capture 900')]).toEqual([
      label,
      target,
      verdict,
      quote,
    ]);
  });
});

describe('verdictCaveat', () => {
  test('says in one sentence what is known of every passage a note cites, each kind once, listing the passages it touches in reading order', () => {
    const cited = distinctCaveats(caveats, ['p9', 'p2', 'p3-s1', 'p7']);
    expect(verdictCaveat(cited, 'capture 900')).toBe(
      'A later version dated 2026-03-02, not held here, bears on ¶ 3 and ¶ 9; a copy not held here words ¶ 2–4 otherwise; ' +
        'a copy not held here may word ¶ 7 otherwise; the verdict rests on capture 900’s words.',
    );
  });

  test('says nothing when no passage cited has a caveat', () => {
    expect([verdictCaveat([], 'capture 900'), quoteCaveat([], 'capture 900')]).toEqual([undefined, undefined]);
  });
});

describe('distinctCaveats', () => {
  test('gives a run’s caveat once however many of its passages and sentences a claim cites, in the order first cited', () => {
    expect(distinctCaveats(caveats, ['p9', 'p2', 'p3-s1', 'p4']).map((c) => `${c.kind} ${c.key}`)).toEqual(['revision p9', 'differs p2..p4', 'revision p3']);
  });

  test('gives none for passages no caveat touches', () => {
    expect(distinctCaveats(caveats, ['p1', 'p5-s1'])).toEqual([]);
  });
});
