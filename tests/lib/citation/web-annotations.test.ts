import { describe, expect, test } from 'vitest';
import { ANNOTATION_CONTEXT, annotationCollection, utcDateTime, type LocatedClaim } from '../../../src/lib/citation/web-annotations.ts';
import { expandOffline, outsideW3c, vocabularyIris } from '../../support/annotation-vocabulary.ts';
import { CLAIMS } from '../../fixtures/citation/claims.ts';
import { BARE_REPORT, GAZETTE_REPORT } from '../../fixtures/citation/documents.ts';

const context = {
  collectionUrl: 'https://site.example/annotations.jsonld',
  passageUrl: (s: string, a: string) => `https://site.example/sources/${s}/#${a}`,
  creator: { name: 'Red Lines, Annotated', homepage: 'https://site.example/' },
};
const located = (report: typeof BARE_REPORT): LocatedClaim[] =>
  CLAIMS.map((claim) => ({ report, reportUrl: `https://site.example/reports/${report.slug}/`, claim }));
type Collection = { '@context': unknown; last: string; first: { id: string; partOf: string; items: Array<Record<string, unknown>> } };
const collection = annotationCollection(
  [...located(BARE_REPORT), ...located({ ...GAZETTE_REPORT, captured: '2026-03-02T08:00:00-05:00' })],
  context,
) as Collection;

const capture = (id: string, name: string) => ({ url: `https://site.example/sources/post/captures/${id}/`, name });
const withCaptures = annotationCollection(
  [
    {
      ...located(BARE_REPORT)[2]!,
      captures: [
        { cited: capture('002', 'capture 002, a re-published copy'), others: [capture('902', 'capture 902')] },
        { cited: capture('002', 'capture 002, a re-published copy'), others: [] },
      ],
    },
  ],
  context,
) as Collection;
const fix = { date: '2026-03-05', field: 'verdict' as const, was: 'verbatim', why: 'A second capture words it otherwise.' };
const corrected = annotationCollection([{ ...located(BARE_REPORT)[3]!, corrections: [fix] }], context) as Collection;

describe('utcDateTime', () => {
  test.each([
    ['converts an offset to UTC', '2026-11-23T13:36:59+01:00', '2026-11-23T12:36:59Z'],
    ['gives no time for a bare date rather than inventing one', '2026-11-23', undefined],
    ['gives nothing for nothing', undefined, undefined],
  ])('%s', (_name, input, expected) => {
    expect(utcDateTime(input)).toBe(expected);
  });
});

describe('annotationCollection', () => {
  test('has one page that is both first and last and names its collection', () => {
    expect(collection.last).toBe(collection.first.id);
    expect(collection.first.partOf).toBe(context.collectionUrl);
  });

  test('credits every annotation to its creator and dates it when the review has a time', () => {
    for (const annotation of collection.first.items) expect(annotation['creator']).toEqual({ type: 'Organization', ...context.creator });
    expect(collection.first.items.map((a) => a['created'])).toEqual([...CLAIMS.map(() => undefined), ...CLAIMS.map(() => '2026-03-04T10:00:00Z')]);
  });

  test('dates a claim added after its report was reviewed by its own review', () => {
    const [first] = located(GAZETTE_REPORT);
    const later = annotationCollection([{ ...first!, claim: { ...first!.claim, reviewed: '2026-03-10T09:30:00+01:00' } }], context) as Collection;
    expect(later.first.items.map((a) => a['created'])).toEqual(['2026-03-10T08:30:00Z']);
  });

  test('targets this site’s copy when no original is recorded, else the original with the copy cached', () => {
    const [bare, gazette] = [collection.first.items[0], collection.first.items[CLAIMS.length]];
    expect(bare?.['target']).toMatchObject({ source: `https://site.example/reports/${BARE_REPORT.slug}/` });
    // On this site's copy, the claim's element first: the page sets ¶ numbers and verdict markers among the report's words.
    expect((bare?.['target'] as { selector: unknown[] }).selector).toEqual([
      { type: 'FragmentSelector', value: CLAIMS[0]!.id, conformsTo: 'http://tools.ietf.org/rfc/rfc3236' },
      { type: 'TextQuoteSelector', exact: CLAIMS[0]!.text, prefix: CLAIMS[0]!.prefix, suffix: CLAIMS[0]!.suffix },
    ]);
    expect(gazette?.['target']).toMatchObject({
      source: GAZETTE_REPORT.url,
      state: { type: 'TimeState', cached: `https://site.example/reports/${GAZETTE_REPORT.slug}/`, sourceDate: '2026-03-02T13:00:00Z' },
    });
  });

  test('gives each cited passage the capture it cites as its source, and records the other captures of it', () => {
    const [first, second, third] = withCaptures.first.items[0]?.['body'] as object[];
    const selector = { type: 'FragmentSelector', value: 'p9', conformsTo: 'http://tools.ietf.org/rfc/rfc3236' };
    expect(first).toEqual({
      type: 'SpecificResource',
      source: 'https://site.example/sources/post/captures/002/',
      selector,
      canonical: 'https://site.example/sources/our-agreement-with-the-department-of-war/#p9',
      label: '¶ 9 in capture 002, a re-published copy, the capture this claim is checked against',
    });
    expect(second).toEqual({
      type: 'SpecificResource',
      source: 'https://site.example/sources/post/captures/902/',
      selector,
      label: '¶ 9 in capture 902, another capture of the same passage',
    });
    expect(third).toMatchObject({ source: 'https://site.example/sources/post/captures/002/', selector: { value: 'p10' } });
  });

  test('records each correction of a claim as a dated editing body, and nothing for a claim never corrected', () => {
    expect(corrected.first.items[0]?.['body']).toContainEqual({
      type: 'TextualBody',
      purpose: 'editing',
      value: 'Corrected 2026-03-05: the verdict was “verbatim”. A second capture words it otherwise.',
      format: 'text/plain',
      language: 'en',
    });
    for (const item of collection.first.items) expect(JSON.stringify(item['body'])).not.toContain('editing');
  });

  test.each([
    ['verdict', 'the verdict was'],
    ['note', 'the note was'],
    ['cites', 'the cites were'],
    ['words', 'the words were'],
  ] as const)('states what a corrected %s was in a sentence that agrees with its name', (field, phrase) => {
    const collection = annotationCollection([{ ...located(BARE_REPORT)[3]!, corrections: [{ ...fix, field }] }], context) as Collection;
    expect(JSON.stringify(collection.first.items[0]?.['body'])).toContain(`Corrected 2026-03-05: ${phrase} “verbatim”.`);
  });

  test('expands with an older W3C context, dropping no key, every term in the W3C vocabularies', async () => {
    const iris = vocabularyIris([await expandOffline(collection), await expandOffline(corrected), await expandOffline(withCaptures)]);
    expect(outsideW3c(iris)).toEqual([]);
    expect(iris).toContain('http://www.w3.org/ns/oa#assessing');
  });

  test('would be caught dropping a key the context does not define', async () => {
    await expect(expandOffline({ ...collection, verdictScale: 'none' })).rejects.toThrow(/^JSON-LD expansion: invalid property .*verdictScale/);
  });

  test('needs its local `assessing` term: without it an older context leaves a relative IRI', async () => {
    const withoutTerm = { ...collection, '@context': ANNOTATION_CONTEXT[0] };
    expect(outsideW3c(vocabularyIris(await expandOffline(withoutTerm)))).toEqual(['assessing']);
  });
});
