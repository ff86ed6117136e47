/**
 * The CSL-JSON item of a document or passage: the one description every
 * citation format is made from. It says what is known and nothing more: the
 * post as OpenAI's, dated as it states; a report with only the outlet,
 * authors and date an editor recorded; this site's copy and the accessed
 * date as what they are.
 */
import type { DocumentMeta } from '../sources/document-schema.ts';
import { joinNames, sentenceStart } from '../site/prose.ts';
import { citationKey } from './citation-key.ts';
import { cslAuthors, type CslName } from './csl-names.ts';
import { shortHeadline } from './short-title.ts';

/** What is being cited: a document, or a passage of it, at a URL, accessed on a day. */
export interface CitationSubject {
  meta: DocumentMeta;
  /** The document's canonical URL, without a fragment. */
  url: string;
  /** YYYY-MM-DD: the day this copy was built; readers should use the day they read it. */
  accessed: string;
  /** A passage or sentence anchor for a pinpoint citation. */
  anchor?: string;
  /** The capture cited, as named for readers (“capture 002, a re-published copy”); without it the seed alone names it. */
  capture?: string;
  /** What is known of copies of the passage that the capture cannot show, each a sentence the note ends with. */
  caveats?: readonly string[];
}

/** The archive every copy cited here is kept in. */
const SITE_ARCHIVE = 'Red Lines, Annotated';

/** A CSL date: one [year, month, day]. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON variables this site writes, in the order it writes them. */
export interface CslItem {
  id: string;
  type: 'post-weblog' | 'article-newspaper';
  title: string;
  URL: string;
  accessed: CslDate;
  note: string;
  /** Where the cited copy is kept: this site, as an archive of the original, which styles name after the original. */
  archive: string;
  archive_location: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  language?: string;
  /** A long headline's short form, which APA and Harvard cite a work with no author by. */
  'title-short'?: string;
}

/** A CSL date from an ISO 8601 date or date-time; the day as written, whatever its offset. */
export function cslDate(iso: string): CslDate {
  return { 'date-parts': [iso.slice(0, 10).split('-').map(Number)] };
}

/** The container: a report's outlet; for the post, the blog its capture names (“Source: OpenAI Blog”). */
function container(meta: DocumentMeta): string | undefined {
  if (meta.outlet) return meta.outlet;
  return meta.kind === 'source' && meta.author ? `${meta.author} Blog` : undefined;
}

/** What a report's citation cannot say, in the words the note uses. */
function unstated(meta: DocumentMeta): string {
  const missing = [!meta.outlet && 'outlet', !meta.authors && !meta.author && 'author', !meta.published && 'date'].filter((m): m is string => Boolean(m));
  if (meta.kind !== 'report' || missing.length === 0) return '';
  return ` ${sentenceStart(joinNames(missing))} ${missing.length === 1 ? 'is' : 'are'} not stated in the capture.`;
}

function note(meta: DocumentMeta, capture: string | undefined, caveats: readonly string[] = []): string {
  const original = `${meta.url ? ` of ${meta.url}` : ''}${meta.captured ? `, captured ${meta.captured.slice(0, 10)}` : ''}`;
  const checksum = `SHA-256 ${meta.seedSha256.slice(0, 12)}…`;
  const from = capture ? `${capture} (${meta.seed}, ${checksum})` : `capture ${meta.seed} (${checksum})`;
  return `Verbatim copy published by Red Lines, Annotated, from ${from}${original}.${unstated(meta)}${caveats.map((c) => ` ${c}`).join('')}`;
}

/** The CSL-JSON item for a subject. */
export function cslItem(subject: CitationSubject): CslItem {
  const { meta, url, accessed, anchor, capture, caveats } = subject;
  const author = cslAuthors(meta);
  const key = citationKey(meta, author);
  const item: CslItem = {
    // A passage is a reference of its own, at its own address: two passages of one document can share a bibliography.
    id: anchor ? `${key}-${anchor}` : key,
    type: meta.kind === 'source' ? 'post-weblog' : 'article-newspaper',
    // APA and Chicago put a description in square brackets when a work has no title of its own.
    title: meta.titleSource === 'headline' ? meta.title : `[${meta.title}]`,
    URL: anchor ? `${url}#${anchor}` : url,
    accessed: cslDate(accessed),
    note: note(meta, capture, caveats),
    archive: SITE_ARCHIVE,
    archive_location: `verbatim copy${capture ? ` of ${capture}` : ''}`,
  };
  if (author.length > 0) item.author = author;
  const containerTitle = container(meta);
  if (containerTitle) item['container-title'] = containerTitle;
  if (meta.published) item.issued = cslDate(meta.published);
  if (meta.language) item.language = meta.language;
  const short = meta.titleSource === 'headline' ? shortHeadline(meta.title) : undefined;
  if (short) item['title-short'] = short;
  return item;
}
