import { describe, expect, test } from 'vitest';
import { cslItem } from '../../../src/lib/citation/csl-item.ts';
import { renderBibliographies, renderInText } from '../../../src/lib/citation/csl-styles.ts';
import { GAZETTE_REPORT, POST } from '../../fixtures/citation/documents.ts';

const url = 'https://example.org/reports/a-fictional-deal-sets-red-lines/';

describe('renderBibliographies', () => {
  test('gives one reference-list entry per style, each with the URL as given, fragment and all', () => {
    const item = cslItem({ meta: GAZETTE_REPORT, url, accessed: '2026-11-23', anchor: 'p3' });
    const entries = renderBibliographies(item);
    expect(Object.keys(entries)).toEqual(['apa', 'harvard', 'vancouver']);
    for (const entry of Object.values(entries)) {
      expect(entry).toContain(`${url}#p3`);
      expect(entry).not.toMatch(/^\s|\s$|\n/);
    }
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
