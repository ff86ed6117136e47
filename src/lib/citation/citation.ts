/**
 * Citations of a document or one of its passages, formatted by Citation.js
 * (its CSL, BibTeX and RIS plugins), never by hand. They describe the text
 * honestly: the post as OpenAI's, dated as it states; a report with no
 * stated outlet, author or date as such; this site's copy and the accessed
 * date as what they are.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parseAnchor } from '../sources/anchors.ts';
import type { DocumentMeta } from '../sources/document-schema.ts';

/** What is being cited: a document, or a passage of it, at a URL, accessed on a day. */
export interface CitationSubject {
  meta: DocumentMeta;
  /** The document's canonical URL, without a fragment. */
  url: string;
  /** YYYY-MM-DD: the day this copy was built; readers should use the day they read it. */
  accessed: string;
  /** A passage or sentence anchor for a pinpoint citation. */
  anchor?: string;
}

/** Every format the site offers for one subject. */
export interface Citations {
  permalink: string;
  apa: string;
  apaInText: string;
  harvard: string;
  harvardInText: string;
  vancouver: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

const dateParts = (iso: string) => [iso.slice(0, 10).split('-').map(Number)];

/** The CSL-JSON item for a subject. */
export function cslItem(subject: CitationSubject): Record<string, unknown> {
  const { meta, url, accessed, anchor } = subject;
  const editorial = meta.titleSource !== 'headline';
  const item: Record<string, unknown> = {
    id: meta.slug,
    type: meta.kind === 'source' ? 'post-weblog' : 'article-newspaper',
    // APA and Chicago put a description in square brackets when a work has no title of its own.
    title: editorial ? `[${meta.title}]` : meta.title,
    URL: anchor ? `${url}#${anchor}` : url,
    accessed: { 'date-parts': dateParts(accessed) },
    note: `Verbatim copy published by Red Lines, Annotated, from capture ${meta.seed} (SHA-256 ${meta.seedSha256.slice(0, 12)}…).${meta.kind === 'report' ? ' Outlet, author and date are not stated in the capture.' : ''}`,
  };
  if (meta.author) item['author'] = [{ literal: meta.author }];
  if (meta.author && meta.kind === 'source') item['container-title'] = `${meta.author} Blog`;
  if (meta.published) item['issued'] = { 'date-parts': dateParts(meta.published) };
  return item;
}

/** The formats rendered by the CSL processor: the slow part, about 10 ms a subject. */
type StyledFormats = Pick<Citations, 'apa' | 'apaInText' | 'harvard' | 'harvardInText' | 'vancouver'>;

function styledFormats(cite: Cite, slug: string, anchor: string | undefined): StyledFormats {
  const paragraph = anchor ? parseAnchor(anchor)?.passage : undefined;
  const entry = [{ id: slug, ...(paragraph ? { locator: String(paragraph), label: 'paragraph' } : {}) }];
  const bibliography = (template: string) => cite.format('bibliography', { template, format: 'text', lang: 'en-US' }).trim();
  const inText = (template: string) => cite.format('citation', { template, format: 'text', lang: 'en-US', entry }).trim();
  return { apa: bibliography('apa'), apaInText: inText('apa'), harvard: bibliography('harvard1'), harvardInText: inText('harvard1'), vancouver: bibliography('vancouver') };
}

function dataFormats(subject: CitationSubject, styled: StyledFormats): Citations {
  const item = cslItem(subject);
  const cite = new Cite(item);
  return { permalink: String(item['URL']), ...styled, bibtex: cite.format('bibtex').trim(), ris: cite.format('ris').trim(), cslJson: JSON.stringify([item], null, 2) };
}

/** All formats for a subject. Passage citations carry the ¶ number as a paragraph locator. */
export function formatCitations(subject: CitationSubject): Citations {
  return dataFormats(subject, styledFormats(new Cite(cslItem(subject)), subject.meta.slug, subject.anchor));
}

/** A passage number no document reaches, used as a placeholder in the citation template. */
const PLACEHOLDER = 999999;

/**
 * The citations of many passages of one document. The CSL styles are rendered
 * once, for a placeholder passage, and each passage's anchor and number are
 * put in its place: the same text as formatting each one, a hundred times faster.
 */
export function formatPassageCitations(document: Omit<CitationSubject, 'anchor'>, anchors: readonly string[]): Map<string, Citations> {
  const template = styledFormats(new Cite(cslItem({ ...document, anchor: `p${PLACEHOLDER}` })), document.meta.slug, `p${PLACEHOLDER}`);
  return new Map(
    anchors.map((anchor) => {
      const n = String(parseAnchor(anchor)?.passage ?? '');
      const fill = (text: string) => text.replaceAll(`p${PLACEHOLDER}`, anchor).replaceAll(String(PLACEHOLDER), n);
      const styled = Object.fromEntries(Object.entries(template).map(([key, text]) => [key, fill(text)])) as StyledFormats;
      return [anchor, dataFormats({ ...document, anchor }, styled)];
    }),
  );
}
