/**
 * `npm run bench`: the site's performance figures beside its peer's
 * (Starlight with its defaults on the same four seeds, bench/peer.ts),
 * measured side by side in one run, interleaved page by page so that the
 * machine's noise falls on both. Prints tables and writes
 * bench/results/latest.json, each target met or missed. Not a test: it
 * measures, and says by how much a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium.ts';
import { folderSize } from '../src/build/files.ts';
import { countingServer, type CountingServer } from './counting-server.ts';
import { LIGHTHOUSE_PACKAGES, runLighthouse, type LighthouseFigures, type LighthousePage } from './lighthouse.ts';
import { weighPage, type PageWeight } from './page-weight.ts';
import { peerColdQuery, peerServe, preparePeer, type Peer, type PeerServer } from './peer.ts';
import { headerSearch, median, searchPageSearch, type SearchFigures } from './search.ts';
import { jsTargets, lighthouseTargets, searchTargets, weightTargets, type Document } from './targets.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
/** The four documents, each with issue 14's figure for 0.25× the peer when it was filed. */
const DOCUMENTS: Document[] = [
  { seed: '000_265bca5c0a58c33e.txt', ours: '/reports/openai-reaches-classified-deployment-agreement-with-pentagon-sets/', peer: '/000/', issueBytes: 13_000 },
  { seed: '001_03cfbc33ecc55911.txt', ours: '/reports/openai-secures-pentagon-partnership-for-classified-ai-deployment/', peer: '/001/', issueBytes: 13_300 },
  { seed: '002_b1635164cf9d6a8a.txt', ours: POST, peer: '/002/', issueBytes: 13_600 },
  { seed: '003_3604921ae2a8460e.txt', ours: '/reports/openai-has-reached-a-deal-to-deploy-its/', peer: '/003/', issueBytes: 12_800 },
];
/** Our pages that have no counterpart on the peer. */
const OTHER_PAGES = ['/', '/quotes/', '/search/'];
/** The query the peer's search.mjs times; the header box is timed with it too, and with a word that matches much. */
const QUERIES = ['"cleared OpenAI personnel"', 'Anthropic'];
/** Time added to each request for the header box's first search on a connection further away than loopback. */
const ROUND_TRIP_MS = 80;
/** Rounds of the cold-query comparison, peer then ours in each. */
const ENGINE_ROUNDS = 5;

function buildOurs(): { buildSeconds: number; pagefindIndex: { bytes: number; files: number } } {
  const started = Date.now();
  const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  return { buildSeconds: (Date.now() - started) / 1000, pagefindIndex: folderSize('dist/pagefind') };
}

/** Every page of ours, each document right after the peer's page for the same seed. */
async function weighSideBySide(browser: Browser, site: CountingServer, peer: Peer, peerSite: PeerServer) {
  const ours: PageWeight[] = [];
  const theirs: PageWeight[] = [];
  for (const doc of DOCUMENTS) {
    theirs.push(await weighPage(browser, peerSite.url, doc.peer, peer.dist));
    ours.push(await weighPage(browser, site.url, doc.ours));
  }
  for (const path of OTHER_PAGES) ours.push(await weighPage(browser, site.url, path));
  return { ours, theirs };
}

/**
 * Our first searches: from the header box of the post (Enter at once and after a pause, and at once over a slower
 * connection, which has no target), and the search page opened with a query.
 */
async function searchOurs(browser: Browser, site: CountingServer) {
  const header: SearchFigures[] = [];
  const distant: SearchFigures[] = [];
  for (const query of QUERIES) {
    header.push(await headerSearch(browser, site, POST, query));
    header.push(await headerSearch(browser, site, POST, query, { pause: true }));
    distant.push(await headerSearch(browser, site, POST, query, { roundTripMs: ROUND_TRIP_MS }));
  }
  const searchPage: SearchFigures[] = [];
  for (const query of ['"Deploy via cloud only"', 'We do not know why Anthropic could not reach this deal', 'Anthropic'])
    searchPage.push(await searchPageSearch(browser, site, query));
  return { header, distant, searchPage };
}

/** Pagefind's cold query on the same document of each site, both served by the peer's serve.mjs and timed by its search.mjs, alternating. */
async function engineSideBySide(peer: Peer, peerSite: PeerServer) {
  const ourSite = await peerServe(peer, 'dist', 'ours');
  const doc = DOCUMENTS[0] as Document;
  const runs = { peer: [] as ReturnType<typeof peerColdQuery>[], ours: [] as ReturnType<typeof peerColdQuery>[] };
  try {
    for (let round = 0; round < ENGINE_ROUNDS; round++) {
      runs.peer.push(peerColdQuery(peer, peerSite, doc.peer));
      runs.ours.push(peerColdQuery(peer, ourSite, doc.ours));
    }
  } finally {
    ourSite.close();
  }
  const figures = (side: 'peer' | 'ours', path: string): SearchFigures => {
    const all = runs[side];
    const first = all[0];
    if (!first) throw new Error('No cold query was measured');
    const runsMs = all.map((r) => Math.round(r.coldTotalMsAll[0] ?? Number.NaN));
    return {
      measure: `Pagefind cold query, ${side} ${path} (peer's serve.mjs + search.mjs)`,
      query: first.query,
      medianMs: median(runsMs),
      runsMs,
      pagefindBytes: first.bytesFirstQuery_serverBodies,
      pagefindRequests: first.filesFirstQuery.length,
    };
  };
  return { peer: figures('peer', doc.peer), ours: figures('ours', doc.ours) };
}

/** Each Lighthouse version on every page of ours and the peer's document pages: peer page, our page for the same document, … */
async function lighthouseSideBySide(site: CountingServer, peerSite: PeerServer): Promise<LighthouseFigures[]> {
  const pages: LighthousePage[] = DOCUMENTS.flatMap((doc) => [
    { site: 'peer', url: peerSite.url, path: doc.peer },
    { site: 'ours', url: site.url, path: doc.ours },
  ]);
  for (const path of OTHER_PAGES) pages.push({ site: 'ours', url: site.url, path });
  const figures: LighthouseFigures[] = [];
  for (const pkg of LIGHTHOUSE_PACKAGES) figures.push(...(await runLighthouse(pages, pkg)));
  return figures;
}

/** Prints the tables and writes bench/results/latest.json. */
function report(
  results: Record<string, unknown> & {
    buildSeconds: number;
    pagefindIndex: { bytes: number; files: number };
    lighthouse: LighthouseFigures[];
    weights: PageWeight[];
    peerWeights: PageWeight[];
    search: SearchFigures[];
    engine: { peer: SearchFigures; ours: SearchFigures };
  },
): void {
  console.log(
    `Build (Astro + Pagefind): ${results.buildSeconds.toFixed(1)} s. Pagefind index: ${(results.pagefindIndex.bytes / 1024).toFixed(0)} KiB in ${results.pagefindIndex.files} files.`,
  );
  console.table(results.lighthouse.map(({ failing: _, ...l }) => l));
  console.table(results['lighthouseTargets']);
  console.table([...results.peerWeights.map((w) => ({ site: 'peer', ...w })), ...results.weights.map((w) => ({ site: 'ours', ...w }))]);
  console.table(results['documents']);
  console.table(results['jsTargets']);
  console.table([...results.search, results.engine.peer, results.engine.ours].map(({ runsMs: _, ...s }) => s));
  console.table(results['searchTargets']);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
}

// The peer first, so that a missing PEER_DIR fails before a build is spent.
const peer = preparePeer();
const ours = buildOurs();
const site = await countingServer('dist');
const peerSite = await peerServe(peer, peer.dist, 'peer');
try {
  const browser = await launchChromium();
  const weights = await weighSideBySide(browser, site, peer, peerSite);
  const search = await searchOurs(browser, site);
  await browser.close();
  const engine = await engineSideBySide(peer, peerSite);
  const lighthouse = await lighthouseSideBySide(site, peerSite);
  report({
    date: new Date().toISOString(),
    peer: { dir: peer.dir, site: peer.site },
    ...ours,
    lighthouse,
    lighthouseTargets: lighthouseTargets(lighthouse),
    weights: weights.ours,
    peerWeights: weights.theirs,
    documents: weightTargets(DOCUMENTS, weights.ours, weights.theirs),
    jsTargets: jsTargets(weights.ours),
    search: [...search.header, ...search.distant, ...search.searchPage],
    engine,
    searchTargets: searchTargets(search.header, engine),
  });
} finally {
  peerSite.close();
  await site.close();
}
