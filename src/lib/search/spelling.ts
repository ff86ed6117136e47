/**
 * “Did you mean …?” for a query that finds nothing: each word the corpus
 * does not have is replaced by the closest word it does have. The
 * vocabulary is the corpus's own words, counted at build time, so a
 * suggestion always finds something and never brings in outside words.
 */

/** The vocabulary's file name inside the search bundle: loaded by the search page only, and only when a query finds nothing. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Words and how often the corpus uses them, most used first. */
export type Vocabulary = ReadonlyArray<readonly [word: string, count: number]>;

/** Shortest word worth suggesting. */
const MIN_LENGTH = 3;

/** The words of a text as search compares them: lower case, letters and digits only. */
export function wordsIn(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= MIN_LENGTH);
}

/** The vocabulary of a corpus's texts. */
export function vocabularyOf(texts: Iterable<string>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of wordsIn(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Edits allowed between a typed word and a suggestion: one for short words, two for most, three for long ones. */
export function allowedEdits(word: string): number {
  return word.length <= 4 ? 1 : word.length <= 10 ? 2 : 3;
}

/** Edit distance with swaps of neighbouring letters counted as one edit, or Infinity once above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      row.push(value);
    }
    if (Math.min(...row) > limit) return Infinity;
    [before, previous] = [previous, row];
  }
  return (previous[b.length] ?? Infinity) <= limit ? (previous[b.length] ?? Infinity) : Infinity;
}

/** The corpus words closest to `word`, fewest edits first and, among equals, the most used. */
export function closestWords(word: string, vocabulary: Vocabulary, limit = 3): string[] {
  const target = word.toLowerCase();
  const edits = allowedEdits(target);
  return vocabulary
    .map(([candidate, count]) => ({ candidate, count, distance: editDistance(target, candidate, edits) }))
    .filter((c) => c.distance > 0 && c.distance <= edits)
    .sort((a, b) => a.distance - b.distance || b.count - a.count)
    .slice(0, limit)
    .map((c) => c.candidate);
}

/** A suggested word in the case of the typed word it replaces: “Anthorpic” becomes “Anthropic”, not “anthropic”. */
export function inCaseOf(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return word.toUpperCase();
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The word a corpus word's length needs, joined, before a near match is offered: shorter joins match too much by chance. */
const MIN_NEAR_JOIN = 8;

/**
 * The corpus word two neighbouring words make when joined, unless both are corpus words: the join itself (“guard
 * rails”), or, when `near` and the join is long enough, the corpus word nearest it (“garud rails”), so a compound
 * typed apart and misspelt is not offered as two unrelated words near each half.
 */
function joinedWord(a: string, b: string, vocabulary: Vocabulary, known: ReadonlySet<string>, near: boolean): string | undefined {
  const word = (a + b).toLowerCase();
  if (known.has(a.toLowerCase()) && known.has(b.toLowerCase())) return undefined;
  if (known.has(word)) return word;
  const [nearest] = near && word.length >= MIN_NEAR_JOIN ? closestWords(word, vocabulary, 1) : [];
  // Fewer edits than either word has letters, or the “join” would drop or rewrite a whole word (“guardrails off”).
  return nearest && editDistance(word, nearest, Math.min(a.length, b.length) - 1) !== Infinity ? nearest : undefined;
}

/** One pass joining neighbouring words, by a space or a dash, into the corpus words they make. */
function joinPass(query: string, join: (a: string, b: string) => string | undefined): string {
  const words = [...query.matchAll(/[\p{L}\p{N}]+/gu)];
  let joined = '';
  let at = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const [a, b] = [words[i] as RegExpExecArray, words[i + 1] as RegExpExecArray];
    const word = /^[\s\p{Pd}]+$/u.test(query.slice(a.index + a[0].length, b.index)) ? join(a[0], b[0]) : undefined;
    if (!word) continue;
    joined += query.slice(at, a.index) + inCaseOf(a[0], word);
    at = b.index + b[0].length;
    i++;
  }
  return joined + query.slice(at);
}

/** Neighbouring words the corpus writes only as one (“guard rails”, “safe-guards”), joined: exact joins first, then near ones. */
export function joinCompounds(query: string, vocabulary: Vocabulary, known = new Set(vocabulary.map(([word]) => word))): string {
  const exact = joinPass(query, (a, b) => joinedWord(a, b, vocabulary, known, false));
  return joinPass(exact, (a, b) => joinedWord(a, b, vocabulary, known, true));
}

/**
 * The query with each word the corpus lacks replaced by its closest corpus word, or undefined when nothing changes. A
 * word that begins a corpus word (“survei”, “autonom”) is left as typed: it is being typed, or searched as a beginning,
 * and Pagefind finds the words it begins.
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const known = new Set(vocabulary.map(([word]) => word));
  const begins = (word: string) => vocabulary.some(([corpusWord]) => corpusWord.startsWith(word));
  const compounds = joinCompounds(query, vocabulary, known);
  let changed = compounds !== query;
  const suggested = compounds.replace(/[\p{L}\p{N}]+/gu, (word) => {
    if (word.length < MIN_LENGTH || known.has(word.toLowerCase()) || begins(word.toLowerCase())) return word;
    const [closest] = closestWords(word, vocabulary, 1);
    if (!closest) return word;
    changed = true;
    return inCaseOf(word, closest);
  });
  return changed ? suggested.replace(/"/g, '').trim() : undefined;
}
