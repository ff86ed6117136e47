/**
 * Builds the search index with Pagefind's Node API after Astro has written
 * the site, so `npm run build` always ships dist/pagefind/: one record per
 * document (see search-records.ts), and beside it the corpus's vocabulary
 * for “Did you mean …?” and the ids Pagefind gave the primary sources, so
 * the browser loads those first whatever their rank. Every Pagefind call's
 * `errors` is checked; any error fails the build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { CheckedCapture } from '../lib/captures/capture.ts';
import type { ReportClaim } from '../lib/corpus/corpus.ts';
import { captureIndexes } from '../lib/search/capture-records.ts';
import { claimsByDocument, documentRecord, type IndexedDocument } from '../lib/search/search-records.ts';
import { PRIMARY_FILE } from '../lib/search/primary-pages.ts';
import { VOCABULARY_FILE, vocabularyOf } from '../lib/search/spelling.ts';
import { documentPath } from '../lib/site/routes.ts';
import { recordCaveats } from '../lib/search/record-caveats.ts';

/** How many records are sent to Pagefind at once. */
const RECORD_BATCH = 100;

/** Pagefind's files are gzipped, then start with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** The ids (fragment names) of the records at the given URLs, read back from the written index. */
function recordIds(outputPath: string, urls: ReadonlySet<string>): string[] {
  const folder = join(outputPath, 'fragment');
  return readdirSync(folder)
    .filter((name) => {
      const fragment = JSON.parse(
        gunzipSync(readFileSync(join(folder, name)))
          .subarray(SIGNATURE.length)
          .toString('utf8'),
      ) as { url: string };
      return urls.has(fragment.url);
    })
    .map((name) => name.replace(/\.pf_fragment$/, ''));
}

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
}

/** Indexes every document, with its source's other captures, into `<outDir>/pagefind`, returning how many passages the records hold. */
export async function buildSearchIndex(
  outDir: string,
  documents: readonly IndexedDocument[],
  checked: readonly ReportClaim[],
  base: string,
  captures: readonly CheckedCapture[] = [],
): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  assertNoErrors('create an index', created);
  const index = created.index;
  if (!index) throw new Error('Pagefind created no index.');
  const claims = claimsByDocument(checked);
  const sources = documents.filter((doc) => doc.meta.kind === 'source');
  const shared = captureIndexes(
    sources.map((doc) => ({ slug: doc.meta.slug, passages: doc.passages })),
    captures,
    base,
  );
  const caveats = recordCaveats(captures);
  // Records go to Pagefind's service in batches: one at a time, the round trips dominate a large site. Each batch is
  // made when it is sent, so a large site never holds every record's HTML at once.
  for (let i = 0; i < documents.length; i += RECORD_BATCH) {
    const batch = documents.slice(i, i + RECORD_BATCH).map((doc) => documentRecord(doc, claims, base, shared, caveats));
    const responses = await Promise.all(batch.map((record) => index.addHTMLFile(record)));
    responses.forEach((response, j) => assertNoErrors(`index ${batch[j]?.url ?? ''}`, response));
  }
  const outputPath = join(outDir, 'pagefind');
  assertNoErrors('write its files', await index.writeFiles({ outputPath }));
  await pagefind.close();
  writeFileSync(join(outputPath, PRIMARY_FILE), JSON.stringify(recordIds(outputPath, new Set(sources.map((doc) => `/${documentPath(doc.meta)}`)))));
  const extra = [...shared.values()].flatMap((index) => index.passages);
  writeFileSync(
    join(outputPath, VOCABULARY_FILE),
    JSON.stringify(vocabularyOf([...documents.flatMap((doc) => doc.passages.map((p) => p.text)), ...extra.map((p) => p.text)])),
  );
  return documents.reduce((sum, doc) => sum + doc.passages.length, extra.length);
}
