import { describe, expect, test } from 'vitest';
import { sourceIndex } from '../../../src/lib/corpus/source-index.ts';
import { report, source } from './fixtures.ts';

describe('sourceIndex', () => {
  test('holds every passage and sentence of every source, and no report', () => {
    const index = sourceIndex([report([]), source()]);
    expect(Object.keys(index.sources)).toEqual(['post']);
    expect(index.sources['post']?.anchors).toEqual({
      p1: 'Deploy via cloud only.',
      'p1-s1': 'Deploy via cloud only.',
      p2: 'We do not know why.',
      'p2-s1': 'We do not know why.',
    });
  });

  test('makes the first source by seed file the default that bare anchors refer to', () => {
    const later = { ...source(), meta: { ...source().meta, slug: 'later', seed: 'zz.txt' } };
    expect(sourceIndex([later, source()]).defaultSource).toBe('post');
    expect(sourceIndex([report([])]).defaultSource).toBe('');
  });
});
