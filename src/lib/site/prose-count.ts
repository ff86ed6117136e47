/** Numbers as the site's prose writes them: in words up to ten, then in figures with thousands separated. */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count in prose: “three”, “11”, “10,000”. */
export function proseCount(count: number): string {
  return WORDS[count] ?? count.toLocaleString('en-US');
}

/** A count and its noun, singular or plural: “one report”, “three reports”. */
export function counted(count: number, noun: string): string {
  return `${proseCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}
