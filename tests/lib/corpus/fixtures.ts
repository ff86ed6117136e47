/**
 * Small documents for the corpus tests, written by hand: a primary source of
 * two passages and a report that cites it, each as the loader would read them.
 */
import type { ClaimInput } from '../../../src/lib/claims/claim.ts';
import type { DocumentInput } from '../../../src/lib/corpus/corpus.ts';
import type { DocumentMeta } from '../../../src/lib/sources/document-schema.ts';
import type { PassageRecord } from '../../../src/lib/sources/passage.ts';

/** A passage with one sentence, written at the given line of `file`. */
export function passage(file: string, n: number, text: string): PassageRecord {
  return { id: `p${n}`, text, sentences: [{ id: `p${n}-s1`, text }], artefact: false, heading: false, place: { file, line: n * 2, column: 1 } };
}

/** Frontmatter for a test document. */
export function meta(kind: DocumentMeta['kind'], slug: string, seed: string): DocumentMeta {
  return { seed, seedSha256: '0'.repeat(64), kind, slug, title: `The ${slug}`, titleSource: 'headline' };
}

/** A claim as written in the report, on the given line. */
export function claim(attributes: Record<string, string>, text: string, line: number): ClaimInput {
  return { attributes: { note: 'A note.', ...attributes }, text, passage: 'p1', prefix: '', suffix: '', place: { file: REPORT_FILE, line, column: 5 } };
}

export const SOURCE_FILE = 'content/sources/post.mdx';
export const REPORT_FILE = 'content/reports/report.mdx';

/** The primary source: two passages, its seed their text. */
export function source(): DocumentInput {
  const passages = [passage(SOURCE_FILE, 1, 'Deploy via cloud only.'), passage(SOURCE_FILE, 2, 'We do not know why.')];
  return {
    path: SOURCE_FILE,
    meta: meta('source', 'post', 'post.txt'),
    seedText: 'Deploy via cloud only.\nWe do not know why.\n',
    passages,
    claims: [],
    explicitIds: [],
  };
}

/** A report with one passage and the given claims. */
export function report(claims: ClaimInput[], text = 'They deploy via cloud only, it said.'): DocumentInput {
  return {
    path: REPORT_FILE,
    meta: meta('report', 'report', 'report.txt'),
    seedText: `${text}\n`,
    passages: [passage(REPORT_FILE, 1, text)],
    claims,
    explicitIds: [],
  };
}
