/**
 * Builds the search index with Pagefind's Node API after Astro has written
 * the site, so `npm run build` always ships dist/pagefind/. Every Pagefind
 * call's `errors` is checked; any error fails the build.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { checkedClaims, type CorpusDocument } from '../lib/corpus.ts';
import { passageRecord } from '../lib/search-records.ts';

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
}

/** Indexes every passage of every document into `<outDir>/pagefind`, returning how many records were written. */
export async function buildSearchIndex(outDir: string, documents: readonly CorpusDocument[], base: string): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  assertNoErrors('create an index', created);
  const index = created.index;
  if (!index) throw new Error('Pagefind created no index.');
  const claims = checkedClaims(documents);
  let records = 0;
  for (const doc of documents) {
    for (const passage of doc.passages) {
      assertNoErrors(`index ${doc.meta.slug}#${passage.id}`, await index.addCustomRecord(passageRecord({ meta: doc.meta, id: passage.id, text: passage.text }, claims, base)));
      records += 1;
    }
  }
  assertNoErrors('write its files', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
  await pagefind.close();
  return records;
}
