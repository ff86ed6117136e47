/** Counts and sentence openings as the site's prose writes them, wherever a page or a citation composes a sentence. */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count in prose: in words up to ten, then in figures with thousands separated (“three”, “11”, “10,000”). */
export function proseCount(count: number): string {
  return WORDS[count] ?? count.toLocaleString('en-US');
}

/** A count and its noun, singular or plural: “one report”, “three reports”. */
export function counted(count: number, noun: string): string {
  return `${proseCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** Text where it opens a sentence or a title: its first letter a capital, the rest as it is (“Capture 002”). */
export function sentenceStart(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Items as a reader lists them: “A”, “A and B”, “A, B and C”. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
