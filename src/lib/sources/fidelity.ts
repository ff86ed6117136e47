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

/** Index of the passage, among consecutive texts joined by spaces, that holds a collapsed-text offset. */
export function passageAtOffset(texts: readonly string[], offset: number): number {
  let end = 0;
  for (let i = 0; i < texts.length; i++) {
    end += collapseWhitespace(texts[i] ?? '').length + 1;
    if (offset < end) return i;
  }
  return Math.max(0, texts.length - 1);
}
