/**
 * Measures suggestions against the hand annotations: for every claim that
 * cites a passage, does the top suggestion for its sentence name one of the
 * cited passages (precision at 1), and do the top three include one (recall at 3)?
 */
import type { Suggestion } from './suggest.ts';

/** A hand-annotated claim reduced to what the measure needs. */
export interface GoldClaim {
  sentence: string;
  cited: string[];
}

/** Precision at 1 and recall at 3, with the counts behind them. */
export interface SuggestScores {
  claims: number;
  top1Hits: number;
  top3Hits: number;
  precisionAt1: number;
  recallAt3: number;
}

const passageOf = (anchor: string) => anchor.replace(/-s\d+$/, '');

/** Scores suggestions (by sentence) against gold claims; a suggestion matches when its passage is a cited passage. */
export function scoreSuggestions(gold: readonly GoldClaim[], suggestionsFor: (sentence: string) => Suggestion[]): SuggestScores {
  let top1Hits = 0;
  let top3Hits = 0;
  for (const claim of gold) {
    const cited = new Set(claim.cited.map(passageOf));
    const ranked = suggestionsFor(claim.sentence).map((s) => passageOf(`${s.source}#${s.anchor}`));
    if (ranked[0] && cited.has(ranked[0])) top1Hits += 1;
    if (ranked.slice(0, 3).some((a) => cited.has(a))) top3Hits += 1;
  }
  const claims = gold.length;
  return { claims, top1Hits, top3Hits, precisionAt1: claims ? top1Hits / claims : 0, recallAt3: claims ? top3Hits / claims : 0 };
}
