/**
 * What `npm run suggest` prints: each draft with the report's whole sentence
 * and the whole passage it points to, wrapped to fit a 100-column terminal.
 */
import { pinpointLabel } from '../sources/anchors.ts';
import { wrapText } from './wrap-text.ts';
import type { ClaimDraft } from './suggest.ts';
import type { PassageDrafts } from './draft-report.ts';

const LABEL: Record<string, string> = { verbatim: '= verbatim', misquote: '≠ misquote', 'not-in-post': '∅ not in the post' };

/** The printed lines for one draft: the report's words, the draft verdict and cites, the top passage's words, the others. */
export function draftLines(passage: string, draft: ClaimDraft, passageText: (cite: string) => string | undefined): string[] {
  const head = pinpointLabel(passage).padEnd(6);
  const lines = wrapText(draft.words, '      ', undefined, head);
  const verdict = draft.verdict ? LABEL[draft.verdict] : '? choose a verdict';
  lines.push(...wrapText(`→ ${verdict}${draft.cites.length ? `, cites ${draft.cites.join(' ')}` : ''}: ${draft.why}.`, '        ', undefined, '      '));
  const top = draft.offered[0];
  const text = top && draft.verdict !== 'not-in-post' ? passageText(top.anchor) : undefined;
  if (text) lines.push(...wrapText(`“${text.trim()}”`, '        ', undefined, `      ${top?.anchor}: `.padEnd(8)));
  const others = draft.offered
    .filter((r) => (r !== top || draft.verdict === 'not-in-post') && r.fit > 0)
    .map((r) => `${r.cites.join('+')} (${r.fit.toFixed(2)})`);
  if (others.length > 0)
    lines.push(...wrapText(`${draft.verdict === 'not-in-post' ? 'closest' : 'also'}: ${others.join(', ')}`, '        ', undefined, '      '));
  return lines;
}

/** The whole report: every draft, then a count by verdict. */
export function formatDrafts(report: readonly PassageDrafts[], passageText: (cite: string) => string | undefined): string {
  const all = report.flatMap(({ drafts }) => drafts);
  const count = (v: string | undefined) => all.filter((d) => d.verdict === v).length;
  const blocks = report.flatMap(({ passage, drafts }) => drafts.map((d) => draftLines(passage, d, passageText).join('\n')));
  const summary = `${all.length} drafts: ${count('verbatim')} verbatim, ${count('misquote')} misquote, ${count('not-in-post')} not in the post, ${count(undefined)} to choose.`;
  return [...blocks, summary].join('\n\n');
}
