/**
 * Text fidelity: a page must say exactly what its seed says. Layout
 * whitespace may differ; every other character must match.
 */
import { collapseWhitespace } from './normalise.ts';

/** Where page text first departs from its seed, with a little context on each side. */
export interface Divergence {
  offset: number;
  expected: string;
  found: string;
}

const CONTEXT = 30;

/** Index of the first differing character, or -1 when the strings are equal. */
export function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : length;
}

/** Compares seed text with page text after collapsing layout whitespace; null when they agree. */
export function compareText(seed: string, page: string): Divergence | null {
  const expected = collapseWhitespace(seed);
  const found = collapseWhitespace(page);
  const offset = firstDifference(expected, found);
  if (offset < 0) return null;
  const from = Math.max(0, offset - CONTEXT);
  return { offset, expected: expected.slice(from, offset + CONTEXT), found: found.slice(from, offset + CONTEXT) };
}

/** Where each passage starts in the passages' text joined and collapsed, and its collapsed length: an empty passage takes no room there. */
export function collapsedSpans(texts: readonly string[]): Array<{ start: number; length: number }> {
  let start = 0;
  return texts.map((text) => {
    const span = { start, length: collapseWhitespace(text).length };
    if (span.length > 0) start += span.length + 1;
    return span;
  });
}

/** Index of the passage, among consecutive texts joined by spaces, that holds a collapsed-text offset (the space after it included). */
export function passageAtOffset(texts: readonly string[], offset: number): number {
  const index = collapsedSpans(texts).findIndex(({ start, length }) => length > 0 && offset <= start + length);
  return index < 0 ? Math.max(0, texts.length - 1) : index;
}
