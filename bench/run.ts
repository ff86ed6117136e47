/**
 * `npm run bench`: performance figures for the site, printed as tables and
 * written to bench/results/latest.json. Not a test: it measures, and says by
 * how much a target is missed. Builds the site first, timing the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-site.ts';
import { folderSize } from '../src/build/files.ts';
import { runLighthouse } from './lighthouse.ts';
import { seedGzip, weighPage } from './page-weight.ts';
import { measureSearch } from './search.ts';

const REPORTS: Record<string, string> = {
  '/reports/openai-reaches-classified-deployment-agreement-with-pentagon-sets/': '000_265bca5c0a58c33e.txt',
  '/reports/openai-secures-pentagon-partnership-for-classified-ai-deployment/': '001_03cfbc33ecc55911.txt',
  '/reports/openai-has-reached-a-deal-to-deploy-its/': '003_3604921ae2a8460e.txt',
};
const PAGES = ['/', '/sources/our-agreement-with-the-department-of-war/', ...Object.keys(REPORTS), '/quotes/', '/search/'];
const JS_BUDGET = 2048;


const started = Date.now();
const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
const buildSeconds = (Date.now() - started) / 1000;
const index = folderSize('dist/pagefind');

const site = await serveStatic();
const browser = await launchChromium();
const weights = [];
for (const path of PAGES) weights.push(await weighPage(browser, site.url, path));
const search = [];
for (const query of ['"Deploy via cloud only"', 'We do not know why Anthropic could not reach this deal', 'Anthropic']) search.push(await measureSearch(browser, site.url, query));
await browser.close();
const lighthouse = await runLighthouse(site.url, PAGES);
await site.close();

const targets = weights.map((w) => {
  const seed = REPORTS[w.path];
  const budget = seed ? 4 * seedGzip(seed) : undefined;
  const reading = w.path !== '/search/';
  return { path: w.path, jsGzip: w.jsGzip, jsTarget: reading ? (w.jsGzip <= JS_BUDGET ? 'met' : `missed by ${w.jsGzip - JS_BUDGET} B`) : 'n/a (search page)', transferGzip: w.totalGzip, transferTarget: budget === undefined ? 'n/a' : w.totalGzip <= budget ? `met (≤ ${budget} B)` : `missed by ${w.totalGzip - budget} B (budget ${budget} B)` };
});
const lighthouseTargets = lighthouse.map((l) => ({ path: l.path, target: [l.performance, l.accessibility, l.bestPractices, l.seo].every((s) => s === 100) ? 'met' : `missed: ${100 - Math.min(l.performance, l.accessibility, l.bestPractices, l.seo)} points below 100 at worst` }));
console.log(`Build (Astro + Pagefind): ${buildSeconds.toFixed(1)} s. Pagefind index: ${(index.bytes / 1024).toFixed(0)} KiB in ${index.files} files.`);
console.table(lighthouse);
console.table(lighthouseTargets);
console.table(weights);
console.table(targets);
console.table(search);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, pagefindIndex: index, lighthouse, weights, targets, search }, null, 2)}\n`);
