/**
 * `npm run suggest -- content/reports/FILE.mdx [--write]`
 * Drafts annotations for a report: each quotation checked against the post,
 * each sentence that makes a claim with the passages that fit it best (or
 * `not-in-post`). Prints them; with --write also wraps the report's own words
 * in draft `<Claim>`s in the file, skipping anything already annotated.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readContent } from '../build/read-content.ts';
import { mdxBody, readPage } from '../build/read-page.ts';
import { projectPaths } from '../build/project-paths.ts';
import { blockKinds } from '../lib/authoring/mdx-structure.ts';
import { draftReport } from '../lib/authoring/draft-report.ts';
import { formatDrafts } from '../lib/authoring/suggest-report.ts';
import { nextClaimNumber, openTag } from '../lib/authoring/draft-tags.ts';
import { wrapClaims, type Wrap } from '../lib/authoring/wrap-claims.ts';
import { corpusPool } from './suggest-pool.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { write: { type: 'boolean', default: false } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run suggest -- content/reports/FILE.mdx [--write]');
  process.exit(2);
}
const paths = projectPaths();
const pool = corpusPool(paths, readContent(paths, { drafts: true }).inputs);
const source = readFileSync(file, 'utf8');
const body = mdxBody(source);
const report = readPage(file, body, {});
const drafted = draftReport(report.passages, blockKinds(body), pool);

const passageText = (anchor: string) => pool.sources[0]?.passages.flatMap((p) => [p, ...p.sentences]).find((p) => p.anchor === anchor)?.text;
console.log(formatDrafts(drafted, passageText));

if (values.write) {
  const wraps: Wrap[] = drafted.flatMap(({ passage, drafts }) => {
    const { place, text } = report.passages.find((p) => p.id === passage) ?? { place: {}, text: '' };
    if (place.line === undefined || place.column === undefined) return [];
    return drafts.map((d) => ({ line: place.line ?? 0, column: place.column ?? 0, passageText: text, start: d.start, end: d.end, openTag: openTag(d, 0) }));
  });
  const result = wrapClaims(source, body, wraps);
  // The drafts are numbered in reading order after the page's highest id; `c0` is never a real id.
  let id = nextClaimNumber(source);
  writeFileSync(
    file,
    result.source.replace(/<Claim id="c0"/g, () => `<Claim id="c${id++}"`),
  );
  const annotated = result.skipped.filter((s) => s.reason === 'already annotated').length;
  console.log(`\nWrote ${result.written.length} draft <Claim>s into ${file}${annotated ? `; ${annotated} spans already annotated, left alone` : ''}.`);
  for (const { wrap, reason } of result.skipped.filter((s) => s.reason !== 'already annotated'))
    console.log(`Skipped “${wrap.passageText.slice(wrap.start, wrap.end)}”: ${reason}.`);
  console.log('Next: in each draft choose the verdict (CHOOSE), check the cites, replace WRITE A NOTE; then npm run build.');
}
