import { describe, expect, test } from 'vitest';
import { loadingOrder, readPrimaryIds } from '../../../src/lib/search/primary-pages.ts';

const r = (id: string) => ({ id });

describe('loadingOrder', () => {
  test('loads the primary sources first, wherever Pagefind ranked them, then in Pagefind’s order, each once', () => {
    const full = [r('a'), r('b')];
    const single = [r('c'), r('a'), r('post')];
    expect(loadingOrder([full, single], new Set(['post'])).map((x) => x.id)).toEqual(['post', 'a', 'b', 'c']);
  });
});

describe('readPrimaryIds', () => {
  test.each([
    ['a list of ids', ['en_1', 'en_2'], ['en_1', 'en_2']],
    ['a list with other things in it', ['en_1', 2, null], ['en_1']],
    ['no list', { en_1: true }, []],
  ])('reads %s', (_name, data, ids) => {
    expect([...readPrimaryIds(data)]).toEqual(ids);
  });
});
