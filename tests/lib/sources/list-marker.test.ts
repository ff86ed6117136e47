import { describe, expect, test } from 'vitest';
import { withoutListMarker } from '../../../src/lib/sources/list-marker.ts';

describe('withoutListMarker', () => {
  test.each(['• Item.', '- Item.', '* Item.', '+ Item.', '1. Item.', '2) Item.', '(3) Item.'])('drops the marker of “%s”', (text) => {
    expect(withoutListMarker(text)).toBe('Item.');
  });
  test('keeps a number that is part of the words', () => {
    expect(withoutListMarker('2026 was the year.')).toBe('2026 was the year.');
  });
});
