/**
 * The text-fragment directive (`#p12:~:text=…`) that makes the browser
 * highlight a result's matched words on arrival. It is built from the words
 * that matched, as the passage writes them, so a stemmed match (“deployed”
 * for “deploy”) is highlighted too, and a phrase is highlighted whole. The
 * browser scrolls to the first place in the page that fits the directive,
 * not to the passage the link names, so each run of words carries words
 * from beside it in the passage (its prefix and suffix), as many as it
 * takes for the page's title and earlier passages not to have the same:
 * “surveillance” alone would land on the word's first use, perhaps in the
 * title.
 */
import { encodeFragmentText } from '../site/fragment-text.ts';
import { wordOffsets } from './passage-hits.ts';
import { claimSpans } from './result-claims.ts';

/** Most text directives in one link; browsers highlight each. */
const MAX_SPANS = 5;

/** Punctuation at the start and at the end of a run, which the highlight leaves out. */
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;

/** One run of consecutive marked words: its text without the punctuation around it, and the words beside it. */
export interface MarkedRun {
  prefix: string;
  text: string;
  suffix: string;
}

/** A run and where, in the passage's words joined by spaces, its directive's text starts and ends. */
interface PlacedRun extends MarkedRun {
  from: number;
  to: number;
  /** Words of context it has: none, and the page's own title or headings could hold the same words first. */
  context: number;
}

/** Whether a word ends its sentence: a full stop, question or exclamation mark, perhaps inside quotes or brackets. */
const endsSentence = (word: string) => /[.!?…][”’"')\]]*$/u.test(word);

/** A passage's own number, as in the heading “2. Contract Language”: the words after it are the same sentence. */
const numbersPassage = (word: string, index: number) => index === 0 && /^\d+[.)]$/.test(word);

/** The marks as ranges of consecutive word indexes. */
function markedRanges(marks: readonly number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const mark of [...new Set(marks)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === mark - 1) last[1] = mark;
    else ranges.push([mark, mark]);
  }
  return ranges;
}

/** Words of context beside a run, at most: enough to tell apart the same words used earlier in the page. */
const MAX_CONTEXT = 3;
/** Words from which a run needs no context: the page's title and headings rarely repeat a phrase this long. */
const PHRASE_WORDS = 4;

/** A run of `words[start..end]` with up to so many words of its sentence before and after it; trimmed punctuation joins them. */
function markedRun(
  words: readonly string[],
  offsets: readonly number[],
  start: number,
  end: number,
  [wordsBefore, wordsAfter]: readonly [number, number],
): PlacedRun {
  const whole = words.slice(start, end + 1).join(' ');
  const lead = whole.match(LEADING)?.[0] ?? '';
  const trail = whole.slice(lead.length).match(TRAILING)?.[0] ?? '';
  const first = Math.max(0, start - wordsBefore);
  const before = words.slice(first, start);
  const after = words.slice(end + 1, end + 1 + wordsAfter);
  // Context stays in the run's sentence, so that the words beside it are the ones the page shows beside it.
  const ownBefore = before.slice(before.findLastIndex((word, i) => endsSentence(word) && !numbersPassage(word, first + i)) + 1);
  const ownAfter = endsSentence(words[end] ?? '') ? [] : after.slice(0, after.findIndex(endsSentence) + 1 || after.length);
  const last = end + ownAfter.length;
  // A side with no context asked for gets none, not even the run's own punctuation: a claim's marker may follow it.
  return {
    prefix: wordsBefore ? [...ownBefore, lead].filter(Boolean).join(' ') : '',
    text: whole.slice(lead.length, whole.length - trail.length),
    suffix: wordsAfter ? [trail, ...ownAfter].filter(Boolean).join(' ').trim() : '',
    from: (offsets[start - ownBefore.length] ?? 0) + (wordsBefore ? 0 : lead.length),
    to: (offsets[last] ?? 0) + (words[last] ?? '').length - (wordsAfter ? 0 : trail.length),
    context: ownBefore.length + ownAfter.length,
  };
}

/** Text as the browser compares it for a text fragment: any case, spaces aside. */
const comparable = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** Where, in a passage's words joined by spaces, each of its claims ends: the page shows a verdict's marker there. */
export function claimEnds(words: readonly string[], claims: readonly string[]): number[] {
  return claimSpans(words, claims).flatMap((span) => (span ? [span.to] : []));
}

/** The page around a passage: the text before it, and where its claims' markers break its own text. */
export interface PageText {
  earlier?: string;
  claimEnds?: readonly number[];
}

/**
 * Runs of consecutive marked words, each as the passage writes it, with the fewest words of its sentence beside it
 * (at least one, unless the run is a phrase of PHRASE_WORDS) that make it unique in the page so far and that no
 * claim's marker interrupts; a run that cannot be made so is left out.
 */
export function markedRuns(words: readonly string[], marks: readonly number[], page: PageText = {}): MarkedRun[] {
  const seen = comparable(page.earlier ?? '');
  const offsets = wordOffsets(words);
  // A marker just after the directive's last word breaks it too: Chromium sees no end of word before the marker's word joiner.
  const unbroken = (run: PlacedRun) => !(page.claimEnds ?? []).some((at) => at > run.from && at <= run.to);
  const runs = markedRanges(marks).flatMap(([start, end]) => {
    // A phrase long enough is its own context; shorter runs take words beside them.
    const phrase = end - start + 1 >= PHRASE_WORDS;
    const sides: Array<readonly [number, number]> = phrase ? [[0, 0]] : [];
    for (let context = 1; context <= MAX_CONTEXT; context++) sides.push([context, context], [0, context], [context, 0]);
    for (const side of sides) {
      const run = markedRun(words, offsets, start, end, side);
      if (run.text && (phrase || run.context > 0) && unbroken(run) && !seen.includes(comparable(`${run.prefix}${run.text}${run.suffix}`)))
        return [{ prefix: run.prefix, text: run.text, suffix: run.suffix }];
    }
    return [];
  });
  return runs.filter((run, i) => runs.findIndex((other) => other.text === run.text) === i);
}

/** One `text=` directive: `prefix-,text,-suffix`, with whichever context the passage has. */
function directive({ prefix, text, suffix }: MarkedRun): string {
  const parts = [prefix && `${encodeFragmentText(prefix)}-`, encodeFragmentText(text), suffix && `-${encodeFragmentText(suffix)}`];
  return `text=${parts.filter(Boolean).join(',')}`;
}

/**
 * The directive highlighting the marked words of a passage, or '' when none is marked or none can be told apart
 * from the page's earlier text (its title, the passages before): the link's anchor then places the reader, where a
 * directive the page does not match would leave them at the top.
 */
export function textFragment(words: readonly string[], marks: readonly number[], page: PageText = {}): string {
  const runs = markedRuns(words, marks, page).slice(0, MAX_SPANS);
  return runs.length ? `:~:${runs.map(directive).join('&')}` : '';
}
