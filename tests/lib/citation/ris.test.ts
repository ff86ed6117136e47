import { describe, expect, test } from 'vitest';
import { cslItem } from '../../../src/lib/citation/csl-item.ts';
import { toRis } from '../../../src/lib/citation/ris.ts';
import { expectedFields, RIS_READERS } from '../../support/citation-readers.ts';
import { BARE_REPORT, GAZETTE_REPORT, POST } from '../../fixtures/citation/documents.ts';
import { PASSAGE_SETS, WHOLE_DOCUMENTS } from '../../fixtures/citation/subjects.ts';

const record = (meta: typeof POST, url = 'https://site.example/x/') => toRis(cslItem({ meta, url, accessed: '2026-11-30', anchor: 'p12' }));
const tags = (ris: string) => ris.split('\n').map((line) => line.slice(0, 2));

describe('toRis', () => {
  test('gives a long headline’s short form as ST, right after the title', () => {
    const long = { ...BARE_REPORT, title: 'Fictional Deal Reached with a Ministry, Sets Out Three Lines It Will Not Cross', titleSource: 'headline' as const };
    expect(record(long)).toContain(`TI  - ${long.title}\nST  - Fictional Deal Reached with a Ministry\n`);
    expect(tags(record(POST))).not.toContain('ST');
  });

  test('writes every value on its own tagged line, however long, and ends the record', () => {
    const long = `https://site.example/${'a-long-path-segment/'.repeat(12)}`;
    const ris = record(GAZETTE_REPORT, long);
    expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(ris).toContain(`UR  - ${long}#p12`);
    expect(ris.endsWith('\nER  - ')).toBe(true);
  });

  test.each([
    ['the post', POST, ['TY  - BLOG', 'AU  - OpenAI', 'T2  - OpenAI Blog', 'PY  - 2026/02/28/', 'DA  - 2026/02/28/', 'Y2  - 2026/11/30/']],
    [
      'a report with metadata',
      GAZETTE_REPORT,
      [
        'TY  - NEWS',
        'ID  - ExampleGazette2026FictionalDealSets-p12',
        'AU  - Example, Jane Q.',
        'AU  - van Sample, Ludwig',
        'T2  - Example Gazette',
        'PY  - 2026/03/01/',
        'LA  - en-GB',
      ],
    ],
  ])('writes %s with its type, people, container and full dates', (_name, meta, lines) => {
    expect(record(meta).split('\n')).toEqual(expect.arrayContaining(lines));
  });

  test('names the archive the cited copy is kept in, where Zotero reads an archive and its place (DB and AN)', () => {
    const capture = toRis(cslItem({ meta: POST, url: 'https://site.example/x/', accessed: '2026-11-30', capture: 'capture 002, a re-published copy' }));
    expect(capture.split('\n')).toEqual(expect.arrayContaining(['DB  - Red Lines, Annotated', 'AN  - verbatim copy of capture 002, a re-published copy']));
    expect(record(BARE_REPORT).split('\n')).toEqual(expect.arrayContaining(['DB  - Red Lines, Annotated', 'AN  - verbatim copy']));
  });

  test('never writes the accessed date where a reader takes it for a volume or, undated, a publication date', () => {
    expect(tags(record(POST))).not.toContain('VL');
    expect(tags(record(BARE_REPORT))).not.toContain('Y2');
    expect(tags(record(BARE_REPORT))).not.toContain('PY');
  });
});

describe.each(Object.entries(RIS_READERS))('RIS read back by %s', (_reader, read) => {
  const subjectSets = [['whole documents', WHOLE_DOCUMENTS], ...PASSAGE_SETS.map((set) => [`passage ${set[0]?.anchor}`, set] as const)] as const;
  test.each(subjectSets)('gives every field back exactly: %s', (_name, subjects) => {
    const items = subjects.map(cslItem);
    expect(read(items.map(toRis).join('\n\n'))).toEqual(items.map(expectedFields));
  });
});
