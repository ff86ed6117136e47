import { describe, expect, test } from 'vitest';
import { recordAnchors } from '../../support/record-anchors.ts';
import { claimsByDocument, documentFilters, documentRecord, PRIMARY_WEIGHT, resultClaim } from '../../../src/lib/search/search-records.ts';
import { JOINER } from '../../../src/lib/search/record-words.ts';

const report = {
  seed: '003.txt',
  seedSha256: 'a'.repeat(64),
  kind: 'report' as const,
  slug: 'r',
  title: 'A “report” & <more>',
  titleSource: 'opening-words' as const,
};
const post = { ...report, kind: 'source' as const, slug: 'post', title: 'The post' };
const claim = {
  id: 'c1',
  verdict: 'misquote' as const,
  note: 'n',
  text: 't',
  passage: 'p2',
  prefix: '',
  suffix: '',
  speaker: 'OpenAI (blog post)',
  cites: [{ source: 'post', sourceTitle: 'Post', anchor: 'p42-s3', label: '¶ 42, sentence 3', text: '' }],
};
const passages = [
  { id: 'p1', text: 'First <b>words</b> & more.' },
  { id: 'p2', text: 'Second words.' },
];

describe('documentRecord', () => {
  const record = documentRecord({ meta: report, passages }, claimsByDocument([{ report, claim }]), '/');

  test('is one record for the document, at its page below the base, which Pagefind adds in the browser', () => {
    expect(record.url).toBe('/reports/r/');
    const based = documentRecord({ meta: report, passages }, claimsByDocument([{ report, claim }]), '/rla/');
    expect(based.url).toBe('/reports/r/');
    expect(based.content).toContain('/rla/sources/post/#p42-s3');
  });

  test('starts each passage at an empty anchor named by its id, with its words as text', () => {
    // The ampersand standing alone is joined to the word before it, so that Pagefind counts no position for it.
    expect(record.content).toContain(`<i id="p1"></i>First &lt;b&gt;words&lt;/b&gt;${JOINER}&amp; more. <i id="p2" data-pagefind-title=`);
    expect(record.content).toContain('></i>Second words.');
  });

  test('keeps the title out of the words, in its filter only', () => {
    const text = record.content.replace(/<[^>]*>/g, '');
    expect(text).not.toContain('report');
    expect(record.content).toContain('data-pagefind-filter="document[data-value]" data-value="A “report” &amp; &lt;more&gt;"');
  });

  test('has no metadata, which Pagefind would search as words', () => {
    expect(record.content).not.toContain('data-pagefind-meta');
  });

  test('carries each passage’s claims on its anchor, as JSON', () => {
    expect(recordAnchors(record.content).map(({ id, data }) => [id, data])).toEqual([
      ['p1', {}],
      [
        'p2',
        { claims: [{ verdict: 'misquote', text: 't', speaker: 'OpenAI (blog post)', compare: { url: '/sources/post/#p42-s3', where: '¶ 42, sentence 3' } }] },
      ],
    ]);
  });

  test('marks the passages that are page furniture the capture picked up, and only those', () => {
    const furniture = [{ id: 'p3', text: '7 min read', artefact: true }, ...passages.map((p) => ({ ...p, artefact: false }))];
    const anchors = recordAnchors(documentRecord({ meta: post, passages: furniture }, new Map(), '/').content);
    expect(anchors.map(({ id, data }) => [id, data.artefact ?? false])).toEqual([
      ['p3', true],
      ['p1', false],
      ['p2', false],
    ]);
  });

  test('carries on a passage’s anchor what is known of copies not held, for that passage of that source only', () => {
    const caveat = 'A copy not held here words ¶ 2 otherwise; the words shown are capture 900’s.';
    const caveats = new Map([[post.slug, new Map([['p2', caveat]])]]);
    const anchors = recordAnchors(documentRecord({ meta: post, passages }, new Map(), '/', new Map(), caveats).content);
    expect(anchors.map(({ id, data }) => [id, data.caveat])).toEqual([
      ['p1', undefined],
      ['p2', caveat],
    ]);
    expect(recordAnchors(record.content).every(({ data }) => data.caveat === undefined)).toBe(true);
  });

  test('weighs the primary source’s words most, and only its words', () => {
    expect(record.content).not.toContain('data-pagefind-weight');
    expect(documentRecord({ meta: post, passages }, new Map(), '/').content).toContain(`<p data-pagefind-weight="${PRIMARY_WEIGHT}">`);
  });
});

describe('resultClaim', () => {
  const cite = (anchor: string, source = 'post') => ({ source, sourceTitle: 'Post', anchor, label: '', text: '' });
  test.each([
    ['one passage', [cite('p42-s3')], '¶ 42, sentence 3'],
    ['a run of passages', [cite('p16'), cite('p17'), cite('p18')], '¶ 16–18'],
    ['passages apart', [cite('p10'), cite('p32-s1'), cite('p48')], '¶ 10, ¶ 32, sentence 1, ¶ 48'],
    ['passages of two sources, naming the first source’s only', [cite('p9'), cite('p3', 'other')], '¶ 9'],
  ])('names every passage of %s it cites, and links to the first', (_, cites, where) => {
    const compare = resultClaim({ ...claim, cites }, '/').compare;
    expect(compare).toEqual({ url: `/sources/post/#${cites[0]?.anchor}`, where });
  });

  test('names the source to compare when it is not the post, and only then', () => {
    const other = { ...cite('p3', 'other'), sourceTitle: 'Another source', isDefault: false };
    expect(resultClaim({ ...claim, cites: [other] }, '/').compare).toEqual({ url: '/sources/other/#p3', where: '¶ 3', source: 'Another source' });
    expect(resultClaim({ ...claim, cites: [{ ...cite('p3'), isDefault: true }] }, '/').compare).not.toHaveProperty('source');
  });
});

describe('documentFilters', () => {
  test('gives the document, its kind, and its claims’ verdicts and speakers', () => {
    expect(documentFilters(report, [claim])).toEqual({ document: [report.title], kind: ['Report'], verdict: ['Misquote'], speaker: ['OpenAI (blog post)'] });
    expect(documentFilters(post, [])).toEqual({ document: ['The post'], kind: ['Primary source'] });
  });
});
