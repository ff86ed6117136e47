/**
 * The frontmatter every document page carries. One schema serves the content
 * collection and the build's own pre-flight check, so both agree on what a
 * valid document is.
 */
import { z } from 'zod';

/** The two kinds of document: primary sources are checked against; reports are checked. */
export const DOCUMENT_KINDS = ['source', 'report'] as const;

const ISO_DATE_MESSAGE = 'an ISO 8601 date, e.g. `2026-03-02`';
// The pattern alone would accept 2026-02-30; a real calendar date survives a round trip through Date.
const isCalendarDate = (value: string) => {
  const day = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value.slice(0, 10);
};
/** A day, or a day and time with its offset, as frontmatter and claims write dates. */
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/;
/** Whether `value` is a date as frontmatter writes one, of a day that exists. */
export const isIsoDate = (value: string): boolean => ISO_DATE_PATTERN.test(value) && isCalendarDate(value);
const ISO_DATE = z
  .string()
  .regex(ISO_DATE_PATTERN, ISO_DATE_MESSAGE)
  .refine((value) => !/^\d{4}-\d{2}-\d{2}/.test(value) || isCalendarDate(value), 'a day that exists in the calendar, e.g. `2026-03-02`');

/** Frontmatter of a document page. */
export const documentSchema = z.strictObject({
  seed: z.string().regex(/^[\w.-]+\.txt$/, 'a seed file name in seeds/, e.g. `002_b1635164cf9d6a8a.txt`'),
  seedSha256: z.string().regex(/^[0-9a-f]{64}$/, "the seed's SHA-256 as 64 lowercase hex digits"),
  kind: z.enum(DOCUMENT_KINDS),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  title: z.string().min(1),
  titleSource: z.enum(['headline', 'first-heading', 'opening-words']),
  /** The author as the capture itself states it (the post: “Source: OpenAI Blog”). */
  author: z.string().min(1).optional(),
  published: ISO_DATE.optional(),
  publishedAsStated: z.string().min(1).optional(),
  /** What an editor records about a report; the site shows and cites these, and invents none. */
  outlet: z.string().min(1).optional(),
  authors: z.array(z.string().min(1)).min(1).optional(),
  url: z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL, e.g. `https://example.org/news/story`' }).optional(),
  captured: ISO_DATE.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag, e.g. `en` or `en-GB`')
    .optional(),
  /** When this site's checks of a report's claims were published (its ClaimReview date); a time, when given, dates the Web Annotations too. */
  reviewed: ISO_DATE.optional(),
  /** A draft builds under `npm run dev` only: it is never published. */
  draft: z.boolean().optional(),
});

/** Validated frontmatter of a document page. */
export type DocumentMeta = z.infer<typeof documentSchema>;

/** The folder of content/ that holds each kind. */
export const KIND_FOLDERS: Record<DocumentMeta['kind'], string> = { source: 'sources', report: 'reports' };
