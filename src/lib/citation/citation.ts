/**
 * Citations of a document or one of its passages, all made from one CSL-JSON
 * item (csl-item.ts): APA, Harvard and Vancouver by Citation.js's CSL
 * processor, BibTeX and RIS by this folder's own writers (see why in each).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parseAnchor } from '../sources/anchors.ts';
import { toBibtex } from './bibtex.ts';
import { cslItem, type CitationSubject } from './csl-item.ts';
import { toRis } from './ris.ts';

export { cslItem, type CitationSubject } from './csl-item.ts';

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

/** The formats rendered by the CSL processor: the slow part, about 10 ms a subject. */
type StyledFormats = Pick<Citations, 'apa' | 'apaInText' | 'harvard' | 'harvardInText' | 'vancouver'>;

// The styles are a pure function of the subject, and a page, its cite page and its three citation files all ask
// for the same one: rendered once per subject, a large site's build no longer runs the processor five times a document.
const styledCache = new Map<string, StyledFormats>();

function styledFormats(subject: CitationSubject): StyledFormats {
  const key = JSON.stringify(subject);
  let styled = styledCache.get(key);
  if (!styled) styledCache.set(key, (styled = renderStyles(subject)));
  return styled;
}

function renderStyles(subject: CitationSubject): StyledFormats {
  const item = cslItem(subject);
  const cite = new Cite(item);
  const paragraph = subject.anchor ? parseAnchor(subject.anchor)?.passage : undefined;
  const entry = [{ id: item.id, ...(paragraph ? { locator: String(paragraph), label: 'paragraph' } : {}) }];
  const bibliography = (template: string) => cite.format('bibliography', { template, format: 'text', lang: 'en-US' }).trim();
  const inText = (template: string) => cite.format('citation', { template, format: 'text', lang: 'en-US', entry }).trim();
  return {
    apa: bibliography('apa'),
    apaInText: inText('apa'),
    harvard: bibliography('harvard1'),
    harvardInText: inText('harvard1'),
    vancouver: bibliography('vancouver'),
  };
}

function dataFormats(subject: CitationSubject, styled: StyledFormats): Citations {
  const item = cslItem(subject);
  return { permalink: item.URL, ...styled, bibtex: toBibtex(item), ris: toRis(item), cslJson: JSON.stringify([item], null, 2) };
}

/** All formats for a subject. Passage citations carry the ¶ number as a paragraph locator. */
export function formatCitations(subject: CitationSubject): Citations {
  return dataFormats(subject, styledFormats(subject));
}

/** A passage number no document reaches, used as a placeholder in the citation template. */
const PLACEHOLDER = 999999;

/** The in-text citation of any passage of a document, with `{n}` where its ¶ number goes. */
export function formatInTextTemplate(document: Omit<CitationSubject, 'anchor'>): string {
  return styledFormats({ ...document, anchor: `p${PLACEHOLDER}` }).apaInText.replace(String(PLACEHOLDER), '{n}');
}

/**
 * The citations of many passages of one document. The CSL styles are rendered
 * once, for a placeholder passage, and each passage's anchor and number are
 * put in its place: the same text as formatting each one, a hundred times faster.
 */
export function formatPassageCitations(document: Omit<CitationSubject, 'anchor'>, anchors: readonly string[]): Map<string, Citations> {
  const template = styledFormats({ ...document, anchor: `p${PLACEHOLDER}` });
  return new Map(
    anchors.map((anchor) => {
      const n = String(parseAnchor(anchor)?.passage ?? '');
      const fill = (text: string) => text.replaceAll(`p${PLACEHOLDER}`, anchor).replaceAll(String(PLACEHOLDER), n);
      const styled = Object.fromEntries(Object.entries(template).map(([key, text]) => [key, fill(text)])) as StyledFormats;
      return [anchor, dataFormats({ ...document, anchor }, styled)];
    }),
  );
}
