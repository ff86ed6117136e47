/**
 * A quotation checked against every capture of what it cites: the words the
 * cited anchors hold in each capture, the best match of the quotation in
 * each, and which capture it matches word for word, if any. The reading text
 * comes first, so with one capture nothing changes.
 */
import type { CitedPassage, SourceIndex } from './claim.ts';
import { matchQuote, type QuoteMatch } from './match-quote.ts';
import { hasChanges, wordDiff, type DiffPart } from './word-diff.ts';
import { withoutListMarker } from '../sources/list-marker.ts';
import { pinpointLabel } from '../sources/anchors.ts';
import { normaliseText } from '../sources/normalise.ts';
import { keyAnchors, keyLabel } from '../captures/capture-anchors.ts';

/** What the cited anchors say in one capture. */
export interface CapturedWording {
  capture: { id: string; label: string; reading: boolean };
  text: string;
}

/** A quotation's best match in one capture's wording. */
export interface WordingMatch extends CapturedWording {
  match: QuoteMatch;
  diff: DiffPart[];
}

/**
 * The cited words in the reading text, then in every other capture of the cited sources that has them.
 * List markers are page structure: a quote across bullet points matches, and its diff shows no "•".
 */
export function citedWordings(cites: readonly CitedPassage[], index: SourceIndex, readingCapture: { id: string; label: string }): CapturedWording[] {
  const wordings: CapturedWording[] = [{ capture: { ...readingCapture, reading: true }, text: cites.map((c) => withoutListMarker(c.text)).join(' ') }];
  for (const source of new Set(cites.map((c) => c.source))) {
    for (const capture of index.sources[source]?.captures ?? []) {
      const texts = cites
        .map((c) => (c.source === source ? capture.anchors[c.anchor] : c.text))
        .filter((t): t is string => t !== undefined)
        .map(withoutListMarker);
      // A span stands for several cited anchors at once: its words count once.
      const words = texts.filter((t, i) => t !== texts[i - 1]).join(' ');
      if (words) wordings.push({ capture: { id: capture.id, label: capture.label, reading: false }, text: words });
    }
  }
  return wordings;
}

function changedLength(diff: readonly DiffPart[]): number {
  return diff.reduce((sum, part) => sum + (part.kind === 'same' ? 0 : part.text.length), 0);
}

/** The capture a quotation matches word for word (the first, reading text first), or else the closest; null when none is near. */
export function bestWording(wordings: readonly CapturedWording[], quoted: string): { best: WordingMatch; exact: boolean } | null {
  const matches = wordings.flatMap((w) => {
    const match = matchQuote(w.text, quoted);
    return match ? [{ ...w, match, diff: wordDiff(match.text, quoted) }] : [];
  });
  const exact = matches.find((m) => !hasChanges(m.diff));
  if (exact) return { best: exact, exact: true };
  const closest = matches.reduce<WordingMatch | undefined>((a, b) => (!a || changedLength(b.diff) < changedLength(a.diff) ? b : a), undefined);
  return closest ? { best: closest, exact: false } : null;
}

/**
 * The cites with their words in the capture a quotation was checked against, when that is not the reading text, so
 * that a note shows beside its verdict the words the verdict was given on.
 */
export function citesInCapture(cites: readonly CitedPassage[], index: SourceIndex, capture: { id: string; label: string }): CitedPassage[] {
  return cites.map((cite) => {
    const words = index.sources[cite.source]?.captures?.find((c) => c.id === capture.id);
    const text = words?.anchors[cite.anchor];
    if (text === undefined || normaliseText(text) === normaliseText(cite.text)) return cite;
    // The words are a whole capture passage, maybe a span, unless the capture kept the cited sentence as it is.
    const key = words?.keys?.[cite.anchor];
    const where = key ? { anchor: keyAnchors(key)[0] ?? cite.anchor, where: keyLabel(key) } : { anchor: cite.anchor, where: pinpointLabel(cite.anchor) };
    return { ...cite, captured: { id: capture.id, label: capture.label, text: text.trim(), ...where } };
  });
}
