/**
 * The build's guard: content is checked before Astro starts; after it
 * finishes, the built pages are checked against their seeds and the search
 * index is written. On any problem the output folder is removed, so nothing
 * is ever published wrong or half-built.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { filesUnder } from '../build/files.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { compareText } from '../lib/sources/fidelity.ts';
import { findByData, sourceTextOf } from '../lib/sources/page-text.ts';
import type { CorpusCache } from '../build/corpus-cache.ts';
import { writeHostHeaders } from './host-headers.ts';
import { buildSearchIndex } from './pagefind.ts';
import { preflight } from '../build/preflight.ts';
import type { ProjectPaths } from '../build/project-paths.ts';

/** Problems where a built page's text differs from its seed: the guard against rendering that rewrites words. */
export function builtPageDrift(outDir: string, paths: ProjectPaths): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(outDir).filter((path) => path.endsWith('.html'))) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const region = findByData(tree, 'dataSourceText');
    const seed = region?.properties['dataSeed'];
    if (!region || typeof seed !== 'string') continue;
    const divergence = compareText(readFileSync(join(paths.seeds, seed), 'utf8'), sourceTextOf(region));
    if (divergence) problems.push(`${file}: Built text differs from seed \`${seed}\`: expected “${divergence.expected}”, found “${divergence.found}”. Something in rendering rewrote words (SmartyPants, compressHTML, a component); turn it off.`);
  }
  return problems;
}

/** The Astro integration; see the module comment. */
export default function contentGuard(paths: ProjectPaths, base: string, cache: CorpusCache): AstroIntegration {
  return {
    name: 'red-lines:content-guard',
    hooks: {
      // Runs before Astro syncs content, so our messages come before its own schema errors.
      'astro:config:setup': ({ config, command }) => {
        const outDir = fileURLToPath(config.outDir);
        if (command === 'build' && existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
        if (command === 'preview') return;
        const errors = preflight(paths);
        if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const problems = builtPageDrift(outDir, paths);
          if (problems.length > 0) throw new Error(problems.join('\n'));
          const records = await buildSearchIndex(outDir, cache.documents(), cache.corpus().claims, base);
          writeHostHeaders(outDir, base);
          logger.info(`Search index: ${records} passages in ${outDir}pagefind/`);
        } catch (error) {
          rmSync(outDir, { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
