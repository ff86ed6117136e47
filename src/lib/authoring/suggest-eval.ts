/**
 * Measures drafts against an editor's annotations. A draft is matched to the
 * annotated claim it overlaps most; a draft that overlaps none was made for a
 * sentence with no claim and counts as an error. Top-1 precision is right
 * drafts over all drafts; top-3 recall is, over claims that cite a passage
 * (all but `not-in-post`), the share whose draft offers a cited passage in
 * its top three. Quotations are counted apart: each quotation of the post
 * needs its verdict drafted, and no one else's words may be matched to it.
 */
import { citeTokens } from '../claims/cite-tokens.ts';
import { isQuoteVerdict, isVerdict } from '../claims/verdicts.ts';
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

/** Cites as passages named with their source (`post#p12`), so that `other#p4` never stands for the post's `p4`. */
const passageKeys = (cites: readonly string[], defaultSource: string) =>
  new Set(citeTokens(cites.join(' '), defaultSource).map(({ source, anchor }) => `${source}#${passageOf(anchor)}`));

function best<T extends { start: number; end: number }>(items: readonly T[], span: { start: number; end: number }): T | undefined {
  return items.filter((i) => overlap(i, span) > 0).sort((a, b) => overlap(b, span) - overlap(a, span))[0];
}

/**
 * Whether a draft gets its claim right: its top suggestion cites a passage the editor cited, or both say
 * `not-in-post`. The top suggestion is one passage, or a list with its lead-in, which it cites whole.
 */
export function draftIsRight(draft: ClaimDraft, gold: GoldClaim, defaultSource: string): boolean {
  if (gold.verdict === 'not-in-post' && draft.verdict === 'not-in-post') return true;
  if (draft.verdict === 'not-in-post') return false;
  const cited = passageKeys(gold.cites, defaultSource);
  return [...passageKeys(draft.cites, defaultSource)].some((key) => cited.has(key));
}

/** Scores of nothing, and the list of what is counted. */
const ZERO_SCORES: SuggestScores = {
  drafts: 0,
  right: 0,
  nonClaimDrafts: 0,
  claims: 0,
  citedClaims: 0,
  top3: 0,
  postQuotes: 0,
  postQuotesVerdict: 0,
  otherQuotes: 0,
  otherQuotesMatched: 0,
};

/** Whether any of the draft's top three passages, or its own cites, is one the editor cited. */
function offersCited(draft: ClaimDraft | undefined, cited: ReadonlySet<string>, defaultSource: string): boolean {
  const offered = (draft?.offered ?? []).slice(0, 3).flatMap((r) => r.cites);
  return [...passageKeys([...offered, ...(draft?.cites ?? [])], defaultSource)].some((key) => cited.has(key));
}

/** Scores every passage's drafts against the annotated claims of the same report. */
export function scoreDrafts(gold: readonly GoldClaim[], drafted: readonly PassageDrafts[], defaultSource: string): SuggestScores {
  const s: SuggestScores = { ...ZERO_SCORES, claims: gold.length };
  for (const { passage, drafts } of drafted) {
    for (const draft of drafts) {
      s.drafts += 1;
      const claim = best(
        gold.filter((g) => g.passage === passage),
        draft,
      );
      if (!claim) s.nonClaimDrafts += 1;
      else if (draftIsRight(draft, claim, defaultSource)) s.right += 1;
    }
  }
  for (const claim of gold) {
    const draft = best(drafted.find((d) => d.passage === claim.passage)?.drafts ?? [], claim);
    const cited = passageKeys(claim.cites, defaultSource);
    if (claim.verdict !== 'not-in-post' && cited.size > 0) {
      s.citedClaims += 1;
      if (offersCited(draft, cited, defaultSource)) s.top3 += 1;
    }
    const quoteDrafted = draft?.verdict !== undefined && isQuoteVerdict(draft.verdict);
    if (isVerdict(claim.verdict) && isQuoteVerdict(claim.verdict)) {
      s.postQuotes += 1;
      if (draft?.verdict === claim.verdict) s.postQuotesVerdict += 1;
    } else if (claim.isQuote && claim.verdict === 'not-in-post') {
      s.otherQuotes += 1;
      if (quoteDrafted) s.otherQuotesMatched += 1;
    }
  }
  return s;
}

/** Adds up scores. */
export function addScores(all: readonly SuggestScores[]): SuggestScores {
  const keys = Object.keys(ZERO_SCORES) as Array<keyof SuggestScores>;
  return Object.fromEntries(keys.map((k) => [k, all.reduce((n, s) => n + s[k], 0)])) as unknown as SuggestScores;
}
