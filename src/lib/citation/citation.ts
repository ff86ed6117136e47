/**
 * Citations of a document or one of its passages, all made from one CSL-JSON
 * item (csl-item.ts): APA, Harvard and Vancouver by Citation.js's CSL
 * processor (csl-styles.ts), BibTeX and RIS by this folder's own writers (see why in each).
 */
import { parseAnchor } from '../sources/anchors.ts';
import { toBibtex } from './bibtex.ts';
import { cslItem, type CitationSubject } from './csl-item.ts';
import { renderBibliographies, renderInText, type Bibliographies, type InTextCitations } from './csl-styles.ts';
import { toRis } from './ris.ts';

export { cslItem, type CitationSubject } from './csl-item.ts';

/** Every format the site offers for one subject. */
export interface Citations extends Bibliographies, InTextCitations {
  permalink: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** A document as a citation subject: no anchor. */
type DocumentSubject = Omit<CitationSubject, 'anchor'>;

/** A passage number no document reaches, rendered in place of a real one and then replaced. */
const PLACEHOLDER = 999999;
const PLACEHOLDER_ANCHOR = `p${PLACEHOLDER}`;

/** What the CSL processor renders once per document, from which every passage's styled text is filled in. */
interface StyledTemplates {
  /** The placeholder passage's reference-list entries: its anchor is in their URL. */
  bibliographies: Bibliographies;
  /** The whole document's in-text citations. */
  documentInText: InTextCitations;
  /** The placeholder passage's in-text citations: its number is their locator. */
  passageInText: InTextCitations;
}

// A document's page, its cite page and its three citation files all ask for the same styles: rendered once per
// document (three reference-list entries, four in-text citations) and filled in for every passage.
const templateCache = new Map<string, StyledTemplates>();

function styledTemplates(document: DocumentSubject): StyledTemplates {
  const key = JSON.stringify(document);
  let templates = templateCache.get(key);
  if (!templates) {
    const placeholder = cslItem({ ...document, anchor: PLACEHOLDER_ANCHOR });
    templates = {
      bibliographies: renderBibliographies(placeholder),
      documentInText: renderInText(cslItem(document)),
      passageInText: renderInText(placeholder, PLACEHOLDER),
    };
    templateCache.set(key, templates);
  }
  return templates;
}

function replaceInEach<T extends object>(texts: T, search: string, replacement: string): T {
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, (text as string).replaceAll(search, replacement)])) as T;
}

/**
 * The styled formats of a document or a passage. An anchor reaches a
 * reference-list entry only through the URL's fragment, and an in-text
 * citation only through its ¶ number, so each is the placeholder's text
 * with its own put in their place (tests hold this to rendering each one).
 */
function styledFormats(document: DocumentSubject, anchor: string | undefined): Bibliographies & InTextCitations {
  const templates = styledTemplates(document);
  const bibliographies = replaceInEach(templates.bibliographies, `#${PLACEHOLDER_ANCHOR}`, anchor ? `#${anchor}` : '');
  const paragraph = anchor ? parseAnchor(anchor)?.passage : undefined;
  const inText = paragraph === undefined ? templates.documentInText : replaceInEach(templates.passageInText, String(PLACEHOLDER), String(paragraph));
  return { ...bibliographies, ...inText };
}

/** All formats for a subject. Passage citations carry the ¶ number as a paragraph locator. */
export function formatCitations(subject: CitationSubject): Citations {
  const { anchor, ...document } = subject;
  const item = cslItem(subject);
  return { permalink: item.URL, ...styledFormats(document, anchor), bibtex: toBibtex(item), ris: toRis(item), cslJson: JSON.stringify([item], null, 2) };
}

/** The in-text citation of any passage of a document, with `{n}` where its ¶ number goes. */
export function formatInTextTemplate(document: DocumentSubject): string {
  return styledTemplates(document).passageInText.apaInText.replace(String(PLACEHOLDER), '{n}');
}

/** The citations of many passages of one document, the styles rendered once for them all; `caveatsAt` gives each passage's caveats. */
export function formatPassageCitations(
  document: DocumentSubject,
  anchors: readonly string[],
  caveatsAt: (anchor: string) => readonly string[] = () => [],
): Map<string, Citations> {
  return new Map(
    anchors.map((anchor) => {
      const caveats = caveatsAt(anchor);
      return [anchor, formatCitations({ ...document, anchor, ...(caveats.length ? { caveats } : {}) })];
    }),
  );
}
