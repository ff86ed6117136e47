/**
 * A capture as the corpus holds it: read from its record and seed, then
 * aligned with its source's reading text. The reading capture is the one its
 * source's page is written from; its passages are the page's own.
 */
import type { Place } from '../corpus/content-error.ts';
import type { MatchKind } from './align-capture.ts';
import type { CaptureRecord } from './capture-record.ts';

/** A capture record and its seed's text, before any check. */
export interface CaptureInput {
  record: CaptureRecord;
  seedText: string;
}

/** One passage of a capture, under its anchor key (`p16`, `p15..p19`, or a number of its own). */
export interface CapturePassageRecord {
  key: string;
  /** The reading passages it stands for; empty when only this capture has it. */
  anchors: string[];
  text: string;
  /** Its line in the capture's seed. */
  line: number;
  artefact: boolean;
  kind: MatchKind;
  score: number;
}

/** A capture that passed its checks. */
export interface CheckedCapture {
  /** The seed's name without `.txt`: stable, and the capture's URL. */
  id: string;
  /** How readers know it, e.g. “capture 002”. */
  label: string;
  source: string;
  seed: string;
  seedSha256: string;
  /** Whether the source's page is written from it. */
  reading: boolean;
  /** Its record's fields; undefined for a reading capture no record describes. */
  meta?: CaptureRecord['meta'];
  place: Place;
  passages: CapturePassageRecord[];
  /** Reading passages this capture does not have. */
  absent: string[];
}
