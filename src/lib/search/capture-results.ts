/**
 * A source's captures as a search result needs them, carried from the build
 * to the browser on the record's passage anchors and its capture filter
 * (see passage-data.ts) and read back defensively: which captures hold each
 * passage, and where a passage of another capture is read and how it is
 * labelled. A record without them is a document with a single capture.
 */
import { joinNames } from '../site/prose.ts';

/** The captures of a source's record. */
export interface CaptureSearchData {
  /** Every capture of the source, by name, in the corpus's order. */
  all: string[];
  /** Passages not held by every capture, by record anchor: the names of the captures that hold them. */
  held: Record<string, string[]>;
  /** Passages of other captures, by record anchor: their capture page at the passage, and their label. */
  at: Record<string, { url: string; label: string }>;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Reads a list of capture names back, keeping only the names. */
export function readHolders(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isString) : [];
}

/** Reads the place of another capture's passage back; none when malformed or not on this site. */
export function readPlace(value: unknown): { url: string; label: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { url, label } = value as Record<string, unknown>;
  // Site paths only: a record must never hand the page a `javascript:` link.
  return isString(url) && isString(label) && /^\/(?!\/)/.test(url) ? { url, label } : undefined;
}

/** The names of the captures holding a passage of a record; none for a record without captures. */
export function passageHolders(captures: CaptureSearchData | undefined, id: string): string[] {
  if (!captures) return [];
  return captures.held[id] ?? captures.all;
}

/** Whether a passage passes the capture filter: no capture chosen, or one of its holders is. */
export function passesCaptureFilter(captures: CaptureSearchData | undefined, id: string, chosen: readonly string[]): boolean {
  return chosen.length === 0 || passageHolders(captures, id).some((name) => chosen.includes(name));
}

/** “In capture 002 and capture 903.”: the captures a result's passage is in, said only when its source has several. */
export function holdersLine(captures: CaptureSearchData | undefined, id: string): string | undefined {
  if (!captures || captures.all.length < 2) return undefined;
  const holders = passageHolders(captures, id);
  if (holders.length < 2) return holders[0] === undefined ? undefined : `Only in ${holders[0]}.`;
  return `In ${joinNames(holders)}.`;
}
