/**
 * Measures drafts against an editor's annotations. A draft is matched to the
 * annotated claim it overlaps most; a draft that overlaps none was made for a
 * sentence with no claim and counts as an error. Top-1 precision is right
 * drafts over all drafts; top-3 recall is, over claims that cite a passage
 * (all but `not-in-post`), the share whose draft offers a cited passage in
 * its top three. Quotations are counted apart: each quotation of the post
 * needs its verdict drafted, and no one else's words may be matched to it.
 */
import { passageOf } from '../sources/anchors.ts';
import type { PassageDrafts } from './draft-report.ts';
import type { ClaimDraft } from './suggest.ts';

/** An annotated claim, reduced to what the measure needs. */
export interface GoldClaim {
  passage: string;
  start: number;
  end: number;
  verdict: string;
  /** Cited passages, as `source#p12` or `p12`, at passage level. */
  cites: string[];
  isQuote: boolean;
}

/** The counts behind the measure. */
export interface SuggestScores {
  drafts: number;
  right: number;
  nonClaimDrafts: number;
  claims: number;
  citedClaims: number;
  top3: number;
  postQuotes: number;
  postQuotesVerdict: number;
  otherQuotes: number;
  otherQuotesMatched: number;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const passageKey = (cite: string) => passageOf(cite.includes('#') ? (cite.split('#')[1] ?? cite) : cite);

function best<T extends { start: number; end: number }>(items: readonly T[], span: { start: number; end: number }): T | undefined {
  return items.filter((i) => overlap(i, span) > 0).sort((a, b) => overlap(b, span) - overlap(a, span))[0];
}

/**
 * Whether a draft gets its claim right: its top suggestion cites a passage the editor cited, or both say
 * `not-in-post`. The top suggestion is one passage, or a list with its lead-in, which it cites whole.
 */
export function draftIsRight(draft: ClaimDraft, gold: GoldClaim): boolean {
  if (gold.verdict === 'not-in-post' && draft.verdict === 'not-in-post') return true;
  if (draft.verdict === 'not-in-post') return false;
  const cited = new Set(gold.cites.map(passageKey));
  return draft.cites.some((c) => cited.has(passageKey(c)));
}

/** Scores every passage's drafts against the annotated claims of the same report. */
export function scoreDrafts(gold: readonly GoldClaim[], drafted: readonly PassageDrafts[]): SuggestScores {
  const s: SuggestScores = {
    drafts: 0,
    right: 0,
    nonClaimDrafts: 0,
    claims: gold.length,
    citedClaims: 0,
    top3: 0,
    postQuotes: 0,
    postQuotesVerdict: 0,
    otherQuotes: 0,
    otherQuotesMatched: 0,
  };
  const draftsOf = (passage: string) => drafted.find((d) => d.passage === passage)?.drafts ?? [];
  for (const { passage, drafts } of drafted) {
    for (const draft of drafts) {
      s.drafts += 1;
      const claim = best(
        gold.filter((g) => g.passage === passage),
        draft,
      );
      if (!claim) s.nonClaimDrafts += 1;
      else if (draftIsRight(draft, claim)) s.right += 1;
    }
  }
  for (const claim of gold) {
    const draft = best(draftsOf(claim.passage), claim);
    const cited = new Set(claim.cites.map(passageKey));
    if (claim.verdict !== 'not-in-post' && cited.size > 0) {
      s.citedClaims += 1;
      if (draft?.offered.slice(0, 3).some((r) => r.cites.some((c) => cited.has(passageOf(c)))) || draft?.cites.some((c) => cited.has(passageKey(c))))
        s.top3 += 1;
    }
    if (claim.verdict === 'verbatim' || claim.verdict === 'misquote') {
      s.postQuotes += 1;
      if (draft?.verdict === claim.verdict) s.postQuotesVerdict += 1;
    } else if (claim.isQuote && claim.verdict === 'not-in-post') {
      s.otherQuotes += 1;
      if (draft?.verdict === 'verbatim' || draft?.verdict === 'misquote') s.otherQuotesMatched += 1;
    }
  }
  return s;
}

/** Adds up scores. */
export function addScores(all: readonly SuggestScores[]): SuggestScores {
  const keys = [
    'drafts',
    'right',
    'nonClaimDrafts',
    'claims',
    'citedClaims',
    'top3',
    'postQuotes',
    'postQuotesVerdict',
    'otherQuotes',
    'otherQuotesMatched',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, all.reduce((n, s) => n + s[k], 0)])) as unknown as SuggestScores;
}
