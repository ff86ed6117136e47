import { describe, expect, test } from 'vitest';
import { inPlaceOf } from '../../../src/lib/captures/passage-variants.ts';

const passage = (key: string, anchors: string[]) => ({
  key,
  anchors,
  text: '',
  line: 1,
  artefact: false,
  kind: anchors.length ? ('exact' as const) : ('new' as const),
  score: 1,
});
const reading = ['p1', 'p2', 'p3', 'p4'];

describe('inPlaceOf', () => {
  test.each([
    ['one new passage where the lost one stood', [passage('p1', ['p1']), passage('p5', []), passage('p3', ['p3']), passage('p4', ['p4'])], 'p2', ['p5']],
    ['two new passages where it stood', [passage('p1', ['p1']), passage('p5', []), passage('p6', []), passage('p3', ['p3'])], 'p2', ['p5', 'p6']],
    ['nothing when the text goes straight on', [passage('p1', ['p1']), passage('p3', ['p3']), passage('p5', [])], 'p2', []],
    ['a new opening for a lost first passage', [passage('p5', []), passage('p2', ['p2'])], 'p1', ['p5']],
    ['a new ending for a lost last passage', [passage('p3', ['p3']), passage('p5', [])], 'p4', ['p5']],
    ['the new passage after a span that stands for several', [passage('p1', ['p1', 'p2']), passage('p5', []), passage('p4', ['p4'])], 'p3', ['p5']],
  ])('finds %s', (_, passages, lost, found) => {
    expect(inPlaceOf({ passages }, reading, lost)).toEqual(found);
  });
});
