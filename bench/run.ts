/**
 * `npm run bench`: performance figures for the built site, printed as a
 * table and written to bench/results/latest.json. Not a test: it measures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-site.ts';
import { measureSearch } from './search.ts';

const site = await serveStatic();
const browser = await launchChromium();
const search = [];
for (const query of ['"Deploy via cloud only"', 'We do not know why Anthropic could not reach this deal', 'Anthropic']) search.push(await measureSearch(browser, site.url, query));
await browser.close();
await site.close();
console.table(search);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), search }, null, 2)}\n`);
