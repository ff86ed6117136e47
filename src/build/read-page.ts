/**
 * Reads one document page the way the site renders it: its MDX body through
 * remark and the same rehype plugins Astro runs, so the passages and claims
 * recorded here are the ones readers see. Problems come back as content
 * errors at their place; nothing is thrown.
 */
import { VFile } from 'vfile';
import type { ClaimInput } from '../lib/claims/claim.ts';
import { ContentError } from '../lib/corpus/content-error.ts';
import type { IdUse } from '../lib/corpus/corpus.ts';
import type { PassageRecord } from '../lib/sources/passage.ts';
import { readingPlugins } from '../plugins/document-plugins.ts';
import { mdxHast } from '../plugins/mdx-hast.ts';
import type { PageFrontmatter } from '../plugins/file-data.ts';

/** What a page holds, as the plugins recorded it. */
export interface PageReading {
  passages: PassageRecord[];
  claims: ClaimInput[];
  explicitIds: IdUse[];
  errors: ContentError[];
}

// The plugins record what the corpus needs on the file as they walk it; the tree itself is not kept.
const read = mdxHast(readingPlugins);

/** The MDX body of a page with its frontmatter blanked out, so line numbers stay true to the file. */
export function mdxBody(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---/, (m) => '\n'.repeat(m.split('\n').length - 1));
}

function syntaxError(path: string, error: unknown): ContentError {
  const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
  return new ContentError(
    { file: path, line, column },
    `Malformed MDX: ${reason ?? String(error)}.`,
    'Close every tag you open, and write a literal `<` or `{` in text as `\\<` or `\\{`.',
    'mdx:syntax',
  );
}

/** Reads a page's body (frontmatter already blanked, see `mdxBody`) into its passages, claims and ids. */
export function readPage(path: string, body: string, frontmatter: PageFrontmatter): PageReading {
  const file = new VFile({ value: body, path, data: { astro: { frontmatter } } });
  try {
    read(file);
  } catch (error) {
    return { passages: [], claims: [], explicitIds: [], errors: [syntaxError(path, error)] };
  }
  const errors = file.messages.map(
    (m) => new ContentError({ file: path, line: m.line ?? undefined, column: m.column ?? undefined }, `${m.reason}.`, m.note ?? '', `${m.source}:${m.ruleId}`),
  );
  return { passages: file.data.passages ?? [], claims: file.data.claims ?? [], explicitIds: file.data.explicitIds ?? [], errors };
}
