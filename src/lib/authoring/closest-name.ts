/**
 * The allowed name an editor most likely meant by one the build does not
 * know (a field, a verdict): the nearest in spelling, when it is near enough
 * to be a typo, with a swap of two letters counted as one edit.
 */
import { editDistance } from '../search/spelling.ts';

/** The name of `names` closest to `typed`, case aside, within one edit for every three letters (at least one); else undefined. */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(typed.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase(), limit);
    if (distance < (best?.distance ?? Infinity)) best = { name, distance };
  }
  return best?.name;
}

/** “Did you mean `x`? ”, to put before a fix, when a name near `typed` is known; else nothing. */
export function didYouMean(typed: string, names: readonly string[]): string {
  const near = closestName(typed, names);
  return near ? `Did you mean \`${near}\`? ` : '';
}
