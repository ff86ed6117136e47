import { describe, expect, test } from 'vitest';
import { entryHtml, entryText } from '../../../src/lib/citation/styled-entry.ts';

const body = (entry: string) => `<div class="csl-bib-body">\n  <div data-csl-entry-id="x" class="csl-entry">${entry}</div>\n</div>`;

describe('entryHtml', () => {
  test.each([
    [
      'keeps an entry’s inline markup, without the blocks around it',
      body('Author. (2026). Title. <i>Blog</i>. https://example.org/'),
      'Author. (2026). Title. <i>Blog</i>. https://example.org/',
    ],
    [
      'puts a numbered style’s number before its entry, as its plain text does',
      body('\n    <div class="csl-left-margin">1.</div><div class="csl-right-inline">Author. Title [Internet].</div>\n  '),
      '1. Author. Title [Internet].',
    ],
  ])('%s', (_, html, expected) => {
    expect(entryHtml(html)).toBe(expected);
  });

  test('stops when the processor gave no entry', () => {
    expect(() => entryHtml('<div class="csl-bib-body"></div>')).toThrow("The CSL processor's HTML has no reference-list entry");
  });
});

describe('entryText', () => {
  test.each([
    ['drops the tags', 'Title. <i>Blog</i>.', 'Title. Blog.'],
    ['writes out the characters the processor escapes', 'A &#38; B &#60;2&#62;&#160;C', 'A & B <2>\u00a0C'],
    ['leaves quotation marks and dashes as they are', '‘Title’ – “inner”', '‘Title’ – “inner”'],
  ])('%s', (_, html, expected) => {
    expect(entryText(html)).toBe(expected);
  });

  test('stops at a character reference it cannot read, rather than print it', () => {
    expect(() => entryText('A &#8212; B')).toThrow('The CSL processor wrote &#8212;, which src/lib/citation/styled-entry.ts cannot read; add it to ENTITIES.');
  });
});
