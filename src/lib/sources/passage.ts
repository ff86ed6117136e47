/**
 * A passage as the build sees it: an anchored block of source text with its
 * sentences, and where it was written, for error messages.
 */
import { textFingerprint } from './hash.ts';
import type { Place } from '../corpus/content-error.ts';

/** A sentence of a passage. */
export interface SentenceRecord {
  id: string;
  text: string;
}

/** An anchored block of source text (heading, paragraph or list item). */
export interface PassageRecord {
  id: string;
  text: string;
  sentences: SentenceRecord[];
  artefact: boolean;
  place: Place;
}

/** Every anchor of a document (passages and their sentences) with its text fingerprint, in reading order. */
export function anchorFingerprints(passages: readonly PassageRecord[]): Record<string, string> {
  const anchors: Record<string, string> = {};
  for (const passage of passages) {
    anchors[passage.id] = textFingerprint(passage.text);
    for (const sentence of passage.sentences) anchors[sentence.id] = textFingerprint(sentence.text);
  }
  return anchors;
}
