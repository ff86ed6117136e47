/**
 * Aligns a capture's passages with the reading text's, in the manner of
 * Hypothesis's anchoring: first the exact words (passages whose words occur
 * once on each side, in order), then, in each gap between those, passages
 * placed by their context (repeated words, or a passage alone between the
 * same aligned neighbours), then fuzzy matching by word diff, where one
 * capture passage may stand for a run of reading passages (an introduction
 * and four bullets rewritten as one sentence).
 */
import type { CapturePassage } from './capture-passages.ts';
import { alignmentText, similarity, wordOverlap } from './passage-similarity.ts';

/** How a capture passage was found in the reading text; `new` when it was not. */
export type MatchKind = 'exact' | 'context' | 'fuzzy' | 'span' | 'new';

/** A reading passage, as alignment needs it. */
export interface ReadingPassage {
  id: string;
  text: string;
}

/** One capture passage and the reading passages it stands for (none when it is new). */
export interface AlignedPassage {
  passage: CapturePassage;
  anchors: string[];
  kind: MatchKind;
  /** Similarity to those reading passages, 0 to 1 (1 for exact). */
  score: number;
}

/** A whole alignment: every capture passage in its order, and the reading passages it lacks. */
export interface Alignment {
  passages: AlignedPassage[];
  absent: string[];
}

/** Fuzzy matches below this similarity are not the same passage. */
export const FUZZY_MIN = 0.5;
/** Alone between two aligned neighbours, a passage needs less: its place already says which one it is. */
export const CONTEXT_MIN = 0.25;
/** At most this many reading passages (an introduction and its bullets) are matched with one capture passage. */
export const MAX_SPAN = 6;
/** What each unshared character costs against a shared one, so a span never wins by swallowing passages it does not match. */
const MISMATCH_COST = 0.5;
/** Breaks ties between equally good matches in favour of the one next to an aligned neighbour; less than one shared character. */
const CONTEXT_BONUS = 0.5;
/** Word overlap below this skips the costlier word diff: the passages cannot reach CONTEXT_MIN. */
const PREFILTER = 0.2;

type Pair = { r: number; c: number };

/** Passages whose words occur once on each side, paired, keeping only the longest run in the same order. */
function uniquePairs(r: readonly string[], c: readonly string[]): Pair[] {
  const once = (list: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const text of list) counts.set(text, (counts.get(text) ?? 0) + 1);
    return counts;
  };
  const [inR, inC] = [once(r), once(c)];
  const candidates = r.flatMap((text, i) => (inR.get(text) === 1 && inC.get(text) === 1 ? [{ r: i, c: c.indexOf(text) }] : []));
  // Longest increasing run of capture positions (candidates are already in reading order); quadratic is plenty for a post.
  const best = candidates.map(() => 1);
  const previous = candidates.map(() => -1);
  candidates.forEach((pair, i) => {
    for (let k = 0; k < i; k++) if (candidates[k]!.c < pair.c && best[k]! + 1 > best[i]!) [best[i], previous[i]] = [best[k]! + 1, k];
  });
  const pairs: Pair[] = [];
  for (let i = best.indexOf(Math.max(0, ...best)); i >= 0 && candidates.length > 0; i = previous[i]!) pairs.unshift(candidates[i]!);
  return pairs;
}

type Step = { from: [number, number]; span: number; score: number };

/** The best fuzzy alignment of one gap: most shared characters, order kept, spans allowed. */
function alignGap(
  r: readonly string[],
  c: readonly string[],
  neighbours: { before: boolean; after: boolean },
): { r: number; span: number; c: number; score: number }[] {
  const alone = r.length === 1 && c.length === 1;
  const gain = Array.from({ length: r.length + 1 }, () => new Array<number>(c.length + 1).fill(-1));
  const back: (Step | undefined)[][] = Array.from({ length: r.length + 1 }, () => new Array<Step | undefined>(c.length + 1));
  gain[0]![0] = 0;
  const relax = (i: number, j: number, to: [number, number], add: number, step: Step) => {
    if (gain[i]![j]! + add > gain[to[0]]![to[1]]!) [gain[to[0]]![to[1]], back[to[0]]![to[1]]] = [gain[i]![j]! + add, step];
  };
  for (let i = 0; i <= r.length; i++) {
    for (let j = 0; j <= c.length; j++) {
      if (gain[i]![j]! < 0) continue;
      if (i < r.length) relax(i, j, [i + 1, j], 0, { from: [i, j], span: 0, score: 0 });
      if (j < c.length) relax(i, j, [i, j + 1], 0, { from: [i, j], span: 0, score: 0 });
      for (let k = 1; j < c.length && k <= MAX_SPAN && i + k <= r.length; k++) {
        const joined = r.slice(i, i + k).join(' ');
        if (wordOverlap(joined, c[j]!) < PREFILTER) continue;
        const score = similarity(joined, c[j]!);
        if (score < (alone ? CONTEXT_MIN : FUZZY_MIN)) continue;
        // Context, as Hypothesis weighs a quote's prefix and suffix: a match that touches the gap's aligned neighbours wins a tie.
        const context =
          (neighbours.before && i === 0 && j === 0 ? CONTEXT_BONUS : 0) + (neighbours.after && i + k === r.length && j === c.length - 1 ? CONTEXT_BONUS : 0);
        const total = joined.length + c[j]!.length;
        relax(i, j, [i + k, j + 1], total * (score - MISMATCH_COST * (1 - score)) + context, { from: [i, j], span: k, score });
      }
    }
  }
  const matches: { r: number; span: number; c: number; score: number }[] = [];
  for (let at: [number, number] = [r.length, c.length]; at[0] > 0 || at[1] > 0;) {
    const step = back[at[0]]![at[1]]!;
    if (step.span > 0) matches.unshift({ r: step.from[0], span: step.span, c: step.from[1], score: step.score });
    at = step.from;
  }
  return matches;
}

function kindOf(span: number, score: number): MatchKind {
  if (span > 1) return 'span';
  // The same words as a passage repeated in the text, or weaker words alone in their place: either way the neighbours decided.
  return score >= FUZZY_MIN && score < 1 ? 'fuzzy' : 'context';
}

/** Aligns a capture with the reading text; see the module comment. */
export function alignCapture(reading: readonly ReadingPassage[], capture: readonly CapturePassage[]): Alignment {
  const r = reading.map((p) => alignmentText(p.text));
  const c = capture.map((p) => alignmentText(p.text));
  const aligned = new Map<number, Omit<AlignedPassage, 'passage'>>();
  const pairs = uniquePairs(r, c);
  for (const { r: i, c: j } of pairs) aligned.set(j, { anchors: [reading[i]!.id], kind: 'exact', score: 1 });
  const bounds = [{ r: -1, c: -1 }, ...pairs, { r: r.length, c: c.length }];
  for (let g = 1; g < bounds.length; g++) {
    const [start, end] = [bounds[g - 1]!, bounds[g]!];
    for (const match of alignGap(r.slice(start.r + 1, end.r), c.slice(start.c + 1, end.c), { before: g > 1, after: g < bounds.length - 1 })) {
      const anchors = reading.slice(start.r + 1 + match.r, start.r + 1 + match.r + match.span).map((p) => p.id);
      aligned.set(start.c + 1 + match.c, { anchors, kind: kindOf(match.span, match.score), score: match.score });
    }
  }
  const passages = capture.map((passage, j) => ({ passage, ...(aligned.get(j) ?? { anchors: [], kind: 'new' as const, score: 0 }) }));
  const covered = new Set(passages.flatMap((p) => p.anchors));
  return { passages, absent: reading.map((p) => p.id).filter((id) => !covered.has(id)) };
}
