/**
 * From a document's search record back to its passages. Pagefind finds
 * documents and says where in a document's words each match is; the record
 * marks where each passage starts, so each match falls in exactly one
 * passage, and each passage can say how many of the query's words it has.
 * Which matches count is term-match.ts's to say.
 */
import { isFunctionWord } from './function-words.ts';
import { joinedWords, shownWord } from './record-words.ts';
import { isLiteral, matchesTerm, normaliseWord } from './term-match.ts';
import { readInOrder } from './word-order.ts';

/** A document's record as the browser receives it from Pagefind. */
export interface DocumentFragment {
  url: string;
  content: string;
  /** Where each passage starts; its title carries the passage's claims and captures (see passage-data.ts). */
  anchors: ReadonlyArray<{ id: string; location: number; title?: string }>;
  filters: Readonly<Record<string, readonly string[]>>;
}

/** Where a passage's words are among its document's. */
export interface PassageSpan {
  id: string;
  start: number;
  end: number;
}

/** A passage holding some of the query: its words, which of them matched, and how many of the query's terms it has. */
export interface PassageHit {
  id: string;
  position: number;
  words: string[];
  marks: number[];
  terms: number;
  /** Terms matched as typed (or by a word beginning with them), not only by the same stem: “classifiers”, not “classified”. */
  literal: number;
  /** Terms matched by the searched word itself, not only by a longer word that begins with it: “red”, not “reduced”. */
  whole: number;
  /** Terms matched that say what the query is about, not only hold it together (function-words.ts). */
  content: number;
  /** The most words in a row that read terms in a row of the query, in its order: a pasted sentence's own wording. */
  run: number;
  /** How many of the query's neighbouring word pairs it reads, each once: all of a sentence with one word changed. */
  pairs: number;
  /** The word its excerpt should show first: where that run starts, or else the first match. */
  focus: number;
}

/** Each passage's span, from the anchors at the words where passages start. */
export function passageSpans(anchors: DocumentFragment['anchors'], wordCount: number): PassageSpan[] {
  const starts = [...anchors].sort((a, b) => a.location - b.location);
  return starts.map((anchor, i) => ({ id: anchor.id, start: anchor.location, end: starts[i + 1]?.location ?? wordCount }));
}

/** Whether any place of a phrase in a record runs from one passage into the next, each of the two holding part of it. */
export function crossesPassages(fragment: DocumentFragment, places: ReadonlyArray<readonly number[]>): boolean {
  const starts = fragment.anchors.map((anchor) => anchor.location);
  return places.some(([first = 0, ...rest]) => starts.some((start) => first < start && (rest.at(-1) ?? first) >= start));
}

/** Where each word starts in the words joined by spaces. */
export function wordOffsets(words: readonly string[]): number[] {
  const offsets: number[] = [];
  words.reduce((at, word) => (offsets.push(at), at + word.length + 1), 0);
  return offsets;
}

// A document's words, split once per record: its passages' hits and each result's text before its passage read them.
const splitWords = new WeakMap<DocumentFragment, string[]>();
/** A record's words, as Pagefind counts positions (split at white space), each as the page shows it (see record-words.ts). */
export const documentWords = (fragment: DocumentFragment): string[] => {
  const words = splitWords.get(fragment) ?? fragment.content.split(/\s+/).filter(Boolean).map(shownWord);
  splitWords.set(fragment, words);
  return words;
};

// A document's passages, found once per record: its hits, a quoted phrase's check and the text before a passage read them.
const splitSpans = new WeakMap<DocumentFragment, PassageSpan[]>();
/** A record's passages, each with where its words are among the record's (see passageSpans). */
export const documentSpans = (fragment: DocumentFragment): PassageSpan[] => {
  const spans = splitSpans.get(fragment) ?? passageSpans(fragment.anchors, documentWords(fragment).length);
  splitSpans.set(fragment, spans);
  return spans;
};

/** The words of a document before one of its passages, as its page shows them before that passage (its title aside). */
export function wordsBefore(fragment: DocumentFragment, passageId: string): string {
  const words = documentWords(fragment);
  const span = documentSpans(fragment).find((s) => s.id === passageId);
  return span ? joinedWords(words.slice(0, span.start)).words.join(' ') : '';
}

/**
 * The passages holding matches, in document order, given the locations of each query term (one list for a phrase).
 * With the `searched` words, a location counts only where its word matches its own, and a passage's run is read against
 * the query's `wording`, all its words in order (by default the words searched).
 */
export function passageHits(
  fragment: DocumentFragment,
  located: ReadonlyArray<readonly number[]>,
  searched?: readonly string[],
  wording: readonly string[] | undefined = searched,
): PassageHit[] {
  const words = documentWords(fragment);
  // Only the query's last word may still be half-typed; every other is finished, wherever it comes among those searched.
  const typing = normaliseWord(wording?.at(-1) ?? '');
  const termLocations = searched
    ? located.map((locations, i) => {
        const term = searched[i] ?? '';
        const finished = normaliseWord(term) !== typing;
        return locations.filter((l) => matchesTerm(term, words[l] ?? '', finished));
      })
    : located;
  return documentSpans(fragment).flatMap((span, position) => {
    const inside = (location: number) => location >= span.start && location < span.end;
    const marks = [...new Set(termLocations.flatMap((locations) => locations.filter(inside)))].sort((a, b) => a - b);
    if (marks.length === 0) return [];
    const terms = termLocations.filter((locations) => locations.some(inside)).length;
    // Terms, not places: a long passage repeating “the” must not outrank a short one with every word searched.
    const count = (test: (term: string, word: string) => boolean) =>
      termLocations.filter((locations, i) => locations.some((l) => inside(l) && (!searched || test(searched[i] ?? '', words[l] ?? '')))).length;
    const whole = count((term, word) => normaliseWord(term) === normaliseWord(word));
    const content = count((term) => !isFunctionWord(normaliseWord(term)));
    const own = words.slice(span.start, span.end);
    const run = searched && wording ? readInOrder(own, wording) : { length: 0, start: 0, pairs: 0 };
    const relative = marks.map((m) => m - span.start);
    // The page's words: the parts of a word the record split at a hyphen joined again, the marks and the focus with them.
    const { words: shown, marks: shownMarks, at } = joinedWords(own, relative);
    const focus = at[run.length > 1 ? run.start : (relative[0] ?? 0)] ?? 0;
    return [
      { id: span.id, position, words: shown, marks: shownMarks, terms, literal: count(isLiteral), whole, content, run: run.length, pairs: run.pairs, focus },
    ];
  });
}
