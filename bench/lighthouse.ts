/**
 * Lighthouse (mobile preset) on a page, with Debian's Chromium: the four
 * category scores and the Core Web Vitals it measures in the lab. Runs the
 * current Lighthouse and the 12.8 line the project pinned before, whose
 * audits differ (12.8 still has the legible-font-size audit).
 */
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, chromiumPath, MISSING_CHROMIUM } from '../tests/support/chromium.ts';

/** The Lighthouse packages measured: the current one, and 12.8 installed as `lighthouse-12`. */
export const LIGHTHOUSE_PACKAGES = ['lighthouse', 'lighthouse-12'] as const;

/** A page to audit: whose it is (ours or the peer's), its site's address and its path. */
export interface LighthousePage {
  site: string;
  url: string;
  path: string;
}

/** Lighthouse figures for one page. */
export interface LighthouseFigures {
  lighthouse: string;
  site: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  failing: string;
}

type Run = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<
  | {
      lhr: {
        lighthouseVersion: string;
        categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
        audits: Record<string, { score: number | null; numericValue?: number }>;
      };
    }
  | undefined
>;

/** Audits that cost points: weighted in a category and not passed. */
function failingAudits(lhr: NonNullable<Awaited<ReturnType<Run>>>['lhr']): string {
  const ids = Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id));
  return [...new Set(ids)]
    .filter((id) => {
      const score = lhr.audits[id]?.score;
      return score !== null && score !== undefined && score < 1;
    })
    .join(' ');
}

/** Runs one Lighthouse package once per page, in the order given (interleave the sites so noise falls on both), in one Chromium. */
export async function runLighthouse(pages: readonly LighthousePage[], pkg: (typeof LIGHTHOUSE_PACKAGES)[number] = 'lighthouse'): Promise<LighthouseFigures[]> {
  const chromePath = chromiumPath();
  if (!chromePath) throw new Error(MISSING_CHROMIUM);
  const lighthouse = ((await import(pkg)) as { default: Run }).default;
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  const figures: LighthouseFigures[] = [];
  try {
    for (const { site, url, path } of pages) {
      const lhr = (
        await lighthouse(`${url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        })
      )?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      figures.push({
        lighthouse: lhr.lighthouseVersion,
        site,
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
        failing: failingAudits(lhr),
      });
    }
  } finally {
    chrome.kill();
  }
  return figures;
}
