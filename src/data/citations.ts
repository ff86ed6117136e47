/**
 * Citations as the pages show them: absolute URLs from the site's address,
 * and the accessed date set to the day of the build (or `RLA_ACCESSED`).
 */
import { formatCitations, formatInTextTemplate, formatPassageCitations, type Citations } from '../lib/citation/citation.ts';
import type { DocumentMeta } from '../lib/sources/document-schema.ts';
import { absoluteUrl, documentPath } from '../lib/site/routes.ts';
import { captureName } from '../lib/captures/capture-schema.ts';
import { caveatsAt, quoteCaveat } from '../lib/captures/passage-caveats.ts';
import { sourceCaveats } from './caveats.ts';
import { checkedCorpus } from './corpus.ts';

/** The day the copy was built, which citations give as the accessed date. */
export const ACCESSED = process.env['RLA_ACCESSED'] ?? new Date().toISOString().slice(0, 10);

/** A document's canonical URL. */
export function documentUrl(meta: DocumentMeta, site: URL | undefined): string {
  return absoluteUrl(site ?? '', import.meta.env.BASE_URL, documentPath(meta));
}

/** How citations name the capture a document's page is written from, when its record says what it is. */
function readingCaptureName(meta: DocumentMeta): { capture?: string } {
  const capture = checkedCorpus().captures.find((c) => c.source === meta.slug && c.reading);
  return capture?.meta ? { capture: captureName(capture.label, capture.meta.type) } : {};
}

/** The citations of a document, or of one of its passages. */
export function citationsFor(meta: DocumentMeta, site: URL | undefined, anchor?: string): Citations {
  return formatCitations({ meta, url: documentUrl(meta, site), accessed: ACCESSED, ...(anchor ? { anchor } : {}), ...readingCaptureName(meta) });
}

/** The in-text citation for any passage, with `{n}` where its ¶ number goes. */
export function inTextTemplate(meta: DocumentMeta, site: URL | undefined): string {
  // The passage citations' own template, so the page and its cite page share one rendering of the styles.
  return formatInTextTemplate({ meta, url: documentUrl(meta, site), accessed: ACCESSED, ...readingCaptureName(meta) });
}

/** The citations of every given passage of a document, formatted in one pass, each noting what is known of copies not held. */
export function passageCitations(meta: DocumentMeta, site: URL | undefined, anchors: readonly string[]): Map<string, Citations> {
  const { caveats, capture } = sourceCaveats(meta.slug);
  const caveatsOf = (anchor: string) => [quoteCaveat(caveatsAt(caveats, anchor), capture) ?? []].flat();
  return formatPassageCitations({ meta, url: documentUrl(meta, site), accessed: ACCESSED, ...readingCaptureName(meta) }, anchors, caveatsOf);
}
