/**
 * What a capture's record says of one passage that the repository cannot
 * show: another copy, not held, words it otherwise, or a later revision bears
 * on it. The source's page says so once, at its top; a reader who arrives at
 * a passage from a citation, a claim's note or the Cite dialog must be told
 * there too, since the words in front of them may not be the publisher's.
 */
import { parseAnchor, passageId } from '../sources/anchors.ts';
import { joinNames, sentenceStart } from '../site/prose.ts';
import { keyAnchors, keyLabel } from './capture-anchors.ts';
import type { CaptureMeta } from './capture-schema.ts';

/** One thing known, and not held, about a passage of the reading text. */
export type PassageCaveat =
  { kind: 'differs'; key: string; certainty: 'known' | 'probable'; how: string } | { kind: 'revision'; key: string; date: string; what: string };

/** Each reading passage's caveats, in the record's order: differences first, then revisions. */
export function passageCaveats(meta: CaptureMeta | undefined): Map<string, PassageCaveat[]> {
  const caveats: PassageCaveat[] = [
    ...(meta?.differs ?? []).map((d) => ({ kind: 'differs' as const, key: d.at, certainty: d.certainty, how: d.how })),
    ...(meta?.laterRevisions ?? []).flatMap((r) => (r.bearsOn ?? []).map((key) => ({ kind: 'revision' as const, key, date: r.date, what: r.what }))),
  ];
  const byPassage = new Map<string, PassageCaveat[]>();
  for (const caveat of caveats) for (const anchor of keyAnchors(caveat.key)) byPassage.set(anchor, [...(byPassage.get(anchor) ?? []), caveat]);
  return byPassage;
}

/** The caveats of the passage an anchor names, a sentence's (`p15-s1`) being its passage's. */
export function caveatsAt(caveats: ReadonlyMap<string, readonly PassageCaveat[]>, anchor: string): readonly PassageCaveat[] {
  const passage = parseAnchor(anchor)?.passage;
  return passage === undefined ? [] : (caveats.get(passageId(passage)) ?? []);
}

/** The few words a passage's marker shows. */
export function caveatLabel(caveat: PassageCaveat): string {
  if (caveat.kind === 'revision') return `Later version, ${caveat.date}`;
  return caveat.certainty === 'known' ? 'Differs in a copy not held' : 'May differ in a copy not held';
}

/** The id of the source's notice of what its reading text cannot show, which a claim's note links to. */
export const NOTICE_TARGET = 'capture-notice-title';

/** The id of the notice's entry on a difference, by its key: named after its first passage. */
export const differenceTarget = (key: string): string => `differs-${keyAnchors(key)[0] ?? key}`;

/** The id of the notice's entry on a later revision, by its date. */
export const revisionTarget = (date: string): string => `revision-${date}`;

/** The id of the entry in the source's notice that says what is known, for the marker to link to. */
export function caveatTarget(caveat: PassageCaveat): string {
  return caveat.kind === 'revision' ? revisionTarget(caveat.date) : differenceTarget(caveat.key);
}

/** Caveats of one kind (a certain or a probable difference, or one revision) with every passage or run they touch. */
interface CaveatGroup {
  caveat: PassageCaveat;
  keys: string[];
}

/** The caveats grouped by what they say, in the order first met, each key once. */
function grouped(caveats: readonly PassageCaveat[]): CaveatGroup[] {
  const groups = new Map<string, CaveatGroup>();
  for (const caveat of caveats) {
    const kind = caveat.kind === 'revision' ? `revision ${caveat.date}` : `differs ${caveat.certainty}`;
    const group = groups.get(kind) ?? groups.set(kind, { caveat, keys: [] }).get(kind)!;
    if (!group.keys.includes(caveat.key)) group.keys.push(caveat.key);
  }
  return [...groups.values()];
}

/** A key's place in the text, by its first passage. */
const keyPlace = (key: string): number => parseAnchor(keyAnchors(key)[0] ?? '')?.passage ?? 0;

/** One group as a clause, its passages in reading order: “a copy not held here words ¶ 15–19 and ¶ 25 otherwise”. */
function clause({ caveat, keys }: CaveatGroup): string {
  const where = joinNames([...keys].sort((a, b) => keyPlace(a) - keyPlace(b)).map(keyLabel));
  if (caveat.kind === 'revision') return `a later version dated ${caveat.date}, not held here, bears on ${where}`;
  return `a copy not held here ${caveat.certainty === 'known' ? 'words' : 'may word'} ${where} otherwise`;
}

/** Every caveat in one sentence that ends with `ending`; none for no caveats. */
function caveatSentence(caveats: readonly PassageCaveat[], ending: string): string | undefined {
  const clauses = grouped(caveats).map(clause);
  return clauses.length ? sentenceStart(`${clauses.join('; ')}; ${ending}`) : undefined;
}

/** The caveats under a verdict, in a claim's note: `capture` names the reading text the verdict was checked against. */
export const verdictCaveat = (caveats: readonly PassageCaveat[], capture: string): string | undefined =>
  caveatSentence(caveats, `the verdict rests on ${capture}’s words.`);

/** The caveats in a search result: `capture` names the reading text whose words the result shows. */
export const resultCaveat = (caveats: readonly PassageCaveat[], capture: string): string | undefined =>
  caveatSentence(caveats, `the words shown are ${capture}’s.`);

/** The caveats in a passage's citation: `capture` names the reading text whose words are cited. */
export const quoteCaveat = (caveats: readonly PassageCaveat[], capture: string): string | undefined =>
  caveatSentence(caveats, `the words cited are ${capture}’s.`);

/** The different caveats on the passages or sentences a claim cites, each once, in the order first cited. */
export function distinctCaveats(caveats: ReadonlyMap<string, readonly PassageCaveat[]>, anchors: readonly string[]): PassageCaveat[] {
  // A run's caveat is one object shared by its passages, so citing ¶ 15 and ¶ 16 gives it once.
  return [...new Set(anchors.flatMap((anchor) => caveatsAt(caveats, anchor)))];
}

/** What the record says of it, in the project's own words: how the copy differs, or what the revision changed. */
export function caveatDetail(caveat: PassageCaveat): string {
  return caveat.kind === 'revision' ? caveat.what : caveat.how;
}
