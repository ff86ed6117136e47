/**
 * The anchor lock (`content/anchors.lock.json`): every published anchor of
 * every document with a fingerprint of its text. A citation made today must
 * land on the same words tomorrow, so an anchor may be added but never lost
 * or pointed at other words without an explicit, reviewed update.
 */
import { textFingerprint } from './hash.ts';
import type { PassageRecord } from './passage.ts';

/** Anchor id → text fingerprint, in reading order. */
export type DocumentAnchors = Record<string, string>;

/** Document slug → its anchors. */
export type AnchorLock = Record<string, DocumentAnchors>;

/** Every anchor of a document (passages and their sentences) with its text fingerprint, in reading order. */
export function anchorFingerprints(passages: readonly Pick<PassageRecord, 'id' | 'text' | 'sentences'>[]): DocumentAnchors {
  const anchors: DocumentAnchors = {};
  for (const passage of passages) {
    anchors[passage.id] = textFingerprint(passage.text);
    for (const sentence of passage.sentences) anchors[sentence.id] = textFingerprint(sentence.text);
  }
  return anchors;
}

/** One way the current anchors break the lock's promise. */
export interface LockProblem {
  anchor: string;
  problem: 'changed' | 'removed' | 'unlocked';
}

/** Compares a document's current anchors with its locked ones. */
export function compareWithLock(locked: DocumentAnchors | undefined, current: DocumentAnchors): LockProblem[] {
  const problems: LockProblem[] = [];
  const before = locked ?? {};
  for (const [anchor, fingerprint] of Object.entries(current)) {
    if (!(anchor in before)) problems.push({ anchor, problem: 'unlocked' });
    else if (before[anchor] !== fingerprint) problems.push({ anchor, problem: 'changed' });
  }
  for (const anchor of Object.keys(before)) if (!(anchor in current)) problems.push({ anchor, problem: 'removed' });
  return problems;
}

/** How an update may change the lock: add new anchors only, or also accept changed and removed ones. */
export type LockUpdateMode = 'add' | 'rewrite';

/** The lock after an update; `add` keeps every locked anchor exactly as it was. */
export function updateLock(lock: AnchorLock, slug: string, current: DocumentAnchors, mode: LockUpdateMode): AnchorLock {
  const next: DocumentAnchors = mode === 'rewrite' ? { ...current } : { ...current, ...(lock[slug] ?? {}) };
  return { ...lock, [slug]: next };
}

/** Serialises a lock, of anchors or of claims, with its documents sorted and one entry per line, so diffs review well. */
export function formatLock<T>(lock: Readonly<Record<string, T>>): string {
  const sorted: Record<string, T> = {};
  for (const slug of Object.keys(lock).sort()) sorted[slug] = lock[slug] as T;
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Parses a lock file's text (the anchor lock unless told otherwise); an empty or missing file is an empty lock. */
export function parseLock<T = DocumentAnchors>(text: string | undefined): Record<string, T> {
  if (!text?.trim()) return {};
  return JSON.parse(text) as Record<string, T>;
}

/** The 1-based line of an anchor's entry within a document's block of the lock text, if present. */
export function lockLine(text: string, slug: string, anchor: string): number | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`  ${JSON.stringify(slug)}:`));
  if (start < 0) return undefined;
  const offset = lines.slice(start).findIndex((line) => line.trimStart().startsWith(`${JSON.stringify(anchor)}:`));
  return offset < 0 ? undefined : start + offset + 1;
}
