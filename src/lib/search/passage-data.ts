/**
 * What a search record carries for each passage besides its words: the
 * claims made in it, and, when its source has several captures, which of
 * them hold it and where another capture's wording is read. It rides on the
 * passage's anchor as JSON in `data-pagefind-title`, which Pagefind gives
 * back with the anchor and never indexes. Record metadata would not do:
 * Pagefind has searched every metadata field since 1.5, so JSON kept there
 * put “verdict” and “compareurl” among every report's words. A record's
 * title and kind are read from its filters, which it has anyway.
 */
import { readHolders, readPlace, type CaptureSearchData } from './capture-results.ts';
import { readClaims, type PassageClaims, type ResultClaim } from './result-claims.ts';

/** One passage's share of its record; each part only when it has one. */
export interface PassageData {
  claims?: ResultClaim[];
  /** The captures holding the passage, when not every capture of its source does. */
  held?: string[];
  /** Where another capture's wording of a passage is read, and its label. */
  at?: { url: string; label: string };
  /** Page furniture the capture picked up (“7 min read”, “Back to Blog”), kept with the text but not part of it. */
  artefact?: boolean;
  /** What is known of copies its capture cannot show, in a sentence (see passage-caveats.ts). */
  caveat?: string;
}

/** A record as the browser receives it: its anchors, with their titles, and its filters. */
export interface RecordFragment {
  anchors: ReadonlyArray<{ id: string; title?: string }>;
  filters: Readonly<Record<string, readonly string[]>>;
}

/** What a result needs of its record: the document's title and kind, its claims by passage, and its captures. */
export interface RecordData {
  document: string;
  kind: string;
  claims: PassageClaims;
  captures: CaptureSearchData | undefined;
  /** The passages that are page furniture, not the document's text. */
  artefacts: ReadonlySet<string>;
  /** What is known of copies not held, by passage. */
  caveats: Readonly<Record<string, string>>;
}

/** A passage's anchor title: its data as JSON, or none when it has nothing to carry. */
export function encodePassageData({ claims, held, at, artefact, caveat }: { [K in keyof PassageData]?: PassageData[K] | undefined }): string | undefined {
  const data = {
    ...(claims?.length ? { claims } : {}),
    ...(held ? { held } : {}),
    ...(at ? { at } : {}),
    ...(artefact ? { artefact } : {}),
    ...(caveat ? { caveat } : {}),
  };
  // Pagefind collapses runs of spaces in a title. Outside its strings JSON has no spaces, so escaping every space but
  // the last of a run keeps a claim's words exact.
  return Object.keys(data).length > 0 ? JSON.stringify(data).replace(/ (?= )/g, '\\u0020') : undefined;
}

/** Reads an anchor's title back; anything malformed is left out. */
export function decodePassageData(title: string | undefined): PassageData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(title ?? '{}');
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const { claims, held, at, artefact, caveat } = parsed as Record<string, unknown>;
  const place = readPlace(at);
  return {
    ...(claims !== undefined ? { claims: readClaims(claims) } : {}),
    ...(held !== undefined ? { held: readHolders(held) } : {}),
    ...(place ? { at: place } : {}),
    ...(artefact === true ? { artefact } : {}),
    ...(typeof caveat === 'string' && caveat ? { caveat } : {}),
  };
}

/** A record's title, kind, claims by passage and captures, read from its filters and its anchors' titles. */
export function recordData(fragment: RecordFragment): RecordData {
  const claims: PassageClaims = {};
  const held: CaptureSearchData['held'] = {};
  const at: CaptureSearchData['at'] = {};
  const artefacts = new Set<string>();
  const caveats: Record<string, string> = {};
  for (const anchor of fragment.anchors) {
    const data = decodePassageData(anchor.title);
    if (data.claims) claims[anchor.id] = data.claims;
    if (data.held) held[anchor.id] = data.held;
    if (data.at) at[anchor.id] = data.at;
    if (data.artefact) artefacts.add(anchor.id);
    if (data.caveat) caveats[anchor.id] = data.caveat;
  }
  const all = [...(fragment.filters['capture'] ?? [])];
  return {
    document: fragment.filters['document']?.[0] ?? '',
    kind: fragment.filters['kind']?.[0] ?? '',
    claims,
    captures: all.length > 0 ? { all, held, at } : undefined,
    artefacts,
    caveats,
  };
}
