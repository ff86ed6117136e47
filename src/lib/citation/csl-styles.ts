/**
 * The formats made by Citation.js's CSL processor from one CSL-JSON item:
 * APA 7, Harvard and Vancouver. Each costs a few milliseconds, the slowest
 * step of any citation, so citation.ts asks for as few as it can.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-item.ts';

/** An item's reference-list entry in each style. */
export interface Bibliographies {
  apa: string;
  harvard: string;
  vancouver: string;
}

/** An item's in-text citation in the author–date styles. */
export interface InTextCitations {
  apaInText: string;
  harvardInText: string;
}

const OPTIONS = { format: 'text', lang: 'en-US' } as const;

/** The item's reference-list entries. */
export function renderBibliographies(item: CslItem): Bibliographies {
  const cite = new Cite(item);
  const entry = (template: string) => cite.format('bibliography', { ...OPTIONS, template }).trim();
  return { apa: entry('apa'), harvard: entry('harvard1'), vancouver: entry('vancouver') };
}

/** The item's in-text citations, with a paragraph as the locator when one is given. */
export function renderInText(item: CslItem, paragraph?: number): InTextCitations {
  const cite = new Cite(item);
  const entry = [{ id: item.id, ...(paragraph === undefined ? {} : { locator: String(paragraph), label: 'paragraph' }) }];
  const inText = (template: string) => cite.format('citation', { ...OPTIONS, template, entry }).trim();
  return { apaInText: inText('apa'), harvardInText: inText('harvard1') };
}
