/**
 * `npm run suggest:eval [-- --held-out] [--verbose]`
 * Measures the drafts of `npm run suggest` against annotated reports: the
 * site's own reports and the tuning fixtures, and with --held-out the
 * reports kept aside while the suggester was tuned (judge the targets on those).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../build/read-content.ts';
import { mdxBody, readPage } from '../build/read-page.ts';
import { displayPath, projectPaths } from '../build/project-paths.ts';
import { checkClaim } from '../lib/claims/claim-check.ts';
import type { ClaimInput } from '../lib/claims/claim.ts';
import { sourceIndex } from '../lib/corpus/source-index.ts';
import { addScores, draftIsRight, scoreDrafts, type GoldClaim, type SuggestScores } from '../lib/authoring/suggest-eval.ts';
import { draftReport } from '../lib/authoring/draft-report.ts';
import type { PassageRecord } from '../lib/sources/passage.ts';
import { seedNumber } from '../lib/sources/seed-name.ts';
import { corpusPool, pageKinds } from './suggest-pool.ts';

const { values } = parseArgs({ options: { 'held-out': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });
const paths = projectPaths();
// The documents as written (claims before their checks): the answer key is the editors' own annotation.
const corpus = readContent(paths, { drafts: true }).inputs;
const pool = corpusPool(paths, corpus);
const index = sourceIndex(corpus);
const FIXTURES = join(paths.root, 'tests/fixtures/suggest-eval');

interface Report {
  set: string;
  name: string;
  path: string;
  passages: PassageRecord[];
  claims: ClaimInput[];
}

function goldOf(report: Report): GoldClaim[] {
  const cursor = new Map<string, number>();
  return report.claims.map((claim) => {
    const text = report.passages.find((p) => p.id === claim.passage)?.text ?? '';
    const start = Math.max(0, text.indexOf(claim.text, cursor.get(claim.passage) ?? 0));
    cursor.set(claim.passage, start + claim.text.length);
    const cites = (claim.attributes['cites'] ?? '').split(/\s+/).filter(Boolean);
    return {
      passage: claim.passage,
      start,
      end: start + claim.text.length,
      verdict: claim.attributes['verdict'] ?? '',
      cites,
      isQuote: /["“”]/.test(claim.text),
    };
  });
}

function fixtureReports(set: string): Report[] {
  const dir = join(FIXTURES, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .map((name) => {
      const path = displayPath(paths, join(dir, name));
      const doc = readPage(path, mdxBody(readFileSync(join(dir, name), 'utf8')), {});
      // The answer key must itself pass the build's checks, or the measure means nothing.
      const text = doc.passages.map((p) => p.text).join('\n');
      for (const claim of doc.claims) checkClaim(claim, index, text);
      return { set, name: name.replace(/\.mdx$/, ''), path, ...doc };
    });
}

const reports: Report[] = [
  ...corpus
    .filter((d) => d.meta.kind === 'report')
    .map((d) => ({ set: 'site', name: seedNumber(d.meta.seed) ?? d.meta.seed, path: d.path, passages: d.passages, claims: d.claims })),
  ...fixtureReports('tuning'),
  ...(values['held-out'] ? fixtureReports('held-out') : []),
];

const pct = (a: number, b: number) => (b === 0 ? '  –' : `${Math.round((100 * a) / b)} %`.padStart(5));
const row = (name: string, s: SuggestScores) =>
  `${name.padEnd(30)} ${String(s.drafts).padStart(6)} ${String(s.nonClaimDrafts).padStart(8)} ${pct(s.right, s.drafts)}  ${String(s.citedClaims).padStart(6)} ${pct(s.top3, s.citedClaims)}  ${`${s.postQuotesVerdict}/${s.postQuotes}`.padStart(7)} ${`${s.otherQuotesMatched}/${s.otherQuotes}`.padStart(7)}`;

console.log(
  `${'report'.padEnd(30)} ${'drafts'.padStart(6)} ${'no claim'.padStart(8)} ${'top-1'.padStart(5)}  ${'claims'.padStart(6)} ${'top-3'.padStart(5)}  ${'quotes'.padStart(7)} ${'others'.padStart(7)}`,
);
const bySet = new Map<string, SuggestScores[]>();
for (const report of reports) {
  const gold = goldOf(report);
  const drafted = draftReport(report.passages, pageKinds(paths, report.path), pool);
  const scores = scoreDrafts(gold, drafted, index.defaultSource);
  bySet.set(report.set, [...(bySet.get(report.set) ?? []), scores]);
  console.log(row(`${report.set}/${report.name}`.slice(0, 30), scores));
  if (values.verbose && (report.set !== 'held-out' || values['held-out'])) {
    for (const { passage, drafts } of drafted) {
      for (const d of drafts) {
        const claim = gold.find((g) => g.passage === passage && g.start < d.end && g.end > d.start);
        const mark = !claim ? 'NO CLAIM' : draftIsRight(d, claim, index.defaultSource) ? 'ok' : `WRONG (gold ${claim.verdict} ${claim.cites.join(' ')})`;
        if (mark !== 'ok')
          console.log(
            `   ${passage} ${mark}: ${d.verdict ?? ''} ${d.cites.join(' ')} [${d.offered.map((o) => `${o.anchor} ${o.fit.toFixed(2)}/${o.score.toFixed(2)}`).join(', ')}] “${d.words.slice(0, 70)}”`,
          );
      }
    }
    for (const g of gold) {
      const draft = drafted.find((d) => d.passage === g.passage)?.drafts.find((d) => d.start < g.end && d.end > g.start);
      if (!draft) console.log(`   ${g.passage} MISSED ${g.verdict} ${g.cites.join(' ')}`);
    }
  }
}
for (const [set, scores] of bySet) console.log(row(`all ${set}`, addScores(scores)));
console.log(
  'top-1: right drafts / all drafts (drafts for sentences with no claim count as wrong); top-3: claims citing a\npassage whose draft offers one in its top three; quotes: quotations of the post with the right verdict drafted;\nothers: quotations of other speakers wrongly matched to the post.',
);
