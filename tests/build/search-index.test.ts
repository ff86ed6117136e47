/**
 * The built search index, read back from dist/pagefind: one record per
 * document whose words are exactly its passages' words (a lone dash or
 * bullet joined to a word, so that it takes no position, and words joined by
 * a hyphen split into parts that the browser joins again), each passage found
 * again from its anchor with its claims, no title among the words and no
 * metadata for Pagefind to search, and the vocabulary that “Did you mean …?”
 * draws on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/build/load-corpus.ts';
import { projectPaths } from '../../src/build/project-paths.ts';
import { documentWords, passageSpans, type DocumentFragment } from '../../src/lib/search/passage-hits.ts';
import { documentPath } from '../../src/lib/site/routes.ts';
import { reportClaims } from '../../src/lib/corpus/corpus.ts';
import { recordData } from '../../src/lib/search/passage-data.ts';
import { joinedWords } from '../../src/lib/search/record-words.ts';
import { resultClaim } from '../../src/lib/search/search-records.ts';
import { VOCABULARY_FILE } from '../../src/lib/search/spelling.ts';
import { PRIMARY_FILE } from '../../src/lib/search/primary-pages.ts';

const FRAGMENTS = 'dist/pagefind/fragment';
/** Pagefind's files are gzipped, then start with this signature. */
const SIGNATURE = 'pagefind_dcd';
const read = (name: string): DocumentFragment & { meta: Record<string, string> } =>
  JSON.parse(
    gunzipSync(readFileSync(join(FRAGMENTS, name)))
      .subarray(SIGNATURE.length)
      .toString('utf8'),
  );
const fragments = readdirSync(FRAGMENTS).map(read);
const { corpus } = loadCorpus(projectPaths(), { drafts: false, lock: true });
const { documents } = corpus;

describe('the search index', () => {
  test('holds one record per document', () => {
    expect(fragments.map((f) => f.url).sort()).toEqual(documents.map((d) => `/${documentPath(d.meta)}`).sort());
  });

  test('gives back every passage’s own words from its anchor', () => {
    for (const doc of documents) {
      const fragment = fragments.find((f) => f.url === `/${documentPath(doc.meta)}`);
      const words = fragment ? documentWords(fragment) : [];
      // The parts of a word the record split at a hyphen are joined again, as the page shows them.
      const found = passageSpans(fragment?.anchors ?? [], words.length).map((span) => [
        span.id,
        joinedWords(words.slice(span.start, span.end)).words.join(' '),
      ]);
      expect(found).toEqual(doc.passages.map((p) => [p.id, p.text.split(/\s+/).filter(Boolean).join(' ')]));
    }
  });

  test('keeps each title in a filter and gives no metadata, which Pagefind would search: the words are the passages’ and nothing else', () => {
    for (const doc of documents) {
      const fragment = fragments.find((f) => f.url === `/${documentPath(doc.meta)}`);
      expect(fragment?.filters['document']).toEqual([doc.meta.title]);
      expect(fragment && joinedWords(documentWords(fragment)).words.join(' ')).toEqual(
        doc.passages.flatMap((p) => p.text.split(/\s+/).filter(Boolean)).join(' '),
      );
      expect(fragment?.meta).toEqual({});
    }
  });

  test('counts a word at every position: a dash or bullet standing alone takes none, so a phrase reads across it', () => {
    const positions = fragments.flatMap((f) => f.content.split(/\s+/).filter(Boolean));
    const marks = documents.flatMap((doc) => doc.passages.flatMap((p) => p.text.split(/\s+/).filter((word) => word && !/[\p{L}\p{N}]/u.test(word))));
    expect(marks.length).toBeGreaterThan(0);
    expect(positions.filter((word) => !/[\p{L}\p{N}]/u.test(word))).toEqual([]);
  });

  test('gives back each claim from its passage’s anchor, as the build checked it', () => {
    const claims = reportClaims(corpus);
    expect(claims.length).toBeGreaterThan(0);
    for (const doc of documents) {
      const fragment = fragments.find((f) => f.url === `/${documentPath(doc.meta)}`);
      const expected: Record<string, unknown[]> = {};
      for (const { claim } of claims.filter((c) => c.report.slug === doc.meta.slug)) (expected[claim.passage] ??= []).push(resultClaim(claim, '/'));
      expect(fragment && recordData(fragment).claims).toEqual(expected);
    }
  });

  test('names the primary sources’ records, so the browser can load them first', () => {
    const ids = JSON.parse(readFileSync(join('dist/pagefind', PRIMARY_FILE), 'utf8')) as string[];
    expect(ids.map((id) => read(`${id}.pf_fragment`).url).sort()).toEqual(
      documents
        .filter((d) => d.meta.kind === 'source')
        .map((d) => `/${documentPath(d.meta)}`)
        .sort(),
    );
  });

  test('publishes the corpus’s vocabulary beside the index', () => {
    const vocabulary = JSON.parse(readFileSync(join('dist/pagefind', VOCABULARY_FILE), 'utf8')) as Array<[string, number]>;
    expect(vocabulary.map(([word]) => word)).toContain('surveillance');
    expect(vocabulary.every(([word, count]) => typeof word === 'string' && count > 0)).toBe(true);
  });
});
