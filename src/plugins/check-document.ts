/**
 * What the passages plugin does once a document's passages and claims are
 * found: in extract mode, hand them over; in build mode, check everything,
 * decorate claims and cited passages, and pass the results to the page.
 */
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import type { AnchorLock } from '../lib/sources/anchor-lock.ts';
import { checkClaim } from '../lib/claims/claim-check.ts';
import type { CheckedClaim, ClaimInput, SourceIndex } from '../lib/claims/claim.ts';
import { ContentError } from '../lib/corpus/content-error.ts';
import type { ReportClaim } from '../lib/corpus/corpus.ts';
import type { PassageRecord } from '../lib/sources/passage.ts';
import { duplicateIds, lockErrors, seedDrift, type IdUse } from '../lib/corpus/document-checks.ts';

/** A document's passages and claims as found on its page. */
export interface ExtractedDocument {
  passages: PassageRecord[];
  claims: ClaimInput[];
}

/** The sources and every report's checked claims, for checking and for "cited by". */
export interface Corpus {
  index: SourceIndex;
  claims: ReportClaim[];
}

/** Extract mode: number passages and report them, check nothing (used to build the corpus). */
export interface ExtractOptions {
  mode: 'extract';
  onExtract: (doc: ExtractedDocument) => void;
  relative: (path: string) => string;
}

/** Build mode: the site's own build, with every check. */
export interface BuildOptions {
  mode?: 'build';
  seedsDir: string;
  lockFile: string;
  /** The lock's text and parsed content, read once per build. */
  readLock: () => { text: string; lock: AnchorLock };
  /** Records a document's anchors instead of checking them (the update command). */
  recordAnchors?: ((slug: string, passages: readonly PassageRecord[]) => void) | undefined;
  corpus: () => Corpus;
  base: string;
  relative: (path: string) => string;
}

/** Options of the passages plugin. */
export type PassagesOptions = ExtractOptions | BuildOptions;

interface Frontmatter {
  seed?: string;
  slug?: string;
  kind?: string;
  passages?: unknown;
  claims?: unknown;
}

/** The document's frontmatter as Astro hands it to plugins. */
export function frontmatterOf(file: VFile): Frontmatter {
  const data = file.data as { astro?: { frontmatter?: Frontmatter } };
  return data.astro?.frontmatter ?? {};
}

function claimResults(claims: readonly ClaimInput[], options: BuildOptions, seedText: string): { checked: CheckedClaim[]; errors: ContentError[] } {
  const checked: CheckedClaim[] = [];
  const errors: ContentError[] = [];
  const { index } = options.corpus();
  for (const input of claims) {
    try {
      checked.push(checkClaim(input, index, seedText));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return { checked, errors };
}

/** Build mode: throws every content error of a document at once, or returns its checked claims. */
export function checkDocument(args: { file: VFile; path: string; doc: ExtractedDocument; ids: IdUse[]; options: BuildOptions }): CheckedClaim[] {
  const { file, path, doc, ids, options } = args;
  const frontmatter = frontmatterOf(file);
  const seedText = frontmatter.seed ? readFileSync(`${options.seedsDir}/${frontmatter.seed}`, 'utf8') : '';
  const { checked, errors } = claimResults(doc.claims, options, seedText);
  errors.push(...duplicateIds([...ids, ...checked.map((c) => ({ id: c.id, place: doc.claims.find((i) => i.attributes['id'] === c.id)?.place ?? { file: path } }))]));
  const drift = frontmatter.seed ? seedDrift(path, frontmatter.seed, seedText, doc.passages) : null;
  if (drift) errors.push(drift);
  if (frontmatter.slug && errors.length === 0) {
    if (options.recordAnchors) options.recordAnchors(frontmatter.slug, doc.passages);
    else {
      const { text, lock } = options.readLock();
      errors.push(...lockErrors(frontmatter.slug, doc.passages, { file: options.relative(options.lockFile), text, anchors: lock[frontmatter.slug] }));
    }
  }
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'), { cause: errors[0] });
  frontmatter.passages = doc.passages.map(({ id, text, sentences, artefact }) => ({ id, text, sentences, artefact }));
  frontmatter.claims = checked;
  return checked;
}
