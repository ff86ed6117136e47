/** The suggestion pool for a project: every passage of every primary source, headings as context for what follows them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentInput } from '../lib/corpus/corpus.ts';
import type { SourceText } from '../lib/claims/locate-quote.ts';
import { blockKinds, type BlockKind } from '../lib/authoring/mdx-structure.ts';
import { isMetadataLine } from '../lib/authoring/seed-blocks.ts';
import { passageRanker, type CandidatePassage } from '../lib/authoring/passage-ranker.ts';
import type { SuggestionPool } from '../lib/authoring/suggest.ts';
import { mdxBody } from '../build/read-page.ts';
import type { ProjectPaths } from '../build/project-paths.ts';

const READING_TIME = /^\d+ min read$/;
const anchored = (sentences: readonly { id: string; text: string }[]) => sentences.map((s) => ({ anchor: s.id, text: s.text }));

/** The heading and list-item blocks of a page, read from its MDX file. */
export function pageKinds(paths: ProjectPaths, path: string): Map<string, BlockKind> {
  return blockKinds(mdxBody(readFileSync(join(paths.root, path), 'utf8')));
}

interface Sourced extends CandidatePassage {
  kind: BlockKind | undefined;
}

/**
 * A lead-in (a passage ending with a colon, or a heading such as an FAQ
 * question) and the list items after it, as one more candidate: a claim that
 * sums up a list ("three red lines: …") fits the whole better than any item,
 * and cites them all.
 */
export function listGroups(passages: readonly Sourced[]): CandidatePassage[] {
  return passages.flatMap((lead, i) => {
    if (lead.kind === 'listItem' || (lead.kind !== 'heading' && !lead.text.trim().endsWith(':'))) return [];
    const items: Sourced[] = [];
    for (const next of passages.slice(i + 1)) {
      if (next.source !== lead.source || next.kind !== 'listItem') break;
      items.push(next);
    }
    if (items.length === 0) return [];
    return [
      {
        source: lead.source,
        anchor: lead.anchor,
        text: [lead.text, ...items.map((item) => item.text)].join(' '),
        sentences: [],
        cites: [lead.anchor, ...items.map((item) => item.anchor)],
        members: [lead.text, ...items.map((item) => item.text)],
      },
    ];
  });
}

/** Builds the pool from the corpus's primary sources, the default source (first by seed) first. */
export function corpusPool(paths: ProjectPaths, documents: readonly Pick<DocumentInput, 'path' | 'meta' | 'passages'>[]): SuggestionPool {
  const sources = documents.filter((d) => d.meta.kind === 'source').sort((a, b) => a.meta.seed.localeCompare(b.meta.seed));
  const texts: SourceText[] = sources.map((d) => ({
    source: d.meta.slug,
    passages: d.passages.filter((p) => !p.artefact).map((p) => ({ anchor: p.id, text: p.text, sentences: anchored(p.sentences) })),
  }));
  const passages: Sourced[] = sources.flatMap((d) => {
    const kinds = pageKinds(paths, d.path);
    let heading: string | undefined;
    return d.passages.flatMap((p) => {
      const kind = kinds.get(`${p.place.line}:${p.place.column}`);
      if (kind === 'heading') heading = p.text;
      if (p.artefact || isMetadataLine(p.text) || READING_TIME.test(p.text)) return [];
      return [
        {
          source: d.meta.slug,
          anchor: p.id,
          text: p.text,
          sentences: p.sentences.length > 1 ? anchored(p.sentences) : [],
          heading: kind === 'heading' ? undefined : heading,
          kind,
        },
      ];
    });
  });
  // Headings are context for what follows them, never a suggestion of their own.
  const candidates = passages.filter((p) => p.kind !== 'heading').map(({ kind: _kind, ...candidate }) => candidate);
  return { sources: texts, ranker: passageRanker([...candidates, ...listGroups(passages)]) };
}
