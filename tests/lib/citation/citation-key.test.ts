import { describe, expect, test } from 'vitest';
import { citationKey } from '../../../src/lib/citation/citation-key.ts';
import { cslAuthors } from '../../../src/lib/citation/csl-names.ts';
import type { DocumentMeta } from '../../../src/lib/sources/document-schema.ts';
import { BARE_REPORT, GAZETTE_FOLLOW_UP, GAZETTE_REPORT, POST, UNDATED_OUTLET_REPORT } from '../../fixtures/citation/documents.ts';

const keyOf = (meta: DocumentMeta) => citationKey(meta, cslAuthors(meta));

describe('citationKey', () => {
  test.each([
    ['the post: its author, year and first title words, skipping “Our”', POST, 'OpenAI2026AgreementDepartmentWar'],
    ['a report with an outlet and a date: outlet first', GAZETTE_REPORT, 'ExampleGazette2026FictionalDealSets'],
    ['a report with no stated outlet, author or date: its slug', BARE_REPORT, BARE_REPORT.slug],
    ['a report with an outlet but no date: its slug', UNDATED_OUTLET_REPORT, UNDATED_OUTLET_REPORT.slug],
    [
      'a report with people but no outlet: the first person’s family name',
      { ...GAZETTE_REPORT, outlet: undefined } as unknown as DocumentMeta,
      'Example2026FictionalDealSets',
    ],
    [
      'a name with accents and punctuation: ASCII letters only',
      { ...GAZETTE_REPORT, outlet: 'Éxample-Zeitung & Co.' },
      'ExampleZeitungCo2026FictionalDealSets',
    ],
  ])('%s', (_name, meta, expected) => {
    expect(keyOf(meta)).toBe(expected);
  });

  test('gives the three seeds’ kind of report, with no metadata, keys that never collide', () => {
    const reports = ['a-first-report', 'a-second-report', 'a-third-report'].map((slug) => ({ ...BARE_REPORT, slug }));
    expect(new Set(reports.map(keyOf)).size).toBe(reports.length);
  });

  test('tells apart two stories of one outlet in one year', () => {
    expect(keyOf(GAZETTE_FOLLOW_UP)).not.toBe(keyOf(GAZETTE_REPORT));
  });

  test('is a key every reader accepts: letters, digits and hyphens, starting with a letter or digit', () => {
    for (const meta of [POST, BARE_REPORT, GAZETTE_REPORT, GAZETTE_FOLLOW_UP, UNDATED_OUTLET_REPORT]) expect(keyOf(meta)).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]*$/);
  });
});
