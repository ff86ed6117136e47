/**
 * A passage as the build sees it: an anchored block of source text with its
 * sentences, and where it was written, for error messages.
 */
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
  /** A heading (h1–h6): it names a part of the text rather than saying anything itself. */
  heading: boolean;
  place: Place;
}
