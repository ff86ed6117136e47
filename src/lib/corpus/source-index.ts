/**
 * The primary sources' anchors and their words, which claims are resolved
 * against, with the words each other capture of a source holds under the
 * same anchors. Built before any claim is checked.
 */
import type { CaptureWords, SourceIndex } from '../claims/claim.ts';
import type { CheckedCapture } from '../captures/capture.ts';
import { resolveInCapture } from '../captures/capture-text.ts';
import { normaliseText } from '../sources/normalise.ts';
import type { DocumentInput } from './corpus.ts';

/** A capture's words under every anchor of the reading text it has, and under its own new anchors. */
function captureWords(capture: CheckedCapture, readingAnchors: Record<string, string>): CaptureWords {
  const anchors: Record<string, string> = {};
  const keys: Record<string, string> = {};
  for (const [anchor, readingText] of Object.entries(readingAnchors)) {
    const resolved = resolveInCapture(capture, anchor);
    if (!resolved || !('passage' in resolved)) continue;
    const { text, key } = resolved.passage;
    // A sentence kept word for word in the capture is itself; otherwise its whole passage stands for it.
    const kept = anchor.includes('-') && normaliseText(text).includes(normaliseText(readingText));
    anchors[anchor] = kept ? readingText : text;
    if (!kept) keys[anchor] = key;
  }
  for (const passage of capture.passages) if (passage.anchors.length === 0) anchors[passage.key] = passage.text;
  return { id: capture.id, label: capture.label, anchors, keys };
}

/** Every anchor of every primary source, with its words; the first source by seed is the default. */
export function sourceIndex(documents: readonly Pick<DocumentInput, 'meta' | 'passages'>[], captures: readonly CheckedCapture[] = []): SourceIndex {
  const sources = documents.filter((d) => d.meta.kind === 'source').sort((a, b) => a.meta.seed.localeCompare(b.meta.seed));
  const index: SourceIndex = { defaultSource: sources[0]?.meta.slug ?? '', readingCaptures: {}, sources: {} };
  for (const source of sources) {
    const anchors: Record<string, string> = {};
    for (const passage of source.passages) {
      anchors[passage.id] = passage.text;
      for (const sentence of passage.sentences) anchors[sentence.id] = sentence.text;
    }
    const own = captures.filter((c) => c.source === source.meta.slug);
    const reading = own.find((c) => c.reading);
    if (reading && index.readingCaptures) index.readingCaptures[source.meta.slug] = { id: reading.id, label: reading.label };
    index.sources[source.meta.slug] = { title: source.meta.title, anchors, captures: own.filter((c) => !c.reading).map((c) => captureWords(c, anchors)) };
  }
  return index;
}
