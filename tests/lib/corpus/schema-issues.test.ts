import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { fieldOf, issuesByField, unknownFieldFix } from '../../../src/lib/corpus/schema-issues.ts';

const schema = z.strictObject({
  seed: z
    .string()
    .regex(/^\d{3}_/)
    .min(8),
  title: z.string(),
});
const issues = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues;
};

describe('issuesByField', () => {
  test('gives each unknown key an issue of its own, named by fieldOf', () => {
    expect(issuesByField(issues({ seed: '001_abcdef', title: 'T', sede: 'x', titel: 'y' })).map(fieldOf)).toEqual(['sede', 'titel']);
  });

  test('keeps only the first issue of a field whose value fails twice', () => {
    const both = issues({ seed: 'x', title: 'T' });
    expect(both.map(fieldOf)).toEqual(['seed', 'seed']);
    expect(issuesByField(both).map(fieldOf)).toEqual(['seed']);
  });

  test('keeps an issue of each field, in the order zod gives them', () => {
    expect(issuesByField(issues({ seed: 'x', extra: 1 })).map(fieldOf)).toEqual(['seed', 'title', 'extra']);
  });
});

describe('unknownFieldFix', () => {
  test.each([
    ['suggests the field it resembles, then lists them all', 'sede', 'Did you mean `seed`? Allowed fields: `seed`, `title`.'],
    ['lists the fields when none is close', 'colour', 'Allowed fields: `seed`, `title`.'],
  ])('%s', (_, key, fix) => {
    expect(unknownFieldFix(key, ['seed', 'title'])).toBe(fix);
  });
});
