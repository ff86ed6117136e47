/**
 * `npm run bench:index -- N`: the search index alone at N synthetic reports,
 * in a minute rather than the half hour a full `bench:scale` build takes.
 * Generates the corpus (bench/scale-corpus.ts), reads it with the real
 * pipeline, writes the index with the real `buildSearchIndex`, then runs the
 * site's own search code in Chromium against it, served as a host would
 * (gzip for text), and counts what each first query fetches. Prints a table
 * and writes bench/results/index-N.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadCorpus } from '../src/build/load-corpus.ts';
import { folderSize } from '../src/build/files.ts';
import { projectPaths } from '../src/build/project-paths.ts';
import { reportClaims } from '../src/lib/corpus/corpus.ts';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { countingServer, type CountingServer } from './counting-server.ts';
import { writeScaleCorpus } from './scale-corpus.ts';

const QUERIES = ['"Deploy via cloud only"', 'Anthropic', 'intelligence agencies', 'We do not know why Anthropic could not reach this deal'];
/** Pagefind's own reference for the first query on a 10,000-page site. */
const BUDGET_BYTES = 300_000;

const n = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(n) || n < 1) throw new Error('Usage: npm run bench:index -- N (a whole number of reports)');

/** Which part of Pagefind's bundle a path is. */
function part(path: string): string {
  if (/\/(index|fragment|filter)\//.test(path)) return path.split('/')[2] ?? 'other';
  if (path.endsWith('.pf_meta')) return 'metadata';
  return 'engine';
}

async function firstQuery(server: CountingServer, browser: Awaited<ReturnType<typeof launchChromium>>, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  const from = server.sent.length;
  const outcome = await page.evaluate(async (q) => {
    const url = '/bench-client.js';
    const client = (await import(/* @vite-ignore */ url)) as typeof import('../src/scripts/passage-search.ts');
    const started = performance.now();
    const found = await client.searchPassages('/', q, {});
    return {
      ms: performance.now() - started,
      passages: found.passages.length,
      first: found.passages[0]?.href ?? '',
      primaryFirst: found.passages[0]?.primary ?? false,
      documents: found.documents.total,
    };
  }, query);
  await context.close();
  const sent = server.sent.slice(from).filter((s) => s.path.startsWith('/pagefind/'));
  const parts: Record<string, number> = {};
  for (const s of sent) parts[part(s.path)] = (parts[part(s.path)] ?? 0) + s.bytes;
  const bytes = sent.reduce((sum, s) => sum + s.bytes, 0);
  return {
    query,
    ms: Math.round(outcome.ms),
    bytes,
    kib: Math.round(bytes / 1024),
    requests: sent.length,
    ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [`${k}KiB`, Math.round(v / 1024)])),
    passages: outcome.passages,
    documents: outcome.documents,
    postFirst: outcome.primaryFirst,
    target: bytes <= BUDGET_BYTES ? 'met' : `missed by ${bytes - BUDGET_BYTES} B`,
  };
}

const dir = mkdtempSync(join(tmpdir(), `rla-index-${n}-`));
try {
  writeScaleCorpus(dir, n);
  const { corpus, errors } = loadCorpus(projectPaths(dir), { drafts: false, lock: false });
  if (errors.length > 0) throw new Error(`The synthetic corpus has ${errors.length} content errors; the first: ${errors[0]?.message}`);
  const { documents } = corpus;
  const claims = reportClaims(corpus);
  const outDir = join(dir, 'dist');
  const started = Date.now();
  const passages = await buildSearchIndex(outDir, documents, claims, '/', corpus.captures);
  const indexSeconds = (Date.now() - started) / 1000;
  await build({
    entryPoints: ['src/scripts/passage-search.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(outDir, 'bench-client.js'),
    logLevel: 'error',
  });
  const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Index bench</title></head><body></body></html>';
  for (const file of ['index.html', '404.html']) writeFileSync(join(outDir, file), page);
  const index = folderSize(join(outDir, 'pagefind'));
  const server = await countingServer(outDir);
  const browser = await launchChromium();
  const queries = [];
  for (const query of QUERIES) queries.push(await firstQuery(server, browser, query));
  await browser.close();
  await server.close();
  const figures = { reports: n, records: documents.length, passages, indexSeconds, pagefindKiB: Math.round(index.bytes / 1024), pagefindFiles: index.files };
  console.table([figures]);
  console.table(queries);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/index-${n}.json`, `${JSON.stringify({ date: new Date().toISOString(), ...figures, queries }, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
