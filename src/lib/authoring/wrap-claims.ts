/**
 * `suggest --write`: wraps a report's own words in draft `<Claim>`s inside
 * its MDX, leaving every other character of the file as it was. Spans that
 * touch an existing claim are skipped, so running it again changes nothing.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMdx } from './mdx-structure.ts';
import { segments, segmentText, sourceOffsets } from './mdx-offsets.ts';

/** A span of a passage's text to wrap, with the opening tag to wrap it in. */
export interface Wrap {
  /** The line and column where the passage starts (its `place`). */
  line: number;
  column: number;
  /** The passage's text, as the build reads it. */
  passageText: string;
  start: number;
  end: number;
  openTag: string;
}

/** What happened to each wrap: written, or skipped and why. */
export interface WrapResult {
  source: string;
  written: Wrap[];
  skipped: { wrap: Wrap; reason: string }[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem']);

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

function blockAt(tree: Root, line: number, column: number): Nodes | undefined {
  let found: Nodes | undefined;
  visit(tree, (node) => {
    if (!found && BLOCKS.has(node.type) && node.position?.start.line === line && node.position.start.column === column) found = node;
  });
  return found;
}

/** The source offsets where a span of a passage starts and ends, or the reason it cannot be wrapped. */
function locate(body: string, tree: Root, wrap: Wrap, starts: number[]): { from: number; to: number } | string {
  const block = blockAt(tree, wrap.line, wrap.column);
  if (!block) return 'its passage was not found in the MDX';
  const list = segments(block);
  const shift = wrap.passageText.indexOf(segmentText(list));
  if (shift < 0) return 'the page text and the MDX disagree';
  const start = wrap.start - shift;
  const end = wrap.end - shift;
  if (list.some((s) => s.kind === 'claim' && s.start < end && s.end > start)) return 'already annotated';
  const host = list.find((s) => s.kind === 'text' && s.start <= start && s.end >= end);
  const position = host?.node.position;
  if (!host || !position) return 'it crosses formatting or other markup';
  const offset = (p: { line: number; column: number }) => (starts[p.line - 1] ?? 0) + p.column - 1;
  const offsets = sourceOffsets(body, offset(position.start), offset(position.end), 'value' in host.node ? String(host.node.value) : '');
  if (!offsets) return 'its escapes could not be lined up with the text';
  return { from: offsets[start - host.start] ?? -1, to: offsets[end - host.start] ?? -1 };
}

/**
 * Wraps each span in its opening tag and `</Claim>`. `body` is the source with
 * its frontmatter blanked to newlines (same lines, same columns), which is what
 * is parsed; offsets are shifted back onto the real source.
 */
export function wrapClaims(source: string, body: string, wraps: readonly Wrap[]): WrapResult {
  const tree = parseMdx(body);
  const bodyStarts = lineStarts(body);
  const sourceStarts = lineStarts(source);
  // Offsets in the body, for overlaps; shifted onto the source when written.
  const written: { wrap: Wrap; from: number; to: number }[] = [];
  const skipped: WrapResult['skipped'] = [];
  for (const wrap of wraps) {
    const place = locate(body, tree, wrap, bodyStarts);
    if (typeof place === 'string') skipped.push({ wrap, reason: place });
    else if (written.some((w) => w.from < place.to && w.to > place.from)) skipped.push({ wrap, reason: 'it overlaps another draft' });
    else written.push({ wrap, ...place });
  }
  // Same line and column in both; only the frontmatter's length differs.
  const toSource = (offset: number) => {
    const line = body.slice(0, offset).split('\n').length;
    return offset + (sourceStarts[line - 1] ?? 0) - (bodyStarts[line - 1] ?? 0);
  };
  let out = source;
  // A literal backslash just before a tag would escape its `<`; doubled, it still shows as one backslash.
  const guard = (text: string, at: number) => ((/\\+$/.exec(text.slice(0, at))?.[0].length ?? 0) % 2 === 1 ? '\\' : '');
  for (const { wrap, from, to } of [...written].map((w) => ({ ...w, from: toSource(w.from), to: toSource(w.to) })).sort((a, b) => b.from - a.from)) {
    out = `${out.slice(0, from)}${guard(out, from)}${wrap.openTag}${out.slice(from, to)}${guard(out, to)}</Claim>${out.slice(to)}`;
  }
  return { source: out, written: written.map((w) => w.wrap), skipped };
}
