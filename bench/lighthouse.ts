/**
 * Lighthouse (mobile preset) on a page, with Debian's Chromium: the four
 * category scores and the Core Web Vitals it measures in the lab.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath, MISSING_CHROMIUM } from '../tests/support/chromium.ts';

/** Lighthouse figures for one page. */
export interface LighthouseFigures {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Runs Lighthouse once per page, in one Chromium. */
export async function runLighthouse(siteUrl: string, paths: readonly string[]): Promise<LighthouseFigures[]> {
  const chromePath = chromiumPath();
  if (!chromePath) throw new Error(MISSING_CHROMIUM);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  const figures: LighthouseFigures[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${siteUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      figures.push({ path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lcpMs: Math.round(audit('largest-contentful-paint')), tbtMs: Math.round(audit('total-blocking-time')), cls: Number(audit('cumulative-layout-shift').toFixed(3)) });
    }
  } finally {
    await chrome.kill();
  }
  return figures;
}
