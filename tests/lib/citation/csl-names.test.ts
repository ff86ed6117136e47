import { describe, expect, test } from 'vitest';
import { cslAuthors, invertedName, personName } from '../../../src/lib/citation/csl-names.ts';

describe('personName and invertedName', () => {
  test.each([
    ['given name first', 'Jane Q. Example', { given: 'Jane Q.', family: 'Example' }, 'Example, Jane Q.'],
    ['family name first', 'Example, Jane Q.', { given: 'Jane Q.', family: 'Example' }, 'Example, Jane Q.'],
    ['a particle kept with the family name', 'Ludwig van Sample', { given: 'Ludwig', family: 'Sample', 'non-dropping-particle': 'van' }, 'van Sample, Ludwig'],
    ['a single name', 'Exemplar', { family: 'Exemplar' }, 'Exemplar'],
  ])('reads %s', (_name, written, parts, inverted) => {
    expect(personName(written)).toEqual(parts);
    expect(invertedName(personName(written))).toBe(inverted);
  });
});

describe('cslAuthors', () => {
  test('prefers the recorded people, keeps a stated author whole, and invents none', () => {
    expect(cslAuthors({ authors: ['Ann Other'], author: 'Example Desk' })).toEqual([{ given: 'Ann', family: 'Other' }]);
    expect(cslAuthors({ author: 'OpenAI' })).toEqual([{ literal: 'OpenAI' }]);
    expect(cslAuthors({})).toEqual([]);
  });
});
