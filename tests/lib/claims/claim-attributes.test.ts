import { describe, expect, test } from 'vitest';
import { attributeProblem, CLAIM_ATTRIBUTES } from '../../../src/lib/claims/claim-attributes.ts';

describe('attributeProblem', () => {
  test.each([
    ['every attribute a claim takes', Object.fromEntries(CLAIM_ATTRIBUTES.map((name) => [name, name === 'reviewed' ? '2026-12-02' : 'x']))],
    ['a review date with its time and offset', { id: 'c1', reviewed: '2026-12-02T00:07:12+00:00' }],
    ['no attributes beyond the id', { id: 'c1' }],
  ])('finds nothing wrong with %s', (_, attributes) => {
    expect(attributeProblem('c1', attributes)).toBeUndefined();
  });

  test.each([
    ['an attribute written as an expression first', { cite: 'p2' }, ['cites'], 'Claim `c1` gives `cites` no quoted value.'],
    ['a misspelt attribute', { cite: 'p2' }, [], 'Claim `c1` has unknown attribute `cite`.'],
    ['an unknown attribute before a bad date', { colour: 'red', reviewed: 'soon' }, [], 'Claim `c1` has unknown attribute `colour`.'],
    ['a review date that is not a date', { reviewed: '2026-12-2' }, [], 'Claim `c1` has `reviewed="2026-12-2"`, which is not a date.'],
    ['a review date of a day the calendar lacks', { reviewed: '2026-02-30' }, [], 'Claim `c1` has `reviewed="2026-02-30"`, which is not a date.'],
    ['a review date-time without its offset', { reviewed: '2026-12-02T09:30:00' }, [], 'Claim `c1` has `reviewed="2026-12-02T09:30:00"`, which is not a date.'],
  ])('names %s', (_, attributes, unquoted, problem) => {
    expect(attributeProblem('c1', attributes, unquoted)?.problem).toBe(problem);
  });

  test('suggests the attribute meant, and lists every attribute a claim takes', () => {
    expect(attributeProblem('c1', { cite: 'p2' })?.fix).toBe(
      `Did you mean \`cites\`? A claim takes ${CLAIM_ATTRIBUTES.map((name) => `\`${name}\``).join(', ')}.`,
    );
  });
});
