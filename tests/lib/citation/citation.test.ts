import { describe, expect, test } from 'vitest';
import { cslItem, formatCitations, formatInTextTemplate, formatPassageCitations } from '../../../src/lib/citation/citation.ts';
import { renderBibliographies, renderInText } from '../../../src/lib/citation/csl-styles.ts';
import { parseAnchor } from '../../../src/lib/sources/anchors.ts';
import { BARE_REPORT as report, GAZETTE_REPORT, POST as post, UNDATED_OUTLET_REPORT } from '../../fixtures/citation/documents.ts';
const url = 'https://example.org/sources/our-agreement-with-the-department-of-war/';

describe('formatCitations for one passage of the post', () => {
  const c = formatCitations({ meta: post, url, accessed: '2026-11-23', anchor: 'p42' });
  test.each([
    ['permalink', 'https://example.org/sources/our-agreement-with-the-department-of-war/#p42'],
    [
      'apa',
      'OpenAI. (2026, February 28). Our agreement with the Department of War. OpenAI Blog. Red Lines, Annotated (verbatim copy). https://example.org/sources/our-agreement-with-the-department-of-war/#p42',
    ],
    ['apaInText', '(OpenAI, 2026, para. 42)'],
    [
      'harvard',
      'OpenAI (2026) ‘Our agreement with the Department of War’, OpenAI Blog, verbatim copy in Red Lines, Annotated, 28 February. Available at: https://example.org/sources/our-agreement-with-the-department-of-war/#p42 (Accessed: 23 November 2026).',
    ],
    ['harvardInText', '(OpenAI, 2026, para. 42)'],
    [
      'vancouver',
      '1. OpenAI. Our agreement with the Department of War. OpenAI Blog [Internet]. 2026 Feb 28 [cited 2026 Nov 23]. Located at: Red Lines, Annotated; verbatim copy. Available from: https://example.org/sources/our-agreement-with-the-department-of-war/#p42',
    ],
  ] as const)('gives %s', (format, expected) => {
    expect(c[format]).toBe(expected);
  });

  test('gives BibTeX, RIS and CSL-JSON for the same passage, under one key, the document’s with the passage’s anchor', () => {
    expect(c.bibtex).toContain('@online{OpenAI2026AgreementDepartmentWar-p42,');
    expect(c.bibtex).toContain('title = {{Our} agreement with the {Department} of {War}}');
    expect(c.bibtex).toContain('url = {https://example.org/sources/our-agreement-with-the-department-of-war/#p42}');
    expect(c.ris.split('\n')).toEqual(
      expect.arrayContaining([
        'TY  - BLOG',
        'ID  - OpenAI2026AgreementDepartmentWar-p42',
        'AU  - OpenAI',
        'PY  - 2026/02/28/',
        'TI  - Our agreement with the Department of War',
        'UR  - https://example.org/sources/our-agreement-with-the-department-of-war/#p42',
      ]),
    );
    const [item, ...others] = JSON.parse(c.cslJson) as Array<Record<string, unknown>>;
    expect(others).toEqual([]);
    expect(item).toMatchObject({
      id: 'OpenAI2026AgreementDepartmentWar-p42',
      type: 'post-weblog',
      title: 'Our agreement with the Department of War',
      author: [{ literal: 'OpenAI' }],
      'container-title': 'OpenAI Blog',
      issued: { 'date-parts': [[2026, 2, 28]] },
      accessed: { 'date-parts': [[2026, 11, 23]] },
      URL: 'https://example.org/sources/our-agreement-with-the-department-of-war/#p42',
      archive: 'Red Lines, Annotated',
    });
  });
});

describe('formatCitations for a whole report with no stated author, outlet or date', () => {
  const c = formatCitations({ meta: report, url: 'https://example.org/reports/openai-has-reached-a-deal-to-deploy-its/', accessed: '2026-11-23' });

  test('says “n.d.”, brackets the editorial title and invents no author', () => {
    expect(c.apa).toBe(
      '[OpenAI has reached a deal to deploy its artificial intelligence…]. (n.d.). Red Lines, Annotated (verbatim copy). Retrieved November 23, 2026, from https://example.org/reports/openai-has-reached-a-deal-to-deploy-its/',
    );
    expect(c.harvard).toBe(
      '‘[OpenAI has reached a deal to deploy its artificial intelligence…]’ (no date). Verbatim copy in Red Lines, Annotated. Available at: https://example.org/reports/openai-has-reached-a-deal-to-deploy-its/ (Accessed: 23 November 2026).',
    );
    expect(c.vancouver).toBe(
      '1. [OpenAI has reached a deal to deploy its artificial intelligence…] [Internet]. [cited 2026 Nov 23]. Located at: Red Lines, Annotated; verbatim copy. Available from: https://example.org/reports/openai-has-reached-a-deal-to-deploy-its/',
    );
    expect(c.ris).not.toMatch(/^AU {2}-/m);
    expect(c.bibtex).not.toMatch(/^\s*author =/m);
  });

  test('records where the copy comes from', () => {
    expect(JSON.parse(c.cslJson)[0].note).toBe(
      'Verbatim copy published by Red Lines, Annotated, from capture 003_3604921ae2a8460e.txt (SHA-256 96d6266d4294…). Outlet, author and date are not stated in the capture.',
    );
  });
});

describe('Harvard for a report with no stated author', () => {
  test.each([
    [
      'names it by its title when no outlet is stated either, so that two such reports are not both “(no date)”',
      report,
      '(‘[OpenAI has reached a deal to deploy its artificial intelligence…]’, no date)',
    ],
    ['names it by its outlet when one is stated', UNDATED_OUTLET_REPORT, '(Example Gazette, no date)'],
  ])('%s', (_, meta, inText) => {
    expect(formatCitations({ meta, url, accessed: '2026-11-23' }).harvardInText).toBe(inText);
  });
});

describe('every styled reference', () => {
  test.each([post, report, GAZETTE_REPORT, UNDATED_OUTLET_REPORT].map((meta) => [meta.slug, meta] as const))(
    'of %s says the address is of this site’s verbatim copy, not the original',
    (_, meta) => {
      const c = formatCitations({ meta, url, accessed: '2026-11-23', anchor: 'p1' });
      for (const entry of [c.apa, c.harvard, c.vancouver])
        expect(entry).toMatch(/verbatim copy\b.*Red Lines, Annotated|Red Lines, Annotated.*verbatim copy\b/i);
    },
  );
});

describe('Harvard', () => {
  test('names the copy in lower case after a comma, and with a capital after a full stop', () => {
    const after = (meta: typeof report) => formatCitations({ meta, url, accessed: '2026-11-23' }).harvard;
    expect(after(UNDATED_OUTLET_REPORT)).toContain('’, verbatim copy in Red Lines, Annotated.');
    expect(after(GAZETTE_REPORT)).toContain('Example Gazette, verbatim copy in Red Lines, Annotated');
    expect(after(report)).toContain('(no date). Verbatim copy in Red Lines, Annotated.');
  });
});

describe('styled text filled in from one rendering a document', () => {
  const subjects = [post, report, GAZETTE_REPORT].flatMap((meta) =>
    [undefined, 'p1', 'p9', 'p42', 'p42-s3', 'p9999'].map((anchor) => ({ meta, url, accessed: '2026-11-23', ...(anchor ? { anchor } : {}) })),
  );
  subjects.push({ meta: GAZETTE_REPORT, url, accessed: '2026-11-23', anchor: 'p3', capture: 'capture 002, a re-published copy' } as (typeof subjects)[number]);

  test.each(subjects.map((subject) => [`${subject.meta.slug}#${subject.anchor ?? ''}`, subject] as const))(
    '%s is what the CSL processor gives when it renders that subject on its own',
    (_, subject) => {
      const item = cslItem(subject);
      const { permalink, bibtex, ris, cslJson, ...styled } = formatCitations(subject);
      const paragraph = subject.anchor ? parseAnchor(subject.anchor)?.passage : undefined;
      expect(styled).toEqual({ ...renderBibliographies(item), ...renderInText(item, paragraph) });
    },
  );

  test('formatPassageCitations gives every anchor the same citations as formatCitations', () => {
    const anchors = ['p1', 'p42', 'p42-s3'];
    const batch = formatPassageCitations({ meta: post, url, accessed: '2026-11-23' }, anchors);
    expect([...batch.keys()]).toEqual(anchors);
    for (const anchor of anchors) expect(batch.get(anchor)).toEqual(formatCitations({ meta: post, url, accessed: '2026-11-23', anchor }));
  });
});

describe('formatCitations for a report with no author and a long headline', () => {
  test('cites it in the text by the headline’s short form, in APA, and lists it by the whole', () => {
    const meta = { ...report, title: 'Fictional Deal Reached with a Ministry, Sets Out Three Lines It Will Not Cross', titleSource: 'headline' as const };
    const c = formatCitations({ meta, url, accessed: '2026-11-23', anchor: 'p3' });
    expect(c.apaInText).toBe('(Fictional Deal Reached with a Ministry, n.d., para. 3)');
    expect(c.apa).toContain('Fictional Deal Reached with a Ministry, Sets Out Three Lines It Will Not Cross');
  });
});

describe('formatPassageCitations with caveats', () => {
  const caveat = 'A copy not held here words ¶ 15–19 otherwise; the words cited are capture 002’s.';
  const subject = { meta: post, url, accessed: '2026-11-23' };
  const batch = formatPassageCitations(subject, ['p16', 'p42'], (anchor) => (anchor === 'p16' ? [caveat] : []));

  test('ends the BibTeX, RIS and CSL-JSON notes of a passage with its caveats', () => {
    const p16 = batch.get('p16')!;
    expect(p16.bibtex).toContain(`${caveat}},`);
    expect(p16.ris).toContain(`${caveat}\n`);
    expect(JSON.parse(p16.cslJson)[0].note).toMatch(new RegExp(`\\. ${caveat}$`));
  });

  test('changes neither the styled citations of that passage nor anything of a passage without caveats', () => {
    const { bibtex, ris, cslJson, ...styled } = batch.get('p16')!;
    const { bibtex: _b, ris: _r, cslJson: _c, ...plain } = formatCitations({ ...subject, anchor: 'p16' });
    expect(styled).toEqual(plain);
    expect([bibtex, ris, cslJson].every((text) => text.includes(caveat))).toBe(true);
    expect(batch.get('p42')).toEqual(formatCitations({ ...subject, anchor: 'p42' }));
  });
});

describe('formatInTextTemplate', () => {
  test('fills to the in-text citation of every passage, for the post and for a report', () => {
    for (const meta of [post, report, GAZETTE_REPORT]) {
      const template = formatInTextTemplate({ meta, url, accessed: '2026-11-23' });
      for (const n of [1, 42, 9999])
        expect(template.replace('{n}', String(n))).toBe(formatCitations({ meta, url, accessed: '2026-11-23', anchor: `p${n}` }).apaInText);
    }
  });

  test('a changed document is never given the citation remembered for the old one', () => {
    const before = formatCitations({ meta: GAZETTE_REPORT, url, accessed: '2026-11-23' });
    const after = formatCitations({ meta: { ...GAZETTE_REPORT, title: `${GAZETTE_REPORT.title} (revised)` }, url, accessed: '2026-11-23' });
    expect(after.apa).toContain('(revised)');
    expect(before.apa).not.toContain('(revised)');
  });
});
