/**
 * Citation keys (BibTeX keys, RIS IDs, CSL ids). A key names one document
 * and never changes with the day cited; a passage's citation adds its
 * anchor (`…-p42`, see csl-item.ts). It is built from
 * metadata when a document states a name and a date, `Outlet2026FirstTitleWords`
 * (three words of the title, as Better BibTeX's default keys have, so one
 * outlet's stories of a year rarely meet), and is otherwise the document's
 * slug, which is unique by construction: reports with no stated outlet,
 * author or date must never share a key.
 */
import type { DocumentMeta } from '../sources/document-schema.ts';
import { familyName, type CslName } from './csl-names.ts';

/** Words that say nothing about a title, skipped when picking the title's word for a key. */
const SKIPPED_WORDS = new Set(['a', 'an', 'the', 'our', 'its', 'their', 'of', 'on', 'in', 'to', 'for', 'and', 'with', 'how', 'why', 'what']);

/** ASCII letters and digits of a phrase, each word capitalised: “Example Gazette” → `ExampleGazette`. */
function keyPart(phrase: string): string {
  return phrase
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9\s]/g, '')
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** How many of the title's words a key takes. */
const TITLE_WORDS = 3;

/** The title's first words that are not in SKIPPED_WORDS (its first words when all are). */
function titleWords(title: string): string {
  const words = title.split(/\s+/).map(keyPart).filter(Boolean);
  const significant = words.filter((word) => !SKIPPED_WORDS.has(word.toLowerCase()));
  return (significant.length > 0 ? significant : words).slice(0, TITLE_WORDS).join('');
}

/** The key of a document: outlet (else first author), year and title words when all are known, else its slug. */
export function citationKey(meta: Pick<DocumentMeta, 'slug' | 'title' | 'outlet' | 'published'>, authors: readonly CslName[]): string {
  const first = authors[0];
  const name = keyPart(meta.outlet ?? (first ? familyName(first) : ''));
  const year = meta.published?.slice(0, 4) ?? '';
  const word = titleWords(meta.title);
  return name && year && word ? `${name}${year}${word}` : meta.slug;
}
