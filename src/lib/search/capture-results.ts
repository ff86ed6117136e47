/**
 * A source's captures as a search result needs them, carried from the build
 * to the browser as typed JSON in the record's metadata (written by
 * capture-records.ts) and read back defensively: which captures hold each
 * passage, and where a passage of another capture is read and how it is
 * labelled. A record without it is a document with a single capture.
 */

/** The captures of a source's record. */
export interface CaptureSearchMeta {
  /** Every capture of the source, by name, in the corpus's order. */
  all: string[];
  /** Passages not held by every capture, by record anchor: the names of the captures that hold them. */
  held: Record<string, string[]>;
  /** Passages of other captures, by record anchor: their capture page at the passage, and their label. */
  at: Record<string, { url: string; label: string }>;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isString) : []);

function readPlace(value: unknown): Array<{ url: string; label: string }> {
  if (!isObject(value)) return [];
  const { url, label } = value;
  // Site paths only: a record must never hand the page a `javascript:` link.
  return isString(url) && isString(label) && /^\/(?!\/)/.test(url) ? [{ url, label }] : [];
}

/** Reads a record's capture metadata back; undefined when it has none or it is malformed. */
export function decodeCaptureMeta(json: string | undefined): CaptureSearchMeta | undefined {
  if (json === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || !isObject(parsed['held']) || !isObject(parsed['at'])) return undefined;
  const held = Object.fromEntries(Object.entries(parsed['held']).map(([id, list]) => [id, strings(list)]));
  const at = Object.fromEntries(Object.entries(parsed['at']).flatMap(([id, place]) => readPlace(place).map((p) => [id, p] as const)));
  return { all: strings(parsed['all']), held, at };
}

/** The names of the captures holding a passage of a record; none for a record without captures. */
export function passageHolders(meta: CaptureSearchMeta | undefined, id: string): string[] {
  if (!meta) return [];
  return meta.held[id] ?? meta.all;
}

/** Whether a passage passes the capture filter: no capture chosen, or one of its holders is. */
export function passesCaptureFilter(meta: CaptureSearchMeta | undefined, id: string, chosen: readonly string[]): boolean {
  return chosen.length === 0 || passageHolders(meta, id).some((name) => chosen.includes(name));
}

/** “In capture 002 and capture 903.”: the captures a result's passage is in, said only when its source has several. */
export function holdersLine(meta: CaptureSearchMeta | undefined, id: string): string | undefined {
  if (!meta || meta.all.length < 2) return undefined;
  const holders = passageHolders(meta, id);
  if (holders.length < 2) return holders[0] === undefined ? undefined : `Only in ${holders[0]}.`;
  return `In ${holders.slice(0, -1).join(', ')} and ${holders.at(-1) ?? ''}.`;
}
