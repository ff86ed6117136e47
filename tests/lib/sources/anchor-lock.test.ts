import { describe, expect, test } from 'vitest';
import { compareWithLock, formatLock, lockLine, parseLock, updateLock } from '../../../src/lib/sources/anchor-lock.ts';

const locked = { p1: 'aaa', 'p1-s1': 'aaa', p2: 'bbb' };

describe('compareWithLock', () => {
  test('accepts anchors identical to the lock', () => {
    expect(compareWithLock(locked, { ...locked })).toEqual([]);
  });

  test.each([
    ['a changed fingerprint', { ...locked, p2: 'ccc' }, [{ anchor: 'p2', problem: 'changed' }]],
    ['a removed anchor', { p1: 'aaa', 'p1-s1': 'aaa' }, [{ anchor: 'p2', problem: 'removed' }]],
    ['a new anchor', { ...locked, p3: 'ddd' }, [{ anchor: 'p3', problem: 'unlocked' }]],
  ])('reports %s', (_name, current, problems) => {
    expect(compareWithLock(locked, current)).toEqual(problems);
  });

  test('treats a document missing from the lock as all new', () => {
    expect(compareWithLock(undefined, { p1: 'x' })).toEqual([{ anchor: 'p1', problem: 'unlocked' }]);
  });
});

describe('updateLock', () => {
  test('in add mode, adds new anchors and never changes or drops locked ones', () => {
    const next = updateLock({ doc: locked }, 'doc', { p1: 'zzz', p3: 'ddd' }, 'add');
    expect(next['doc']).toEqual({ p1: 'aaa', 'p1-s1': 'aaa', p2: 'bbb', p3: 'ddd' });
  });

  test('in rewrite mode, takes the current anchors as they are', () => {
    expect(updateLock({ doc: locked }, 'doc', { p1: 'zzz' }, 'rewrite')['doc']).toEqual({ p1: 'zzz' });
  });
});

describe('formatLock and parseLock', () => {
  test('round-trip, with documents sorted', () => {
    const lock = { b: { p1: '1' }, a: { p1: '2' } };
    const text = formatLock(lock);
    expect(parseLock(text)).toEqual(lock);
    expect(Object.keys(parseLock(text))).toEqual(['a', 'b']);
  });

  test('find the line of an anchor inside its own document only', () => {
    const text = formatLock({ a: { p1: '1', p2: '2' }, b: { p2: '3' } });
    expect(text.split('\n')[(lockLine(text, 'b', 'p2') ?? 0) - 1]).toBe('    "p2": "3"');
    expect(lockLine(text, 'a', 'p9')).toBeUndefined();
  });
});
