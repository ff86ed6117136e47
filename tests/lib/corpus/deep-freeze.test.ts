import { describe, expect, test } from 'vitest';
import { deepFreeze } from '../../../src/lib/corpus/deep-freeze.ts';

describe('deepFreeze', () => {
  test('freezes every object and array reachable from the value, and returns it', () => {
    const value = { list: [{ id: 'p1' }], nested: { deeper: { text: 'x' } } };
    expect(deepFreeze(value)).toBe(value);
    expect([value, value.list, value.list[0], value.nested, value.nested.deeper].every(Object.isFrozen)).toBe(true);
  });

  test('leaves plain values alone', () => {
    expect(deepFreeze('text')).toBe('text');
    expect(deepFreeze(null)).toBeNull();
  });
});
