/**
 * Anchor ids. Passages are numbered in reading order, like the numbered
 * paragraphs of a legal document (cite as "¶ 12"), and sentences within a
 * passage are numbered after it. Ids are short, readable and never reused.
 */

/** The id of the n-th passage of a document (1-based). */
export function passageId(n: number): string {
  return `p${n}`;
}

/** The id of the k-th sentence (1-based) of a passage. */
export function sentenceId(passage: string, k: number): string {
  return `${passage}-s${k}`;
}

const ANCHOR = /^p([1-9]\d*)(?:-s([1-9]\d*))?$/;

/** Reads a passage or sentence id back into its numbers, or null when it is not one. */
export function parseAnchor(id: string): { passage: number; sentence?: number } | null {
  const match = ANCHOR.exec(id);
  if (!match) return null;
  const passage = Number(match[1]);
  return match[2] === undefined ? { passage } : { passage, sentence: Number(match[2]) };
}

/** The pinpoint label readers cite, e.g. "¶ 12" or "¶ 12, sentence 3". */
export function pinpointLabel(id: string): string {
  const parsed = parseAnchor(id);
  if (!parsed) return id;
  return parsed.sentence === undefined ? `¶ ${parsed.passage}` : `¶ ${parsed.passage}, sentence ${parsed.sentence}`;
}

/** Whether an anchor is a passage or one of its sentences: `p12` and `p12-s3` are both within `p12`. */
export function isWithin(anchor: string, passage: string): boolean {
  return anchor === passage || anchor.startsWith(`${passage}-`);
}

/** One label for several anchors: "¶ 16–20" for a run of whole passages, else each pinpoint in turn. */
export function rangeLabel(ids: readonly string[]): string {
  const numbers = ids.map((id) => parseAnchor(id));
  const run = numbers.every((n, i) => n && n.sentence === undefined && (i === 0 || n.passage === (numbers[i - 1]?.passage ?? 0) + 1));
  if (run && ids.length > 1) return `¶ ${numbers[0]?.passage}–${numbers.at(-1)?.passage}`;
  return ids.map(pinpointLabel).join(', ');
}

/** The passage an anchor belongs to: `p12` for `p12-s3` (and for `p12` itself). */
export function passageOf(id: string): string {
  return id.replace(/-s\d+$/, '');
}
