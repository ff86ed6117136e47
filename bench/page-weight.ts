/**
 * What a page costs to load before any interaction: every resource Chromium
 * fetches, grouped by type, in raw bytes and gzipped (as a host would send).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** Bytes of one page by resource type. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  images: number;
  other: number;
  totalGzip: number;
  jsGzip: number;
}

type ByteField = 'html' | 'css' | 'js' | 'fonts' | 'images' | 'other';
const TYPE: Record<string, ByteField> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'images' };

/** Loads a page and weighs what it fetched, reading each file from `dist` (ours or the peer's) for its gzipped size. */
export async function weighPage(browser: Browser, siteUrl: string, path: string, dist = 'dist'): Promise<PageWeight> {
  const page = await browser.newPage();
  const resources: Array<{ type: string; url: string }> = [];
  page.on('requestfinished', (request) => resources.push({ type: request.resourceType(), url: request.url() }));
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  await page.close();
  const weight: PageWeight = { path, html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0, totalGzip: 0, jsGzip: 0 };
  for (const { type, url } of resources) {
    const pathname = new URL(url).pathname;
    const bytes = readFileSync(`${dist}${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    const key = TYPE[type] ?? 'other';
    const gzip = gzipSync(bytes, { level: 9 }).length;
    weight[key] += bytes.length;
    weight.totalGzip += gzip;
    if (key === 'js') weight.jsGzip += gzip;
  }
  return weight;
}

/** The gzipped size of a seed, the yardstick for a report page's weight. */
export function seedGzip(seed: string): number {
  return gzipSync(readFileSync(`seeds/${seed}`), { level: 9 }).length;
}
