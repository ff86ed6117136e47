/**
 * Names as CSL records them. A report's `authors` are people, written as
 * their bylines give them and split by Citation.js's name parser; an author
 * stated only as a whole (the post's “OpenAI”) stays one literal name.
 */
import { parse } from '@citation-js/name';
import type { DocumentMeta } from '../sources/document-schema.ts';

/** A CSL name: a person's parts, or one literal (an organisation). */
export interface CslName {
  literal?: string;
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

const PARTS = ['family', 'given', 'non-dropping-particle', 'dropping-particle', 'suffix'] as const;

/** A person's name as written (“Jane Q. Doe” or “Doe, Jane Q.”) in CSL parts. */
export function personName(written: string): CslName {
  const parsed = parse(written);
  const name: CslName = {};
  for (const part of PARTS) if (parsed[part]) name[part] = parsed[part];
  return name.family ? name : { literal: written };
}

/** A document's authors: the people an editor recorded, else the author its capture states. */
export function cslAuthors(meta: Pick<DocumentMeta, 'authors' | 'author'>): CslName[] {
  if (meta.authors) return meta.authors.map(personName);
  return meta.author ? [{ literal: meta.author }] : [];
}

/** The family name with its particle (“van Beethoven”), or the literal name. */
export function familyName(name: CslName): string {
  if (name.literal) return name.literal;
  return [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
}

/** A name in inverted form, “Family, Given” (“Family, Suffix, Given” with a suffix), as BibTeX and RIS write people. */
export function invertedName(name: CslName): string {
  if (name.literal) return name.literal;
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  return [familyName(name), name.suffix, given].filter(Boolean).join(', ');
}
