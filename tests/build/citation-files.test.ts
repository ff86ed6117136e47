/**
 * The citation files and open data the site publishes, read by the clients
 * people use: every document's .bib, .ris and .json and a sample of each
 * document's passage citations come back field for field; all the .bib files
 * make one bibliography with one key per document; /annotations.jsonld
 * expands to the W3C vocabularies; each report's ClaimReview reads right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Element, ElementContent } from 'hast';
import { describe, expect, test } from 'vitest';
import type { CslItem } from '../../src/lib/citation/csl-item.ts';
import { CLAIM_REVIEWED_LENGTH } from '../../src/lib/citation/claim-review.ts';
import { expandOffline, outsideW3c, vocabularyIris } from '../support/annotation-vocabulary.ts';
import { BIBTEX_READERS, citeprocJs, expectedFields, pandocCiteproc, RIS_READERS } from '../support/citation-readers.ts';
import { fileForPath, pageElements } from '../support/dist.ts';
import { toString } from 'hast-util-to-string';

const slugs = readdirSync('dist/cite')
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();
const file = (slug: string, ext: string) => readFileSync(`dist/cite/${slug}.${ext}`, 'utf8');

/** A published citation in its three data formats, and what its CSL-JSON says. */
interface Published {
  name: string;
  bibtex: string;
  ris: string;
  item: CslItem;
}

const documents: Published[] = slugs.map((slug) => ({
  name: slug,
  bibtex: file(slug, 'bib'),
  ris: file(slug, 'ris'),
  item: (JSON.parse(file(slug, 'json')) as CslItem[])[0]!,
}));

const textOf = (node: Element | ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

/** The passage citations of a document's cite page: its first, middle and last passages. */
function samplePassages(slug: string): Published[] {
  const elements = pageElements(`cite/${slug}/index.html`);
  const sections = elements.filter((el) => el.tagName === 'section' && 'dataCitePassage' in el.properties);
  const sample = [...new Set([0, Math.floor(sections.length / 2), sections.length - 1])].map((i) => sections[i]!);
  return sample.map((section) => {
    const format = (label: string) =>
      textOf(
        section.children
          .flatMap((c) => (c.type === 'element' ? [c] : []))
          .find((dl) => dl.tagName === 'dl')!
          .children.find((dd) => dd.type === 'element' && dd.properties['dataCopyLabel'] === label)!,
      );
    return {
      name: `${slug}#${section.properties['id']}`,
      bibtex: format('BibTeX'),
      ris: format('RIS'),
      item: (JSON.parse(format('CSL-JSON')) as CslItem[])[0]!,
    };
  });
}

const passages = slugs.flatMap(samplePassages);
const citations = [...documents, ...passages];

describe('the published citation files', () => {
  test('cover every document and a sample of passages, each pinned to its anchor', () => {
    expect(slugs.length).toBe(readdirSync('seeds').filter((n) => n.endsWith('.txt')).length);
    expect(passages.length).toBeGreaterThanOrEqual(slugs.length * 3);
    for (const passage of passages) expect(passage.item.URL).toMatch(new RegExp(`#${passage.name.split('#')[1]}$`));
  });

  describe.each(Object.entries(BIBTEX_READERS))('BibTeX read by %s', (_reader, read) => {
    test.each(citations.map((c) => [c.name, c] as const))('%s comes back exactly', (_name, citation) => {
      expect(read(citation.bibtex)).toEqual([{ key: citation.item.id, fields: expectedFields(citation.item) }]);
    });
  });

  describe.each(Object.entries(RIS_READERS))('RIS read by %s', (_reader, read) => {
    test.each(citations.map((c) => [c.name, c] as const))('%s comes back exactly', (_name, citation) => {
      expect(read(citation.ris)).toEqual([expectedFields(citation.item)]);
    });
  });

  test.each(citations.map((c) => [c.name, c] as const))('CSL-JSON of %s comes back exactly through citeproc-js', (_name, citation) => {
    expect(citeprocJs([citation.item])).toEqual([expectedFields(citation.item)]);
  });
});

describe('one bibliography of every document', () => {
  const bibliography = documents.map((d) => d.bibtex).join('\n');

  test('has one entry per document and no key twice', () => {
    const keys = BIBTEX_READERS['@retorquere/bibtex-parser']!(bibliography).map((entry) => entry.key);
    expect(keys).toHaveLength(documents.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('cites, through pandoc --citeproc, each document by its own key and links to its own page', () => {
    const { entries, warnings } = pandocCiteproc(
      bibliography,
      documents.map((d) => d.item.id),
    );
    expect(warnings).toBe('');
    expect(entries).toEqual(documents.map((d) => expectedFields(d.item)));
  });

  test('has, as one RIS file, one record per document with its own link', () => {
    for (const read of Object.values(RIS_READERS))
      expect(read(documents.map((d) => d.ris).join('\n\n')).map((r) => r.url)).toEqual(documents.map((d) => d.item.URL));
  });
});

describe('/annotations.jsonld', () => {
  const collection = JSON.parse(readFileSync('dist/annotations.jsonld', 'utf8')) as {
    last: string;
    first: { id: string; partOf: string; items: Array<Record<string, unknown>> };
  };

  test('expands with an older copy of the W3C context, dropping no key, every term in the W3C vocabularies', async () => {
    const iris = vocabularyIris(await expandOffline(collection));
    expect(outsideW3c(iris)).toEqual([]);
    expect(iris).toContain('http://www.w3.org/ns/oa#assessing');
  });

  test('selects, on this site’s copy, the element holding exactly the claim’s words', () => {
    const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();
    const misses = collection.first.items.flatMap((annotation) => {
      const { source, selector } = annotation['target'] as { source: string; selector: Array<{ type: string; value?: string; exact?: string }> };
      const [fragment, quote] = selector;
      const file = fileForPath(new URL(source).pathname) ?? '';
      const element = pageElements(file).find((e) => e.properties['id'] === fragment?.value);
      return fragment?.type === 'FragmentSelector' && element && squeezed(toString(element)) === squeezed(quote?.exact ?? '') ? [] : [annotation['id']];
    });
    expect(misses).toEqual([]);
  });

  test('has what the W3C suite lists as SHOULDs: creator and created on every annotation, last and partOf', () => {
    expect(collection.last).toBe(collection.first.id);
    expect(collection.first.partOf).toBeTruthy();
    for (const annotation of collection.first.items) {
      expect(annotation['creator']).toMatchObject({ type: 'Organization', name: 'Red Lines, Annotated' });
      expect(annotation['created']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });
});

describe('ClaimReview in each report', () => {
  const reports = readdirSync('dist/reports');
  const reviews = reports.flatMap((slug) => {
    const html = readFileSync(`dist/reports/${slug}/index.html`, 'utf8');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}';
    return (
      JSON.parse(json) as {
        '@graph': Array<{
          claimReviewed: string;
          datePublished?: string;
          reviewRating: { alternateName: string; ratingValue?: number };
          itemReviewed: Record<string, unknown>;
        }>;
      }
    )['@graph'];
  });

  test('is dated, short, and points at no appearance while no report records its original', () => {
    expect(reviews.length).toBeGreaterThan(50);
    for (const review of reviews) {
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.claimReviewed.length).toBeLessThanOrEqual(CLAIM_REVIEWED_LENGTH);
      expect(review.itemReviewed['appearance']).toBeUndefined();
    }
  });

  test('gives “Not in the post” no number on the scale', () => {
    const notInPost = reviews.filter((r) => r.reviewRating.alternateName === 'Not in the post');
    expect(notInPost.length).toBeGreaterThan(0);
    for (const review of notInPost) expect(review.reviewRating.ratingValue).toBeUndefined();
  });
});
