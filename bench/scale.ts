/**
 * `npm run bench:scale -- N`: builds a synthetic corpus of N annotated reports
 * with the real pipeline and measures build time, pages per second, peak
 * memory, the Pagefind index, and a first search in Chromium. Prints a table
 * and writes bench/results/scale-N.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { folderSize } from '../src/build/files.ts';
import { writeScaleCorpus } from './scale-corpus.ts';
import { countingServer } from './counting-server.ts';
import { searchPageSearch } from './search.ts';

const n = Number(process.argv[2] ?? 100);
if (!Number.isInteger(n) || n < 1) throw new Error('Usage: npm run bench:scale -- N (a whole number of reports)');

/** The build's heap limit in MiB: `RLA_HEAP_MB`, 2,048 unless set. */
const heapMiB = Number(process.env['RLA_HEAP_MB'] ?? 2048);
const dir = mkdtempSync(join(tmpdir(), `rla-scale-${n}-`));
const generated = Date.now();
writeScaleCorpus(dir, n);
const generateSeconds = (Date.now() - generated) / 1000;
const outDir = join(dir, 'dist');
const started = Date.now();
// GNU time reports the build's peak resident memory (children included).
const build = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'astro', 'build'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
  env: {
    ...process.env,
    RLA_PROJECT_DIR: dir,
    RLA_OUT_DIR: outDir,
    RLA_CACHE_DIR: join(dir, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    // A heap limit near what the build needs: at 16 GB V8 let garbage pile up to several times the live heap
    // before collecting, and the peak measured that, not the build (1,000 reports: 1,649 MiB at 16 GB, 1,207 at 1 GB).
    NODE_OPTIONS: `--max-old-space-size=${heapMiB}`,
    // Rolldown's allocator (mimalloc) otherwise commits whole 1 GiB arenas and keeps the pages the bundling freed,
    // so the rest of the build ran with them resident (2,000 reports, 1 GB heap: peak 1,563 MiB, 1,060 MiB with these two).
    MIMALLOC_ARENA_EAGER_COMMIT: '0',
    MIMALLOC_PURGE_DELAY: '0',
  },
});
const buildSeconds = (Date.now() - started) / 1000;
if (build.status !== 0) throw new Error(`build failed at N=${n}:\n${build.stderr.slice(-4000)}`);
const peakMiB = Number(build.stderr.trim().split('\n').at(-1)) / 1024;
const pages = folderSize(outDir).files;
const index = folderSize(join(outDir, 'pagefind'));
const site = await countingServer(outDir);
const browser = await launchChromium();
const search = await searchPageSearch(browser, site, '"Deploy via cloud only"');
await browser.close();
await site.close();
rmSync(dir, { recursive: true, force: true });

const figures = {
  reports: n,
  heapMiB,
  generateSeconds,
  buildSeconds,
  files: pages,
  filesPerSecond: Number((pages / buildSeconds).toFixed(1)),
  msPerReport: Number(((buildSeconds * 1000) / n).toFixed(1)),
  peakMiB: Math.round(peakMiB),
  pagefindKiB: Math.round(index.bytes / 1024),
  pagefindFiles: index.files,
  firstQueryMs: search.medianMs,
  firstQueryKiB: Math.round(search.pagefindBytes / 1024),
};
console.table([figures]);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/scale-${n}.json`, `${JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2)}\n`);
