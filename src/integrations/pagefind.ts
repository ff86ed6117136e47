/**
 * Builds the search index with Pagefind's Node API after Astro has written
 * the site, so `npm run build` always ships dist/pagefind/. Every Pagefind
 * call's `errors` is checked; any error fails the build.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CheckedDocument, ReportClaim } from '../lib/corpus/corpus.ts';
import { claimsByPassage, passageRecord } from '../lib/search/search-records.ts';

/** How many records are sent to Pagefind at once. */
const RECORD_BATCH = 100;

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
}

/** Indexes every passage of every document into `<outDir>/pagefind`, returning how many records were written. */
export async function buildSearchIndex(outDir: string, documents: readonly CheckedDocument[], checked: readonly ReportClaim[], base: string): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  assertNoErrors('create an index', created);
  const index = created.index;
  if (!index) throw new Error('Pagefind created no index.');
  const claims = claimsByPassage(checked);
  const records = documents.flatMap((doc) => doc.passages.map((passage) => passageRecord({ meta: doc.meta, id: passage.id, text: passage.text }, claims, base)));
  // Records go to Pagefind's service in batches: one at a time, the round trips dominate a large site.
  for (let i = 0; i < records.length; i += RECORD_BATCH) {
    const batch = records.slice(i, i + RECORD_BATCH);
    const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    responses.forEach((response, j) => assertNoErrors(`index ${batch[j]?.url ?? ''}`, response));
  }
  assertNoErrors('write its files', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
  await pagefind.close();
  return records.length;
}
