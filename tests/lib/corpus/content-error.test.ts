import { describe, expect, test } from 'vitest';
import { compareErrors, ContentError, formatContentErrors, formatPlace } from '../../../src/lib/corpus/content-error.ts';

const error = (file: string, line?: number, column?: number) => new ContentError({ file, line, column }, 'Problem.', 'Fix.', 'rule:id');

describe('content errors', () => {
  test.each([
    [{ file: 'a.mdx' }, 'a.mdx'],
    [{ file: 'a.mdx', line: 4 }, 'a.mdx:4'],
    [{ file: 'a.mdx', line: 4, column: 2 }, 'a.mdx:4:2'],
    [{ file: 'a.mdx', column: 2 }, 'a.mdx'],
  ])('place %j reads as %s', (place, expected) => {
    expect(formatPlace(place)).toBe(expected);
  });

  test('read as place, problem and fix', () => {
    expect(error('a.mdx', 3, 1).message).toBe('a.mdx:3:1: Problem. Fix.');
  });

  test('sort by file, then line, then column', () => {
    const sorted = [error('b.mdx', 1), error('a.mdx', 9, 2), error('a.mdx', 9, 1), error('a.mdx', 2)].sort(compareErrors);
    expect(sorted.map((e) => formatPlace(e.place))).toEqual(['a.mdx:2', 'a.mdx:9:1', 'a.mdx:9:2', 'b.mdx:1']);
  });

  test('format as one report with a count and each rule id', () => {
    expect(formatContentErrors([error('a.mdx', 1)])).toBe('1 content error; nothing is published until it is fixed:\na.mdx:1: Problem. Fix. [rule:id]');
    expect(formatContentErrors([error('a.mdx', 1), error('b.mdx')]).split('\n')[0]).toBe('2 content errors; nothing is published until they are fixed:');
  });
});
