/**
 * `npm run suggest -- content/reports/FILE.mdx [--write]`
 * For each sentence of a report, prints the primary-source passages most
 * likely to match, with a score and, for quotations, a draft verdict. With
 * --write it saves them as draft <Claim> snippets beside the page for an
 * editor to confirm. It never changes the report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../build/load-corpus.ts';
import { mdxBody, readPage } from '../build/read-page.ts';
import { projectPaths } from '../build/project-paths.ts';
import { suggestForSentence } from '../lib/authoring/suggest.ts';
import { corpusPool } from './suggest-pool.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { write: { type: 'boolean', default: false } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run suggest -- content/reports/FILE.mdx [--write]');
  process.exit(2);
}
const pool = corpusPool(loadCorpus(projectPaths(), { drafts: true, lock: false }).corpus.documents);
const report = readPage(file, mdxBody(readFileSync(file, 'utf8')), {});
const drafts: string[] = [];
const rows = report.passages.flatMap((passage) =>
  passage.sentences.map((sentence) => {
    const suggestions = suggestForSentence(sentence.text, pool);
    const best = suggestions[0];
    if (best) drafts.push(`<!-- ${sentence.id}: ${sentence.text.trim().slice(0, 80)} -->\n<Claim id="c?" verdict="${best.draftVerdict ?? 'CHOOSE'}" cites="${best.anchor}" note="WRITE A NOTE">…words…</Claim>`);
    return { sentence: sentence.id, text: `${sentence.text.trim().slice(0, 60)}${sentence.text.length > 60 ? '…' : ''}`, suggestions: suggestions.map((s) => `${s.anchor} ${s.score} ${s.method}${s.draftVerdict ? ` ${s.draftVerdict}` : ''}`).join(' | ') || '—' };
  }),
);
console.table(rows);
if (values.write) {
  const target = file.replace(/\.mdx$/, '.suggestions.md');
  writeFileSync(target, `# Suggested annotations for ${file}\n\nDrafts only: check each against the post, wrap the report's exact words, and write the note.\n\n${drafts.join('\n\n')}\n`);
  console.log(`Wrote ${drafts.length} draft annotations to ${target}. The report itself is unchanged.`);
}
