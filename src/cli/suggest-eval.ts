/**
 * `npm run suggest:eval`
 * Compares suggestions with the hand annotations of every report and prints
 * precision at 1 and recall at 3, per report and overall.
 */
import { loadCorpus } from '../build/load-corpus.ts';
import { projectPaths } from '../build/project-paths.ts';
import { reportClaims } from '../lib/corpus/corpus.ts';
import { scoreSuggestions, type GoldClaim } from '../lib/authoring/suggest-eval.ts';
import { suggestForSentence } from '../lib/authoring/suggest.ts';
import { corpusPool } from './suggest-pool.ts';

const { corpus } = loadCorpus(projectPaths(), { drafts: true, lock: false });
const { documents } = corpus;
const pool = corpusPool(documents);
const claims = reportClaims(corpus).filter(({ claim }) => claim.cites.length > 0);

/** The report sentence a claim starts in: what an editor would run suggest on. */
function sentenceOf(slug: string, passageId: string, claimText: string): string {
  const passage = documents.find((d) => d.meta.slug === slug)?.passages.find((p) => p.id === passageId);
  const start = claimText.trim().split(/\s+/).slice(0, 4).join(' ');
  return passage?.sentences.find((s) => s.text.includes(start))?.text ?? claimText;
}

const gold = (slug?: string): GoldClaim[] =>
  claims.filter(({ report }) => !slug || report.slug === slug).map(({ report, claim }) => ({ sentence: sentenceOf(report.slug, claim.passage, claim.text), cited: claim.cites.map((c) => `${c.source}#${c.anchor}`) }));
const suggest = (sentence: string) => suggestForSentence(sentence, pool);

const rows = [...new Set(claims.map(({ report }) => report.slug))].map((slug) => ({ report: slug, ...scoreSuggestions(gold(slug), suggest) }));
rows.push({ report: 'all reports', ...scoreSuggestions(gold(), suggest) });
console.table(rows.map((r) => ({ ...r, precisionAt1: r.precisionAt1.toFixed(2), recallAt3: r.recallAt3.toFixed(2) })));
