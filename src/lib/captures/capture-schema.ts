/**
 * The record of a capture: one seed file that holds a copy of a primary
 * source, kept byte for byte, with what is known of where it came from. A
 * source has one capture or more; the one its page is written from is the
 * reading text. Records live in `content/captures/<seed name>.yaml`.
 */
import { z } from 'zod';
import { seedNumber } from '../sources/seed-name.ts';

/** What a capture is: the publisher's own page, someone else's copy, a later revision of the text, or a translation. */
export const CAPTURE_TYPES = ['publisher', 'republication', 'revision', 'translation', 'unknown'] as const;

/** One capture type. */
export type CaptureType = (typeof CAPTURE_TYPES)[number];

/** Whether a string is a real calendar date written `YYYY-MM-DD` (a regex alone would accept 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const DATE = z.string().refine(isCalendarDate, 'a calendar date written `YYYY-MM-DD`, e.g. `2026-03-02`');

const KEY = z.string().regex(/^p[1-9]\d*(?:\.\.p[1-9]\d*)?$/, 'a passage of the reading text, `p20`, or a run of them, `p15..p19`');

/** A passage this capture words otherwise than another copy of the source that the repository does not hold. */
export const knownDifferenceSchema = z.strictObject({
  at: KEY,
  /** `known` when the other wording has been seen; `probable` when those who compared the copies think so but could not confirm it. */
  certainty: z.enum(['known', 'probable']),
  /** How it differs, in the project's own words (never the other copy's text). */
  how: z.string().min(1),
});

/** A later revision of the source's text that this capture does not hold. */
export const laterRevisionSchema = z.strictObject({
  date: DATE,
  /** What the revision changes, in the project's own words. */
  what: z.string().min(1),
  /** The passages of the reading text it bears on. */
  bearsOn: z.array(KEY).optional(),
});

/** A capture record as written in its YAML file. */
export const captureSchema = z
  .strictObject({
    /** The slug of the primary source this is a capture of. */
    of: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a source slug: lower-case words joined by hyphens'),
    seed: z.string().regex(/^[\w.-]+\.txt$/, 'a seed file name in seeds/, e.g. `002_b1635164cf9d6a8a.txt`'),
    seedSha256: z.string().regex(/^[0-9a-f]{64}$/, "the seed's SHA-256 as 64 lowercase hex digits"),
    type: z.enum(CAPTURE_TYPES),
    /** For a revision: the date the publisher's revised text carries. */
    revised: DATE.optional(),
    /** When and from where the capture was taken, when known; the site invents neither. */
    captured: DATE.optional(),
    capturedFrom: z.url({ protocol: /^https?$/ }).optional(),
    /** What is known about the capture, in the project's own words. */
    provenance: z.string().min(1).optional(),
    /** Passages known, or thought, to be worded otherwise in copies the repository does not hold. */
    differs: z.array(knownDifferenceSchema).optional(),
    /** Later revisions of the text that this capture does not hold. */
    laterRevisions: z.array(laterRevisionSchema).optional(),
    /** How the project knows what it says of copies and revisions it does not hold: who compared them, and how. */
    knownFrom: z.string().min(1).optional(),
  })
  // A reader told that unseen copies differ must be told how anyone knows; the build will not state it bare.
  .refine((meta) => meta.knownFrom !== undefined || (!meta.differs?.length && !meta.laterRevisions?.length), {
    path: ['knownFrom'],
    message: 'say how the project knows of the copies or revisions in `differs` and `laterRevisions`: who compared them, and how',
  });

/** The fields a capture record may have, in the schema's order. */
export const CAPTURE_FIELDS: readonly string[] = Object.keys(captureSchema.shape);

/** A validated capture record. */
export type CaptureMeta = z.infer<typeof captureSchema>;

/** A capture's id: its seed's name without `.txt`, stable because seeds are never renamed. */
export function captureId(seed: string): string {
  return seed.replace(/\.txt$/, '');
}

/** What each type of capture is, as a citation names it; an unknown type is left unsaid. */
const TYPE_PHRASES: Record<CaptureType, string | undefined> = {
  publisher: 'the publisher’s own page',
  republication: 'a re-published copy',
  revision: 'a later revision',
  translation: 'a translation',
  unknown: undefined,
};

/** How a citation names a capture: “capture 002, a re-published copy”, or just “capture 002”. */
export function captureName(label: string, type: CaptureType | undefined): string {
  const phrase = type && TYPE_PHRASES[type];
  return phrase ? `${label}, ${phrase}` : label;
}

/** How readers know a capture: “capture 002” for seed `002_…`. */
export function captureLabel(seed: string): string {
  return `capture ${seedNumber(seed) ?? captureId(seed)}`;
}
