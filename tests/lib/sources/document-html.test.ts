import { escapeHTML } from 'astro/runtime/server/escape.js';
import { addAttribute } from 'astro/runtime/server/render/util.js';
import fc from 'fast-check';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { attributeHtml, documentHtml, escapeText } from '../../../src/lib/sources/document-html.ts';

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

describe('document HTML', () => {
  test('text is escaped exactly as Astro escapes a JSX child string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('&', '<', '>', "'", '"', 'a', ' ', '·') })), (text) => {
        expect(escapeText(text)).toBe(String(escapeHTML(text)));
      }),
    );
  });

  test('the HTML of any text reads back as that text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !/[\r\0]/.test(s)),
        (text) => {
          const html = documentHtml(element('p', {}, [{ type: 'text', value: text }]));
          expect(toString(fromHtml(html, { fragment: true }))).toBe(text);
        },
      ),
    );
  });

  test('an attribute is written as Astro writes the same JSX prop (MDX drops false values before Astro sees them)', () => {
    const keys = fc.constantFrom('id', 'title', 'aria-label', 'data-passage', 'href', 'hidden', 'popover', 'open', 'disabled', 'data-x');
    const values = fc.oneof(fc.string(), fc.constant(''), fc.boolean(), fc.integer());
    fc.assert(
      fc.property(keys, values, (key, value) => {
        expect(attributeHtml(key, value)).toBe(value === false ? '' : String(addAttribute(value, key)));
      }),
    );
  });

  test.each([
    ['a class list, space separated', { className: ['claim', 'claim--partial'] }, ' class="claim claim--partial"'],
    ['an empty value, as the bare name', { dataPagefindIgnore: '' }, ' data-pagefind-ignore'],
    ['hast property names, as HTML attribute names', { ariaLabel: 'Cite ¶ 2', popoverTarget: 'c1-note' }, ' aria-label="Cite ¶ 2" popovertarget="c1-note"'],
    ['ampersands and double quotes, escaped', { title: 'Q&A "said"' }, ' title="Q&amp;A &quot;said&quot;"'],
    ['false and missing values, left out', { hidden: false, title: undefined }, ''],
  ])('writes %s', (_, properties, expected) => {
    expect(documentHtml(element('span', properties))).toBe(`<span${expected}></span>`);
  });

  test('writes void elements without a closing tag, and raw HTML as it is', () => {
    const tree = element('p', {}, [{ type: 'text', value: 'a' }, element('br', {}), { type: 'raw', value: '&#8288;' }]);
    expect(documentHtml(tree)).toBe('<p>a<br>&#8288;</p>');
  });

  test('refuses MDX nodes, which must become elements first', () => {
    const jsx = { type: 'mdxJsxTextElement', name: 'Claim', attributes: [], children: [] } as unknown as ElementContent;
    expect(() => documentHtml(element('p', {}, [jsx]))).toThrow(
      "A document's HTML cannot hold a `mdxJsxTextElement` node; render MDX components to elements first.",
    );
  });
});
