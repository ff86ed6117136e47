/**
 * The `<Claim>` tags that `suggest --write` opens around a draft: the next
 * free ids on the page, the verdict when the words decide it (else the
 * placeholder `CHOOSE`), the cites, and a placeholder note that offers the
 * top passages. The placeholders stop a publishing build until an editor
 * replaces them.
 */
import type { ClaimDraft } from './suggest.ts';

/** The id after the highest `c<number>` already used on the page. */
export function nextClaimNumber(mdx: string): number {
  const used = [...mdx.matchAll(/<Claim\b[^>]*\bid="c(\d+)"/g)].map((m) => Number(m[1]));
  return Math.max(0, ...used) + 1;
}

/** Why the draft is offered, and the passages to weigh, inside the placeholder note. */
function noteFor(draft: ClaimDraft): string {
  const offered = draft.offered
    .filter((r) => r.fit > 0)
    .map((r) => `${r.cites.join('+')} (${r.fit.toFixed(2)})`)
    .join(', ');
  return `WRITE A NOTE. Draft: ${draft.why}.${offered ? ` Passages to weigh: ${offered}.` : ''}`;
}

/** The opening tag of a draft claim. */
export function openTag(draft: ClaimDraft, id: number): string {
  const cites = draft.cites.length > 0 ? ` cites="${draft.cites.join(' ')}"` : '';
  return `<Claim id="c${id}" verdict="${draft.verdict ?? 'CHOOSE'}"${cites} note="${noteFor(draft).replace(/"/g, '”')}">`;
}
