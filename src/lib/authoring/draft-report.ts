/**
 * Drafts for a whole report: each passage with what its neighbours tell. A
 * lead-in that ends with a colon is read together with the list it opens,
 * since that list is what it claims.
 */
import type { BlockKind } from './mdx-structure.ts';
import { draftClaims, type ClaimDraft, type SuggestionPool } from './suggest.ts';

/** A passage of a report as drafting sees it. */
export interface ReportPassage {
  id: string;
  text: string;
  artefact: boolean;
  place: { line?: number | undefined; column?: number | undefined };
}

/** Drafts made for one passage. */
export interface PassageDrafts {
  passage: string;
  drafts: readonly ClaimDraft[];
}

/** Drafts for every passage but capture artefacts, lead-ins read with the list items that follow them. */
export function draftReport(passages: readonly ReportPassage[], kinds: ReadonlyMap<string, BlockKind>, pool: SuggestionPool): PassageDrafts[] {
  const kindOf = (p: ReportPassage) => kinds.get(`${p.place.line}:${p.place.column}`);
  return passages.flatMap((passage, i) => {
    if (passage.artefact) return [];
    const items: string[] = [];
    for (const next of passages.slice(i + 1)) {
      if (kindOf(next) !== 'listItem') break;
      items.push(next.text);
    }
    const continuation = kindOf(passage) !== 'listItem' && items.length > 0 ? items.join(' ') : undefined;
    return [{ passage: passage.id, drafts: draftClaims({ text: passage.text, heading: kindOf(passage) === 'heading', continuation }, pool) }];
  });
}
