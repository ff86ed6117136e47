/**
 * Issue 14's targets, and the older ones still standing, set against one
 * run's figures: each row says met, or missed and by how much, so the README
 * can quote it as it is.
 */
import type { LighthouseFigures } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchFigures } from './search.ts';

/** A document measured on both sites: our page, the peer's page for the same seed, issue 14's fixed equivalent of 0.25× the peer. */
export interface Document {
  seed: string;
  ours: string;
  peer: string;
  issueBytes: number;
}

/** Each document page at most this share of the peer's page for the same document (issue 14 §2). */
export const WEIGHT_RATIO = 0.25;
/** Pagefind's own cold query at most this share of the peer's (issue 14 §3). */
export const ENGINE_RATIO = 0.5;
/** Enter in the header box to the first result on screen, cold (issue 14 §3). */
export const FIRST_SEARCH_MS = 250;
/** JavaScript before any interaction on a reading page, gzipped. */
export const JS_BUDGET = 2048;

const verdict = (met: boolean, miss: string) => (met ? 'met' : `missed by ${miss}`);
const ratio = (a: number, b: number) => Number((a / b).toFixed(2));

/** Each document's transfer, ours beside the peer's, against 0.25× the peer measured now and the issue's fixed figure. */
export function weightTargets(documents: readonly Document[], ours: readonly PageWeight[], peer: readonly PageWeight[]) {
  return documents.map((doc) => {
    const mine = ours.find((w) => w.path === doc.ours)?.totalGzip ?? Number.NaN;
    const theirs = peer.find((w) => w.path === doc.peer)?.totalGzip ?? Number.NaN;
    const budget = Math.floor(WEIGHT_RATIO * theirs);
    return {
      document: doc.seed.slice(0, 3),
      oursGzip: mine,
      peerGzip: theirs,
      ratio: ratio(mine, theirs),
      target: `≤ ${WEIGHT_RATIO}× (${budget} B)`,
      result: verdict(mine <= budget, `${mine - budget} B`),
      issueTarget: `≤ ${doc.issueBytes} B`,
      issueResult: verdict(mine <= doc.issueBytes, `${mine - doc.issueBytes} B`),
    };
  });
}

/** JavaScript before any interaction on every page but the search page. */
export function jsTargets(ours: readonly PageWeight[]) {
  return ours.map((w) => ({
    path: w.path,
    jsGzip: w.jsGzip,
    result: w.path === '/search/' ? 'n/a (search page)' : verdict(w.jsGzip <= JS_BUDGET, `${w.jsGzip - JS_BUDGET} B`),
  }));
}

/** 100 in all four categories, on every page of ours, on each Lighthouse version. */
export function lighthouseTargets(figures: readonly LighthouseFigures[]) {
  return figures
    .filter((l) => l.site === 'ours')
    .map((l) => {
      const worst = Math.min(l.performance, l.accessibility, l.bestPractices, l.seo);
      return { lighthouse: l.lighthouse, path: l.path, result: worst === 100 ? 'met' : `missed: ${100 - worst} points below 100 at worst (${l.failing})` };
    });
}

/** The first search from the header box (absolute), and Pagefind's cold query against the peer's (ratio). */
export function searchTargets(header: readonly SearchFigures[], engine: { ours: SearchFigures; peer: SearchFigures }) {
  const engineRatio = ratio(engine.ours.medianMs, engine.peer.medianMs);
  return [
    ...header.map((s) => ({
      measure: `${s.measure}: ${s.query}`,
      figure: `${s.medianMs} ms`,
      target: `≤ ${FIRST_SEARCH_MS} ms`,
      result: verdict(s.medianMs <= FIRST_SEARCH_MS, `${s.medianMs - FIRST_SEARCH_MS} ms`),
    })),
    {
      measure: `Pagefind cold query: ${engine.ours.query}`,
      figure: `${engine.ours.medianMs} ms vs the peer's ${engine.peer.medianMs} ms (${engineRatio}×)`,
      target: `≤ ${ENGINE_RATIO}×`,
      result: verdict(engineRatio <= ENGINE_RATIO, `${(engineRatio - ENGINE_RATIO).toFixed(2)}×`),
    },
  ];
}
