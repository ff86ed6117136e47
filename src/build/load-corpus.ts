/**
 * Reads every document page through the same unified pipeline Astro's MDX
 * uses, with the passages plugin in extract mode, to build the corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { CorpusDocument } from '../lib/corpus/corpus.ts';
import { KIND_FOLDERS } from '../lib/sources/document-schema.ts';
import { ContentError } from '../lib/corpus/content-error.ts';
import { readFrontmatter } from '../lib/sources/frontmatter.ts';
import rehypePassages from '../plugins/rehype-passages.ts';
import type { ExtractedDocument } from '../plugins/check-document.ts';
import { displayPath, type ProjectPaths } from './project-paths.ts';

/** MDX node types that remark-rehype must pass through untouched. */
export const MDX_NODES: RemarkRehypeOptions['passThrough'] = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** Runs the passages plugin in extract mode over one page's MDX body. */
export function extractDocument(path: string, body: string, frontmatter: Record<string, unknown>): ExtractedDocument {
  let extracted: ExtractedDocument = { passages: [], claims: [] };
  const options = { mode: 'extract' as const, onExtract: (doc: ExtractedDocument) => (extracted = doc), relative: () => path };
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkRehype, { passThrough: MDX_NODES }).use(rehypePassages, options);
  const file = new VFile({ value: body, path, data: { astro: { frontmatter } } });
  processor.runSync(processor.parse(file), file);
  return extracted;
}

/** The MDX body of a page with its frontmatter blanked out, so line numbers stay true to the file. */
export function mdxBody(source: string): string {
  return source.replace(/^---[\s\S]*?\n---/, (m) => '\n'.repeat(m.split('\n').length - 1));
}

/** A syntax error in a page's MDX as a ContentError at its line, or null when the page parses. */
export function mdxSyntaxError(path: string, source: string): ContentError | null {
  try {
    unified().use(remarkParse).use(remarkMdx).parse(mdxBody(source));
    return null;
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    return new ContentError({ file: path, line, column }, `Malformed MDX: ${reason ?? String(error)}.`, 'Close every tag you open, and write a literal `<` or `{` in text as `\\<` or `\\{`.', 'mdx:syntax');
  }
}

/** Every document of the project; pages with invalid frontmatter are left to the pre-flight check. */
export function loadCorpus(paths: ProjectPaths): CorpusDocument[] {
  return Object.values(KIND_FOLDERS).flatMap((folder) => {
    const dir = join(paths.content, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => {
        const path = displayPath(paths, join(dir, name));
        const source = readFileSync(join(dir, name), 'utf8');
        try {
          const meta = readFrontmatter(path, source, folder);
          const body = mdxBody(source);
          const seedText = readFileSync(join(paths.seeds, meta.seed), 'utf8');
          return [{ path, meta, seedText, ...extractDocument(path, body, { ...meta }) }];
        } catch {
          return [];
        }
      });
  });
}
