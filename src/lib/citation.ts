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
import { parseAnchor } from './anchors.ts';
import type { DocumentMeta } from './document-schema.ts';

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

/** All formats for a subject. Passage citations carry the ¶ number as a paragraph locator. */
export function formatCitations(subject: CitationSubject): Citations {
  const item = cslItem(subject);
  const cite = new Cite(item);
  const paragraph = subject.anchor ? parseAnchor(subject.anchor)?.passage : undefined;
  const entry = [{ id: subject.meta.slug, ...(paragraph ? { locator: String(paragraph), label: 'paragraph' } : {}) }];
  const bibliography = (template: string) => cite.format('bibliography', { template, format: 'text', lang: 'en-US' }).trim();
  const inText = (template: string) => cite.format('citation', { template, format: 'text', lang: 'en-US', entry }).trim();
  return {
    permalink: String(item['URL']),
    apa: bibliography('apa'),
    apaInText: inText('apa'),
    harvard: bibliography('harvard1'),
    harvardInText: inText('harvard1'),
    vancouver: bibliography('vancouver'),
    bibtex: cite.format('bibtex').trim(),
    ris: cite.format('ris').trim(),
    cslJson: JSON.stringify([item], null, 2),
  };
}
