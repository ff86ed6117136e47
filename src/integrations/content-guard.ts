/**
 * The build's guard. Before Astro renders anything, the whole corpus is
 * loaded and checked, and every content error is reported at once; pages
 * then read the checked corpus. After the build, the built pages are held to
 * their seeds and the corpus's anchors, and the search index is written. On
 * any problem the output folder is removed, so nothing is ever published
 * wrong or half-built. Under `astro dev` the corpus follows every edit.
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { corpusStore, type CorpusStore } from '../build/corpus-store.ts';
import type { ProjectPaths } from '../build/project-paths.ts';
import { reportRenderer } from '../build/render-report.ts';
import { provideCorpus } from '../data/corpus.ts';
import { provideReportHtml } from '../data/report-html.ts';
import { formatContentErrors, type ContentError } from '../lib/corpus/content-error.ts';
import { reportClaims, type CheckedCorpus } from '../lib/corpus/corpus.ts';
import { builtPageProblems } from './built-pages.ts';
import { watchContent } from './dev-watch.ts';
import { writeHostHeaders } from './host-headers.ts';
import { buildSearchIndex } from './pagefind.ts';

/** Prints the editor's list of content errors and ends the build. */
async function stopOnErrors(errors: readonly ContentError[], logger: AstroIntegrationLogger): Promise<never> {
  // The editor's list alone: thrown, it would come wrapped in Astro's "unhandled error" with a stack trace of the guard.
  logger.error(formatContentErrors(errors));
  // Exit once standard error has drained: where a pipe is written asynchronously, exiting at once could cut the list short.
  return new Promise<never>(() => process.stderr.write('', () => process.exit(1)));
}

/** Holds the built pages to the corpus, then writes the search index and hosting headers; on any problem the output goes. */
async function finishBuild(outDir: string, paths: ProjectPaths, checked: () => CheckedCorpus, base: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    const corpus = checked();
    const problems = builtPageProblems(outDir, paths, corpus);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const records = await buildSearchIndex(outDir, corpus.documents, reportClaims(corpus), base, corpus.captures);
    writeHostHeaders(outDir, base);
    logger.info(`Search index: ${records} passages in ${outDir}pagefind/`);
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}

/** The Astro integration; see the module comment. */
export default function contentGuard(paths: ProjectPaths, base: string): AstroIntegration {
  // Made once Astro says what it is doing: only the dev server shows drafts.
  let store: CorpusStore | undefined;
  const current = () => (store ??= corpusStore(paths, { drafts: false, lock: true })).current();
  return {
    name: 'red-lines:content-guard',
    hooks: {
      // Runs before Astro syncs content, so our messages come before its own schema errors.
      'astro:config:setup': async ({ config, command, logger }) => {
        const outDir = fileURLToPath(config.outDir);
        if (command === 'build' && existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
        if (command === 'preview') return;
        store = corpusStore(paths, { drafts: command === 'dev', lock: true });
        provideCorpus(current);
        provideReportHtml(reportRenderer(paths, base));
        const { errors } = current();
        if (command === 'build' && errors.length > 0) await stopOnErrors(errors, logger);
      },
      'astro:server:setup': ({ server }) => {
        if (store) watchContent(server, paths, store);
      },
      'astro:build:done': ({ dir, logger }) => finishBuild(fileURLToPath(dir), paths, () => current().corpus, base, logger),
    },
  };
}
