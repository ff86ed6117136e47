import { describe, expect, test } from 'vitest';
import { texText, texTitle, toBibtex } from '../../../src/lib/citation/bibtex.ts';
import { cslItem } from '../../../src/lib/citation/csl-item.ts';
import { BIBTEX_READERS, expectedFields, pandocCiteproc } from '../../support/citation-readers.ts';
import { BARE_REPORT, GAZETTE_REPORT, POST } from '../../fixtures/citation/documents.ts';
import { ONE_DOCUMENT_PASSAGES, PASSAGE_SETS, WHOLE_DOCUMENTS } from '../../fixtures/citation/subjects.ts';

const entry = (meta: typeof POST) => toBibtex(cslItem({ meta, url: 'https://site.example/x/', accessed: '2026-11-30', anchor: 'p12' }));

describe('texText', () => {
  test.each([
    ['a file name’s underscore', '002_b16.txt', '002\\_b16.txt'],
    ['the characters TeX reads as commands', '& % $ # { } ~ ^ \\', '\\& \\% \\$ \\# \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}'],
    ['UTF-8 as it is, so readers get the same characters back', 'intelligence… “Red Lines”', 'intelligence… “Red Lines”'],
  ])('escapes %s', (_name, text, expected) => {
    expect(texText(text)).toBe(expected);
  });
});

describe('texTitle', () => {
  test('braces each word with a capital, so no reader lower-cases it, and no other word', () => {
    expect(texTitle('OpenAI Secures a Deal for AI_Use')).toBe('{OpenAI} {Secures} a {Deal} for {AI}\\_{Use}');
  });
});

describe('toBibtex', () => {
  test.each([
    ['the post', POST, '@online{OpenAI2026AgreementDepartmentWar-p12', ['journaltitle = {OpenAI Blog}', 'date = {2026-02-28}']],
    [
      'a report with an outlet',
      GAZETTE_REPORT,
      '@article{ExampleGazette2026FictionalDealSets-p12',
      ['journal = {Example Gazette}', 'entrysubtype = {newspaper}', 'date = {2026-03-01}', 'options = {useprefix=true}'],
    ],
    ['a report with no outlet', BARE_REPORT, `@online{${BARE_REPORT.slug}-p12`, []],
  ])('writes %s with its type, key and container', (_name, meta, head, fields) => {
    const lines = entry(meta)
      .split('\n')
      .map((line) => line.trim().replace(/,$/, ''));
    expect(lines[0]).toBe(head);
    expect(lines).toEqual(expect.arrayContaining(fields));
  });

  test('writes the URL once, the date as an ISO date, and never the fields readers misread', () => {
    for (const meta of [POST, BARE_REPORT, GAZETTE_REPORT]) {
      const bib = entry(meta);
      expect(bib.match(/https:\/\/site\.example\/x\/#p12/g)).toHaveLength(1);
      expect(bib).not.toMatch(/^\s*(howpublished|month|year) =|\\textunderscore/m);
    }
  });
});

describe('toBibtex short titles', () => {
  test('gives a long headline’s short form as BibLaTeX’s shorttitle, braced like the title', () => {
    const meta = { ...BARE_REPORT, title: 'Fictional Deal Reached with a Ministry, Sets Out Three Lines It Will Not Cross', titleSource: 'headline' as const };
    const entry = toBibtex(cslItem({ meta, url: 'https://site.example/x/', accessed: '2026-11-30' }));
    expect(entry).toContain('  shorttitle = {{Fictional} {Deal} {Reached} with a {Ministry}},\n');
    expect(toBibtex(cslItem({ meta: POST, url: 'https://site.example/x/', accessed: '2026-11-30' }))).not.toContain('shorttitle');
  });
});

describe('BibTeX read back', () => {
  const subjectSets = [
    ['whole documents', WHOLE_DOCUMENTS],
    ...PASSAGE_SETS.map((set) => [`passage ${set[0]?.anchor}`, set] as const),
    // A paper citing two passages of the post must not find their entries under one key, which BibTeX refuses and Biber skips.
    ['the post whole and at several passages', ONE_DOCUMENT_PASSAGES],
  ] as const;

  describe.each(Object.entries(BIBTEX_READERS))('by %s', (_reader, read) => {
    test.each(subjectSets)('gives every field back exactly: %s', (_name, subjects) => {
      const items = subjects.map(cslItem);
      const entries = read(items.map(toBibtex).join('\n\n'));
      expect(entries.map((e) => e.key)).toEqual(items.map((item) => item.id));
      expect(entries.map((e) => e.fields)).toEqual(items.map(expectedFields));
    });
  });

  test.each(subjectSets)('through pandoc --citeproc, each key cites its own entry, without a warning: %s', (_name, subjects) => {
    const items = subjects.map(cslItem);
    const { entries, warnings } = pandocCiteproc(
      items.map(toBibtex).join('\n\n'),
      items.map((item) => item.id),
    );
    expect(warnings).toBe('');
    expect(entries).toEqual(items.map(expectedFields));
  });
});
