/** The suggestion pool for a project: every passage of every primary source, headings as context for what follows them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument } from '../lib/corpus/corpus.ts';
import type { SourceText } from '../lib/claims/locate-quote.ts';
import { headingLines } from '../lib/authoring/mdx-structure.ts';
import { isMetadataLine } from '../lib/authoring/seed-blocks.ts';
import { passageRanker, type CandidatePassage } from '../lib/authoring/passage-ranker.ts';
import type { SuggestionPool } from '../lib/authoring/suggest.ts';
import { mdxBody } from '../build/load-corpus.ts';
import type { ProjectPaths } from '../build/project-paths.ts';

const READING_TIME = /^\d+ min read$/;
const LIST_ITEM = /^\s*(?:[-*+•◦▪‣]|\(?\d{1,3}[.)])\s/;
const anchored = (sentences: readonly { id: string; text: string }[]) => sentences.map((s) => ({ anchor: s.id, text: s.text }));

/** Whether each passage of a document is a heading, read from its MDX. */
export function headingFlags(paths: ProjectPaths, doc: Pick<CorpusDocument, 'path' | 'passages'>): boolean[] {
  const lines = headingLines(mdxBody(readFileSync(join(paths.root, doc.path), 'utf8')));
  return doc.passages.map((p) => p.place.line !== undefined && lines.has(p.place.line));
}

/** Builds the pool from the corpus's primary sources, the default source (first by seed) first. */
export function corpusPool(paths: ProjectPaths, documents: readonly CorpusDocument[]): SuggestionPool {
  const sources = documents.filter((d) => d.meta.kind === 'source').sort((a, b) => a.meta.seed.localeCompare(b.meta.seed));
  const texts: SourceText[] = sources.map((d) => ({ source: d.meta.slug, passages: d.passages.filter((p) => !p.artefact).map((p) => ({ anchor: p.id, text: p.text, sentences: anchored(p.sentences) })) }));
  const candidates: CandidatePassage[] = sources.flatMap((d) => {
    const headings = headingFlags(paths, d);
    let heading: string | undefined;
    return d.passages.flatMap((p, i) => {
      if (headings[i]) heading = p.text;
      if (headings[i] || p.artefact || isMetadataLine(p.text) || READING_TIME.test(p.text)) return [];
      return [{ source: d.meta.slug, anchor: p.id, text: p.text, sentences: p.sentences.length > 1 ? anchored(p.sentences) : [], heading }];
    });
  });
  return { sources: texts, ranker: passageRanker([...candidates, ...listGroups(candidates)]) };
}

/**
 * A lead-in that ends with a colon and the list items after it, as one more
 * candidate: a claim that sums up a list ("three red lines: …") fits the
 * whole better than any item, and cites them all.
 */
export function listGroups(candidates: readonly CandidatePassage[]): CandidatePassage[] {
  return candidates.flatMap((lead, i) => {
    if (!lead.text.trim().endsWith(':')) return [];
    const items: CandidatePassage[] = [];
    for (const next of candidates.slice(i + 1)) {
      if (next.source !== lead.source || !LIST_ITEM.test(next.text)) break;
      items.push(next);
    }
    if (items.length === 0) return [];
    return [{ ...lead, text: [lead.text, ...items.map((item) => item.text)].join(' '), sentences: [], cites: [lead.anchor, ...items.map((item) => item.anchor)] }];
  });
}
