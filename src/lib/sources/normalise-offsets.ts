/**
 * normaliseText with a way back: the same normalised text, and for each of
 * its characters the place in the original it came from, so that words
 * compared in their normalised form can be shown as the source writes them
 * (its curly quotes, non-breaking hyphens, ellipses and spacing).
 */
import { foldCharacter } from './normalise.ts';

/** Normalised text, and where each of its characters starts in `source` (with one place more, for its end). */
export interface NormalisedText {
  /** The original in Unicode NFC, which the places refer to. */
  source: string;
  text: string;
  at: number[];
}

/** normaliseText's result, character for character, with each character's place in the original. */
export function normaliseWithOffsets(original: string): NormalisedText {
  const source = original.normalize('NFC');
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < source.length;) {
    const space = /\s+/uy;
    space.lastIndex = i;
    if (space.test(source)) {
      // A run of white space becomes one space, placed at the run's start; leading and trailing ones are trimmed below.
      text += ' ';
      at.push(i);
      i = space.lastIndex;
      continue;
    }
    const char = String.fromCodePoint(source.codePointAt(i) ?? 0);
    // One place for each UTF-16 unit, as string offsets count them: an ellipsis's three dots all come from it.
    const folded = foldCharacter(char);
    text += folded;
    for (let unit = 0; unit < folded.length; unit++) at.push(i);
    i += char.length;
  }
  at.push(source.length);
  const lead = text.startsWith(' ') ? 1 : 0;
  const trail = text.length > lead && text.endsWith(' ') ? 1 : 0;
  return { source, text: text.slice(lead, text.length - trail), at: at.slice(lead, at.length - 1 - trail).concat(trail ? at[at.length - 2]! : at.at(-1)!) };
}

/** The original characters of normalised characters `from` to `to`. */
export function originalSlice(normalised: NormalisedText, from: number, to: number): string {
  return normalised.source.slice(normalised.at[from], normalised.at[to]);
}
