/**
 * `npm run bench`: performance figures for the site, printed as tables and
 * written to bench/results/latest.json. Not a test: it measures, and says by
 * how much a target is missed. Builds the site first, timing the build, and
 * serves it as a host would (its `_headers`, gzip for text).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/support/chromium.ts';
import { folderSize } from '../src/build/files.ts';
import { countingServer } from './counting-server.ts';
import { LIGHTHOUSE_PACKAGES, runLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { seedGzip, weighPage } from './page-weight.ts';
import { engineColdQuery, headerSearch, searchPageSearch, type SearchFigures } from './search.ts';

const REPORTS: Record<string, string> = {
  '/reports/openai-reaches-classified-deployment-agreement-with-pentagon-sets/': '000_265bca5c0a58c33e.txt',
  '/reports/openai-secures-pentagon-partnership-for-classified-ai-deployment/': '001_03cfbc33ecc55911.txt',
  '/reports/openai-has-reached-a-deal-to-deploy-its/': '003_3604921ae2a8460e.txt',
};
const POST = '/sources/our-agreement-with-the-department-of-war/';
const PAGES = ['/', POST, ...Object.keys(REPORTS), '/quotes/', '/search/'];
const JS_BUDGET = 2048;
/** The Starlight peer's cold Pagefind query for this query, measured side by side on the bench machine (see the README). */
const STARLIGHT = { query: '"cleared OpenAI personnel"', coldQueryMs: 145, firstQueryBytes: 100_800 };
/** First search from the header box, Enter to the first result on screen. */
const FIRST_SEARCH_BUDGET_MS = 250;

const started = Date.now();
const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
const buildSeconds = (Date.now() - started) / 1000;
const index = folderSize('dist/pagefind');

const site = await countingServer('dist');
const browser = await launchChromium();
const weights = [];
for (const path of PAGES) weights.push(await weighPage(browser, site.url, path));
const search: SearchFigures[] = [];
for (const query of [STARLIGHT.query, 'Anthropic']) {
  search.push(await headerSearch(browser, site, POST, query, true));
  search.push(await headerSearch(browser, site, POST, query, false));
}
for (const query of ['"Deploy via cloud only"', 'We do not know why Anthropic could not reach this deal', 'Anthropic'])
  search.push(await searchPageSearch(browser, site, query));
const engine = [await engineColdQuery(browser, site, '/search/', STARLIGHT.query), await engineColdQuery(browser, site, POST, STARLIGHT.query)];
await browser.close();
const lighthouse: LighthouseFigures[] = [];
for (const pkg of LIGHTHOUSE_PACKAGES) lighthouse.push(...(await runLighthouse(site.url, PAGES, pkg)));
await site.close();

const targets = weights.map((w) => {
  const seed = REPORTS[w.path];
  const budget = seed ? 4 * seedGzip(seed) : undefined;
  const reading = w.path !== '/search/';
  return {
    path: w.path,
    jsGzip: w.jsGzip,
    jsTarget: reading ? (w.jsGzip <= JS_BUDGET ? 'met' : `missed by ${w.jsGzip - JS_BUDGET} B`) : 'n/a (search page)',
    transferGzip: w.totalGzip,
    transferTarget: budget === undefined ? 'n/a' : w.totalGzip <= budget ? `met (≤ ${budget} B)` : `missed by ${w.totalGzip - budget} B (budget ${budget} B)`,
  };
});
const lighthouseTargets = lighthouse.map((l) => ({
  lighthouse: l.lighthouse,
  path: l.path,
  target: [l.performance, l.accessibility, l.bestPractices, l.seo].every((s) => s === 100)
    ? 'met'
    : `missed: ${100 - Math.min(l.performance, l.accessibility, l.bestPractices, l.seo)} points below 100 at worst (${l.failing})`,
}));
const searchTargets = [
  ...search
    .filter((s) => s.measure.startsWith('header box'))
    .map((s) => ({
      measure: `${s.measure}: ${s.query}`,
      figure: `${s.medianMs} ms`,
      target: s.medianMs <= FIRST_SEARCH_BUDGET_MS ? `met (≤ ${FIRST_SEARCH_BUDGET_MS} ms)` : `missed by ${s.medianMs - FIRST_SEARCH_BUDGET_MS} ms`,
    })),
  ...engine.map((e) => ({
    measure: `${e.measure}: ${e.query}`,
    figure: `${e.medianMs} ms, ${(e.medianMs / STARLIGHT.coldQueryMs).toFixed(2)}× Starlight's ${STARLIGHT.coldQueryMs} ms; ${e.pagefindBytes} B`,
    target: e.medianMs <= STARLIGHT.coldQueryMs / 2 ? 'met (≤ 0.5×)' : 'missed (> 0.5×)',
  })),
];
console.log(`Build (Astro + Pagefind): ${buildSeconds.toFixed(1)} s. Pagefind index: ${(index.bytes / 1024).toFixed(0)} KiB in ${index.files} files.`);
console.table(lighthouse.map(({ failing: _, ...l }) => l));
console.table(lighthouseTargets);
console.table(weights);
console.table(targets);
console.table([...search, ...engine].map(({ runsMs: _, ...s }) => s));
console.table(searchTargets);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, pagefindIndex: index, lighthouse, weights, targets, search, engine, searchTargets }, null, 2)}\n`,
);
