/**
 * What a source's search record holds of its captures, so that search stays
 * one record per document. A passage that reads the same in several captures
 * is indexed once, as the reading text's, with the captures that hold it. A
 * passage another capture words otherwise, or that only other captures have,
 * joins the record under an anchor of its own, once per wording, with the
 * capture page to read it on. Nothing is added while every source has a
 * single capture, so such a site's index stays as it was.
 */
import type { CheckedCapture } from '../captures/capture.ts';
import { keyLabel } from '../captures/capture-anchors.ts';
import { normaliseText } from '../sources/normalise.ts';
import { capturePath, withBase } from '../site/routes.ts';
import type { CaptureSearchData } from './capture-results.ts';

/** The search record's share of a source's captures: extra passages, what their anchors carry, and the capture filter's values. */
export interface CaptureIndex {
  /** Passages beyond the reading text's, each under its record anchor (`<capture id>/<key>`). */
  passages: Array<{ id: string; text: string }>;
  held: CaptureSearchData['held'];
  at: CaptureSearchData['at'];
  /** The names of the source's captures, in the corpus's order, as the capture filter offers them. */
  names: string[];
}

/** A reading passage as the record holds it. */
type ReadingPassage = { id: string; text: string };

/** How search names a capture: its label, with the date a revision carries (“capture 903, revised 2026-03-02”). */
export function captureSearchName(capture: Pick<CheckedCapture, 'label' | 'meta'>): string {
  return capture.meta?.revised ? `${capture.label}, revised ${capture.meta.revised}` : capture.label;
}

/** The record anchor of another capture's passage: its capture and key, which no reading passage id can be. */
export function captureAnchor(capture: string, key: string): string {
  return `${capture}/${key}`;
}

/** Whether a capture passage has the very words of the reading passages it stands for. */
function readsTheSame(passage: CheckedCapture['passages'][number], reading: ReadonlyMap<string, string>): boolean {
  if (passage.anchors.length === 0) return false;
  return normaliseText(passage.text) === normaliseText(passage.anchors.map((id) => reading.get(id) ?? '').join(' '));
}

/** The captures' share of one source's record, given its reading passages and its captures in corpus order. */
export function sourceCaptureIndex(source: string, reading: readonly ReadingPassage[], captures: readonly CheckedCapture[], base: string): CaptureIndex {
  const names = captures.map(captureSearchName);
  const texts = new Map(reading.map((p) => [p.id, p.text]));
  const holders = new Map<string, string[]>(reading.map((p) => [p.id, []]));
  // One entry per wording: the same words at the same anchors in two captures are one passage.
  const wordings = new Map<string, { id: string; text: string }>();
  const at: CaptureSearchData['at'] = {};
  captures.forEach((capture, i) => {
    const name = names[i] ?? capture.label;
    if (capture.reading) {
      reading.forEach((p) => holders.get(p.id)?.push(name));
      return;
    }
    for (const passage of capture.passages) {
      if (readsTheSame(passage, texts)) {
        passage.anchors.forEach((id) => holders.get(id)?.push(name));
        continue;
      }
      const wording = `${passage.anchors.join(' ')}|${normaliseText(passage.text)}`;
      let entry = wordings.get(wording);
      if (!entry) {
        entry = { id: captureAnchor(capture.id, passage.key), text: passage.text };
        wordings.set(wording, entry);
        holders.set(entry.id, []);
        at[entry.id] = {
          url: `${withBase(base, capturePath(source, capture.id))}#${passage.anchors[0] ?? passage.key}`,
          label: `${keyLabel(passage.key)} · ${name}`,
        };
      }
      holders.get(entry.id)?.push(name);
    }
  });
  const held = Object.fromEntries([...holders].filter(([, list]) => list.length < names.length));
  return { passages: [...wordings.values()], held, at, names };
}

/** The captures of each source, in the corpus's order. */
function bySource(captures: readonly CheckedCapture[]): Map<string, CheckedCapture[]> {
  const groups = new Map<string, CheckedCapture[]>();
  for (const capture of captures) groups.set(capture.source, [...(groups.get(capture.source) ?? []), capture]);
  return groups;
}

/** Whether some source has more than one capture: only then does search offer the capture filter. */
export function hasSeveralCaptures(captures: readonly CheckedCapture[]): boolean {
  return [...bySource(captures).values()].some((list) => list.length > 1);
}

/** Each source's CaptureIndex by slug; none at all unless some source has more than one capture. */
export function captureIndexes(
  sources: ReadonlyArray<{ slug: string; passages: readonly ReadingPassage[] }>,
  captures: readonly CheckedCapture[],
  base: string,
): Map<string, CaptureIndex> {
  if (!hasSeveralCaptures(captures)) return new Map();
  const groups = bySource(captures);
  return new Map(
    sources.flatMap((s) => {
      const own = groups.get(s.slug) ?? [];
      return own.length > 0 ? [[s.slug, sourceCaptureIndex(s.slug, s.passages, own, base)] as const] : [];
    }),
  );
}
