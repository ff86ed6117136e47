import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { cslItem } from '../../../src/lib/citation/csl-item.ts';
import { renderBibliographies, renderInText } from '../../../src/lib/citation/csl-styles.ts';
import { BARE_REPORT, GAZETTE_REPORT, POST, UNDATED_OUTLET_REPORT } from '../../fixtures/citation/documents.ts';

const url = 'https://example.org/reports/a-fictional-deal-sets-red-lines/';

describe('renderBibliographies', () => {
  test('gives one reference-list entry per style, each with the URL as given, fragment and all', () => {
    const item = cslItem({ meta: GAZETTE_REPORT, url, accessed: '2026-11-23', anchor: 'p3' });
    const entries = renderBibliographies(item);
    expect(Object.keys(entries)).toEqual(['apa', 'harvard', 'vancouver', 'apaHtml', 'harvardHtml', 'vancouverHtml']);
    for (const entry of Object.values(entries)) {
      expect(entry).toContain(`${url}#p3`);
      expect(entry).not.toMatch(/^\s|\s$|\n/);
    }
  });
});

describe('renderBibliographies as HTML', () => {
  const documents = [POST, BARE_REPORT, GAZETTE_REPORT, UNDATED_OUTLET_REPORT];
  const items = documents.map((meta) => [meta.slug, cslItem({ meta, url: `${url}?a=1&b=<2>`, accessed: '2026-11-23', anchor: 'p3' })] as const);

  test.each(items)('gives %s the same plain text as the processor does, read from its HTML', (_, item) => {
    const entries = renderBibliographies(item);
    const text = (template: string) => new Cite(item).format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();
    expect([entries.apa, entries.vancouver]).toEqual([text('apa'), text('vancouver')]);
  });

  test.each([
    ['a blog post', POST, 'apaHtml', '<i>OpenAI Blog</i>'],
    ['a newspaper report', GAZETTE_REPORT, 'apaHtml', '<i>Example Gazette</i>'],
    ['a report with no outlet, by its title', BARE_REPORT, 'apaHtml', '<i>[OpenAI has reached a deal to deploy its artificial intelligence…]</i>'],
    ['a blog post', POST, 'harvardHtml', '<i>OpenAI Blog</i>, verbatim copy in Red Lines, Annotated,'],
    ['a newspaper report', GAZETTE_REPORT, 'harvardHtml', '<i>Example Gazette</i>, verbatim copy in Red Lines, Annotated,'],
  ] as const)('sets in italics what the style does for %s (%s)', (_, meta, style, expected) => {
    const html = renderBibliographies(cslItem({ meta, url, accessed: '2026-11-23' }))[style];
    expect(html).toContain(expected);
    // This site's copy is named where Harvard puts an outlet, but it is no outlet's name.
    expect(html).not.toMatch(/verbatim copy in Red Lines, Annotated[^<]*<\/i>/);
  });

  test('escapes what the item holds, and nothing but the style’s italics is markup', () => {
    const { apaHtml, vancouverHtml } = renderBibliographies(items[2]?.[1] ?? cslItem({ meta: GAZETTE_REPORT, url, accessed: '2026-11-23' }));
    expect(apaHtml).toContain('100% of_Cases &#38; More');
    expect(apaHtml).toContain('?a=1&#38;b=&#60;2&#62;#p3');
    expect([...`${apaHtml}${vancouverHtml}`.matchAll(/<\/?([a-z]+)/g)].map(([, tag]) => tag)).toEqual(['i', 'i']);
  });
});

describe('renderInText', () => {
  const item = cslItem({ meta: POST, url, accessed: '2026-11-23' });

  test('points at a paragraph only when given one', () => {
    expect(renderInText(item)).toEqual({ apaInText: '(OpenAI, 2026)', harvardInText: '(OpenAI, 2026)' });
    expect(renderInText(item, 42)).toEqual({ apaInText: '(OpenAI, 2026, para. 42)', harvardInText: '(OpenAI, 2026, para. 42)' });
  });

  test('renders the same item the same way every time, whatever was rendered before', () => {
    const first = renderInText(item, 7);
    renderInText(cslItem({ meta: GAZETTE_REPORT, url, accessed: '2026-11-23' }), 3);
    renderBibliographies(cslItem({ meta: GAZETTE_REPORT, url, accessed: '2026-11-23' }));
    expect(renderInText(item, 7)).toEqual(first);
  });
});
