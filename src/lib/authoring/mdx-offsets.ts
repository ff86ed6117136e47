/**
 * Where a passage's words sit in its MDX source. The words a reader sees
 * differ from the source by escapes (`\*`, `&#x65;`) and layout; this maps
 * each character of a text node back to the source, so a span of words can
 * be wrapped in the source without touching a character of it.
 */
import type { Nodes, Text } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** A run of a passage's text: plain text that may be wrapped, or words already in a claim, or anything else. */
export interface Segment {
  kind: 'text' | 'claim' | 'other';
  /** Offsets in the passage's text. */
  start: number;
  end: number;
  node: Nodes;
}

const REFERENCE = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,31}));/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function decode(match: RegExpExecArray): string | false {
  if (match[1]) return String.fromCodePoint(parseInt(match[1], 16));
  if (match[2]) return String.fromCodePoint(Number(match[2]));
  return decodeNamedCharacterReference(match[3] ?? '');
}

/** For each character of a text node's value (and one past its end), its offset in the source; null when they cannot be lined up. */
export function sourceOffsets(source: string, from: number, to: number, value: string): number[] | null {
  const offsets: number[] = [];
  let i = from;
  for (let j = 0; j < value.length;) {
    if (i >= to) return null;
    const char = source[i] ?? '';
    const reference = char === '&' ? REFERENCE.exec(source.slice(i, to)) : null;
    const decoded = reference ? decode(reference) : false;
    if (char === '\\' && ASCII_PUNCTUATION.test(source[i + 1] ?? '') && value[j] === source[i + 1]) {
      offsets.push(i);
      i += 2;
      j += 1;
    } else if (reference && decoded && value.startsWith(decoded, j)) {
      for (let k = 0; k < decoded.length; k++) offsets.push(i);
      i += reference[0].length;
      j += decoded.length;
    } else if (char === value[j]) {
      offsets.push(i);
      i += 1;
      j += 1;
    } else if (/[ \t>]/.test(char)) {
      // Indentation and container marks at the start of a continuation line are layout, not words.
      i += 1;
    } else return null;
  }
  offsets.push(i);
  return offsets;
}

/** The segments of a block's inline content, in reading order, as the page's text concatenates them. */
export function segments(block: Nodes): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  const walk = (node: Nodes, inClaim: boolean) => {
    if (node.type === 'text') {
      out.push({ kind: inClaim ? 'claim' : 'text', start: offset, end: offset + node.value.length, node });
      offset += node.value.length;
      return;
    }
    const claim = node.type === 'mdxJsxTextElement' && node.name === 'Claim';
    if ('children' in node) for (const child of node.children) walk(child as Nodes, inClaim || claim);
    else if ('value' in node && typeof node.value === 'string' && node.type !== 'mdxTextExpression' && node.type !== 'mdxjsEsm') {
      out.push({ kind: 'other', start: offset, end: offset + node.value.length, node });
      offset += node.value.length;
    }
  };
  walk(block, false);
  return out;
}

/** The text a block shows, as the concatenation of its segments. */
export function segmentText(list: readonly Segment[]): string {
  return list.map((s) => (s.node as Text).value ?? '').join('');
}
