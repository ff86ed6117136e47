import { describe, expect, test } from 'vitest';
import { cslItem } from '../../../src/lib/citation/csl-item.ts';
import { citeprocJs, expectedFields } from '../../support/citation-readers.ts';
import { BARE_REPORT, GAZETTE_REPORT, POST, UNDATED_OUTLET_REPORT } from '../../fixtures/citation/documents.ts';
import { PASSAGE_SETS, WHOLE_DOCUMENTS } from '../../fixtures/citation/subjects.ts';

const itemOf = (meta: typeof POST) => cslItem({ meta, url: 'https://site.example/x/', accessed: '2026-11-30' });

describe('cslItem', () => {
  test('invents nothing for a report whose capture states no outlet, author or date', () => {
    const item = itemOf(BARE_REPORT);
    expect(Object.keys(item)).toEqual(['id', 'type', 'title', 'URL', 'accessed', 'note', 'archive', 'archive_location']);
    expect(item.note).toMatch(/ Outlet, author and date are not stated in the capture\.$/);
  });

  test('names this site as the archive of the copy cited, and the capture when one is named', () => {
    expect(itemOf(BARE_REPORT)).toMatchObject({ archive: 'Red Lines, Annotated', archive_location: 'verbatim copy' });
    expect(cslItem({ meta: BARE_REPORT, url: 'https://example.org/r/', accessed: '2026-11-23', capture: 'capture 002, a re-published copy' })).toMatchObject({
      archive_location: 'verbatim copy of capture 002, a re-published copy',
    });
  });

  test('uses every field an editor records for a report', () => {
    expect(itemOf(GAZETTE_REPORT)).toMatchObject({
      id: 'ExampleGazette2026FictionalDealSets',
      type: 'article-newspaper',
      author: [
        { given: 'Jane Q.', family: 'Example' },
        { given: 'Ludwig', family: 'Sample', 'non-dropping-particle': 'van' },
        { given: 'Ann', family: 'Other' },
      ],
      'container-title': 'Example Gazette',
      issued: { 'date-parts': [[2026, 3, 1]] },
      language: 'en-GB',
      note: 'Verbatim copy published by Red Lines, Annotated, from capture 901_fixture_gazette.txt (SHA-256 aaaaaaaaaaaa…) of https://example.org/news/fictional-deal?id=7&ref=a%20b, captured 2026-03-02.',
    });
  });

  test('says only what a report leaves unstated', () => {
    expect(itemOf(UNDATED_OUTLET_REPORT).note).toMatch(/\. Author and date are not stated in the capture\.$/);
    expect(itemOf({ ...UNDATED_OUTLET_REPORT, published: '2026-03-05' }).note).toMatch(/\. Author is not stated in the capture\.$/);
  });

  test('names the capture a passage citation cites, when its record says what it is', () => {
    const item = cslItem({ meta: POST, url: 'https://site.example/x/', accessed: '2026-11-30', anchor: 'p16', capture: 'capture 002, a re-published copy' });
    expect(item.note).toBe(
      `Verbatim copy published by Red Lines, Annotated, from capture 002, a re-published copy (${POST.seed}, SHA-256 ${POST.seedSha256.slice(0, 12)}…).`,
    );
    expect(itemOf(POST).note).toBe(`Verbatim copy published by Red Lines, Annotated, from capture ${POST.seed} (SHA-256 ${POST.seedSha256.slice(0, 12)}…).`);
  });

  test('ends a passage’s note with what is known of copies the capture cannot show, after what the capture is', () => {
    const caveat = 'A copy not held here words ¶ 15–19 otherwise; the words cited are capture 002’s.';
    const item = cslItem({ meta: POST, url: 'https://site.example/x/', accessed: '2026-11-30', anchor: 'p16', capture: 'capture 002', caveats: [caveat] });
    expect(item.note).toBe(
      `Verbatim copy published by Red Lines, Annotated, from capture 002 (${POST.seed}, SHA-256 ${POST.seedSha256.slice(0, 12)}…). ${caveat}`,
    );
  });

  test('gives a long headline its short form, which APA cites a work with no author by, and a title made from its opening words none', () => {
    const long = { ...BARE_REPORT, title: 'Fictional Deal Reached with a Ministry, Sets Out Three Lines It Will Not Cross', titleSource: 'headline' as const };
    expect(itemOf(long)['title-short']).toBe('Fictional Deal Reached with a Ministry');
    expect(itemOf({ ...long, titleSource: 'opening-words' as const })['title-short']).toBeUndefined();
    expect(itemOf(POST)['title-short']).toBeUndefined();
  });

  test('dates the post by the day it states, whatever its time zone', () => {
    expect(itemOf(POST).issued).toEqual({ 'date-parts': [[2026, 2, 28]] });
  });
});

describe('CSL-JSON read back by citeproc-js', () => {
  const subjectSets = [['whole documents', WHOLE_DOCUMENTS], ...PASSAGE_SETS.map((set) => [`passage ${set[0]?.anchor}`, set] as const)] as const;
  test.each(subjectSets)('gives every field back exactly: %s', (_name, subjects) => {
    const items = subjects.map(cslItem);
    expect(citeprocJs(JSON.parse(JSON.stringify(items)))).toEqual(items.map(expectedFields));
  });
});
