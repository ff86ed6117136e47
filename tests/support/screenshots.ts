/**
 * `npm run screenshots`: pictures of the built site at phone and desktop
 * widths, light and dark, for a person to look at (written to /tmp/shots or
 * SHOTS_DIR). Not a test: it asserts nothing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-site.ts';

const pages: Array<[string, string, string?]> = [
  ['home', '/'],
  ['post', '/sources/our-agreement-with-the-department-of-war/#p42'],
  ['report', '/reports/openai-has-reached-a-deal-to-deploy-its/'],
  ['report-note', '/reports/openai-has-reached-a-deal-to-deploy-its/', 'c12'],
  ['quotes', '/quotes/'],
  ['methodology', '/methodology/'],
];
const out = process.env['SHOTS_DIR'] ?? '/tmp/shots';
mkdirSync(out, { recursive: true });
const site = await serveStatic();
const browser = await launchChromium();
for (const [name, path, claim] of pages) {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 1000 }, colorScheme });
      await page.goto(`${site.url}${path}`);
      if (claim) await page.locator(`#${claim} + .claim-mark > button`).click();
      await page.screenshot({ path: join(out, `${name}-${width}-${colorScheme}.png`), fullPage: !claim });
      await page.close();
    }
  }
}
await browser.close();
await site.close();
console.log(`Screenshots in ${out}`);
