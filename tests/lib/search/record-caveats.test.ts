import { describe, expect, test } from 'vitest';
import { recordCaveats } from '../../../src/lib/search/record-caveats.ts';
import type { CaptureMeta } from '../../../src/lib/captures/capture-schema.ts';
import { CAPTURE_META } from '../../fixtures/captures/capture-meta.ts';

const meta = {
  ...CAPTURE_META,
  differs: [{ at: 'p2..p3', certainty: 'known', how: 'One sentence there.' }],
  laterRevisions: [{ date: '2026-03-02', what: 'A paragraph was added.', bearsOn: ['p3'] }],
} satisfies CaptureMeta;

describe('recordCaveats', () => {
  const caveats = recordCaveats([
    { source: 'a-source', reading: true, label: 'capture 900', meta },
    { source: 'a-source', reading: false, label: 'capture 901', meta: { ...meta, differs: [{ at: 'p9', certainty: 'known', how: 'x' }] } },
    { source: 'another', reading: true, label: 'capture 800' },
  ]);

  test('says, for each passage of a reading capture its record names, whose words a result shows', () => {
    expect(caveats.get('a-source')).toEqual(
      new Map([
        ['p2', 'A copy not held here words ¶ 2–3 otherwise; the words shown are capture 900’s.'],
        ['p3', 'A copy not held here words ¶ 2–3 otherwise; a later version dated 2026-03-02, not held here, bears on ¶ 3; the words shown are capture 900’s.'],
      ]),
    );
  });

  test('reads only the reading capture’s record, and gives a source with no record none', () => {
    expect(caveats.get('a-source')?.has('p9')).toBe(false);
    expect(caveats.get('another')?.size).toBe(0);
  });
});
