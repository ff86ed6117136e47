/**
 * What pages say of copies a source's reading capture cannot show: its
 * caveats by passage and the capture's name, worked out once per source
 * and corpus, since the source's page asks for every passage, each report's
 * notes for every claim, and the cite page and citations for every passage.
 */
import type { CheckedCorpus } from '../lib/corpus/corpus.ts';
import { passageCaveats, type PassageCaveat } from '../lib/captures/passage-caveats.ts';
import { checkedCorpus } from './corpus.ts';

/** A source's caveats by passage (none for a report), and the name of the capture its page is written from. */
export interface SourceCaveats {
  caveats: ReadonlyMap<string, readonly PassageCaveat[]>;
  capture: string;
}

const known = new WeakMap<CheckedCorpus, Map<string, SourceCaveats>>();

/** The caveats of the document or source `slug`, from its reading capture's record. */
export function sourceCaveats(slug: string): SourceCaveats {
  const corpus = checkedCorpus();
  const bySource = known.get(corpus) ?? known.set(corpus, new Map()).get(corpus)!;
  let found = bySource.get(slug);
  if (!found) {
    const reading = corpus.captures.find((c) => c.source === slug && c.reading);
    bySource.set(slug, (found = { caveats: passageCaveats(reading?.meta), capture: reading?.label ?? 'this capture' }));
  }
  return found;
}
