/**
 * Ranks the passages of the primary sources for one sentence of a report by
 * the words they share, weighted by how rare each word is (IDF) and with
 * generic words damped. Its scores are absolute, from 0 to 1, so that "no
 * passage fits" can be said: `fit` is the share of the sentence's weighted
 * words that the passage (or one of its sentences) holds.
 */
import { GENERIC_STEMS, GENERIC_WEIGHT, terms } from './terms.ts';

/** A passage that may be suggested, with its sentences and the heading it answers (an FAQ question), if any. */
export interface CandidatePassage {
  source: string;
  anchor: string;
  text: string;
  sentences: readonly { anchor: string; text: string }[];
  heading?: string | undefined;
  /** What a match cites, when more than the anchor: a list's lead-in and its items, for claims that sum the list up. */
  cites?: readonly string[];
  /** A list's lead-in and items, each on its own: the whole fits only through members that each share enough words. */
  members?: readonly string[];
}

/** A passage's fit for a sentence: `fit` is absolute; `score` orders passages and also rewards a focused match. */
export interface RankedPassage {
  source: string;
  anchor: string;
  cites: readonly string[];
  fit: number;
  score: number;
}

/** A fit needs at least this many distinct telling words in common: one shared word is a coincidence. */
export const MIN_SHARED_WORDS = 2;

/** How much a passage's own focus (the share of its words the sentence uses) counts in the ranking against the sentence's coverage. */
export const FOCUS_WEIGHT = 0.15;
/** The weight of words from the heading a passage answers (an FAQ question): context, not the passage's own words. */
export const HEADING_WORD_WEIGHT = 0.5;

interface Unit {
  weights: Map<string, number>;
}

/** A ranker over fixed candidates. */
export interface PassageRanker {
  rank: (sentence: string) => RankedPassage[];
}

function weigh(words: readonly string[], idf: (t: string) => number, factor = 1): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of words) out.set(t, Math.max(out.get(t) ?? 0, idf(t) * factor));
  return out;
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

const telling = (weights: Map<string, number>, wanted: Map<string, number>) => [...wanted.keys()].filter((t) => weights.has(t) && !GENERIC_STEMS.has(t)).length;

/**
 * A list taken whole, as far as a sentence sums it up: the members (lead-in or items) that each share at least
 * MIN_SHARED_WORDS telling words with it, and nothing when fewer than two do. One word here and one there across
 * a long list is coincidence, and the single passage that holds the words is a candidate of its own.
 */
function summedUp(members: readonly Map<string, number>[], wanted: Map<string, number>): Unit[] {
  const used = members.filter((m) => telling(m, wanted) >= MIN_SHARED_WORDS);
  if (used.length < 2) return [];
  const weights = new Map<string, number>();
  for (const m of used) for (const [t, w] of m) weights.set(t, Math.max(weights.get(t) ?? 0, w));
  return [{ weights }];
}

/** Builds the ranker: document frequencies over the candidates, then per-sentence scoring. */
export function passageRanker(candidates: readonly CandidatePassage[]): PassageRanker {
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(terms(c.text))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  const idf = (t: string) => Math.log(1 + n / (1 + (df.get(t) ?? 0))) * (GENERIC_STEMS.has(t) ? GENERIC_WEIGHT : 1);
  const units = candidates.map((c) => {
    const own = weigh(terms(c.text), idf);
    const context = weigh(terms(c.heading ?? ''), idf, HEADING_WORD_WEIGHT);
    for (const [t, w] of context) if (!own.has(t)) own.set(t, w);
    const parts: Unit[] = [{ weights: own }, ...c.sentences.map((s) => ({ weights: weigh(terms(s.text), idf) }))];
    return { candidate: c, parts, members: c.members?.map((m) => weigh(terms(m), idf)) };
  });
  return {
    rank(sentence) {
      const wanted = weigh(terms(sentence), idf);
      const total = sum(wanted.values()) || 1;
      return units
        .map(({ candidate, members, ...unit }) => {
          const parts = members ? summedUp(members, wanted) : unit.parts;
          let fit = 0;
          let score = 0;
          for (const { weights } of parts) {
            const common = [...wanted].filter(([t]) => weights.has(t));
            const telling = common.filter(([t]) => !GENERIC_STEMS.has(t)).length;
            if (telling === 0) continue;
            const shared = sum(common.map(([, w]) => w));
            const coverage = shared / total;
            const focus = shared / (sum(weights.values()) || 1);
            // Ranked on one telling word (the closest passages are still worth offering), but no fit without two.
            if (telling >= MIN_SHARED_WORDS) fit = Math.max(fit, coverage);
            score = Math.max(score, coverage ** (1 - FOCUS_WEIGHT) * focus ** FOCUS_WEIGHT);
          }
          return { source: candidate.source, anchor: candidate.anchor, cites: candidate.cites ?? [candidate.anchor], fit, score };
        })
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score);
    },
  };
}
