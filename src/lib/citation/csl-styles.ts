/**
 * The formats made by Citation.js's CSL processor from one CSL-JSON item:
 * APA 7, Harvard and Vancouver. Each costs a few milliseconds, the slowest
 * step of any citation, so citation.ts asks for as few as it can.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-item.ts';
import { britishLocale } from './british-locale.ts';
import { entryHtml, entryText } from './styled-entry.ts';
import { sentenceStart } from '../site/prose.ts';

/** An item's reference-list entry in each style, as plain text and as inline HTML with the style's italics. */
export interface Bibliographies {
  apa: string;
  harvard: string;
  vancouver: string;
  apaHtml: string;
  harvardHtml: string;
  vancouverHtml: string;
}

/** An item's in-text citation in the author–date styles. */
export interface InTextCitations {
  apaInText: string;
  harvardInText: string;
}

/** How the processor is asked for a style: as plain text or HTML, in one language. */
interface RenderOptions {
  format: 'text' | 'html';
  lang: string;
}

const OPTIONS: RenderOptions = { format: 'text', lang: 'en-US' };
/** Harvard, a British style (Cite Them Right), in British English: day before month, punctuation outside quotes. */
const HARVARD: RenderOptions = { ...OPTIONS, lang: 'en-GB' };

const { locales } = plugins.config.get('@csl');
if (!locales.has(HARVARD.lang)) locales.add(HARVARD.lang, britishLocale(locales.get(OPTIONS.lang)));

/** An item as one style is given it: Harvard may see a news article as a plain article. */
type StyledItem = Omit<CslItem, 'type'> & { type: CslItem['type'] | 'article'; publisher?: string };

/**
 * The item as Harvard is given it. Harvard puts an anonymous news article's outlet where its author would be, and
 * with no outlet either it leaves the place empty: every such report would be cited “(no date)”. As a plain article its
 * title takes the place, as Harvard guides ask for a work with no author.
 */
function harvardItem(item: CslItem): StyledItem {
  // Harvard's style has no place for an archive, so the copy is named where the outlet or the publisher goes (after a
  // comma there, after a full stop here); left out, the reference would give this site's address as the original's.
  const copy = `verbatim copy in ${item.archive}`;
  const container = item['container-title'];
  if (item.author === undefined && item.type === 'article-newspaper') {
    if (container === undefined) return { ...item, type: 'article', publisher: sentenceStart(copy) };
    // An anonymous report's outlet stands where its author would, as Harvard puts it, so the copy takes the outlet's place.
    return { ...item, author: [{ literal: container }], 'container-title': copy };
  }
  return { ...item, 'container-title': container ? `${container}, ${copy}` : copy };
}

/** The processor's input for the item, and for Harvard, the item as Harvard is given it. */
function cites(item: CslItem): [Cite, Cite] {
  const cite = new Cite(item);
  return [cite, new Cite(harvardItem(item))];
}

/**
 * Harvard's entry with the copy's name out of the italics: the style sets its container in italics, and the copy is
 * named there only for want of a place of its own (see harvardItem); the outlet's name stays italic.
 */
function plainCopy(html: string, item: CslItem): string {
  const copy = `verbatim copy in ${item.archive}`.replaceAll('&', '&#38;');
  return html.replace(`, ${copy}</i>`, `</i>, ${copy}`).replace(`<i>${copy}</i>`, copy);
}

/** The item's reference-list entries, the text read from the HTML so that the two always agree. */
export function renderBibliographies(item: CslItem): Bibliographies {
  const [cite, harvard] = cites(item);
  const entry = (template: string, styled = cite, options = OPTIONS) => entryHtml(styled.format('bibliography', { ...options, format: 'html', template }));
  const apaHtml = entry('apa');
  const harvardHtml = plainCopy(entry('harvard1', harvard, HARVARD), item);
  const vancouverHtml = entry('vancouver');
  return { apa: entryText(apaHtml), harvard: entryText(harvardHtml), vancouver: entryText(vancouverHtml), apaHtml, harvardHtml, vancouverHtml };
}

/** The item's in-text citations, with a paragraph as the locator when one is given. */
export function renderInText(item: CslItem, paragraph?: number): InTextCitations {
  const entry = [{ id: item.id, ...(paragraph === undefined ? {} : { locator: String(paragraph), label: 'paragraph' }) }];
  const [cite, harvard] = cites(item);
  const inText = (template: string, styled = cite, options = OPTIONS) => styled.format('citation', { ...options, template, entry }).trim();
  return { apaInText: inText('apa'), harvardInText: inText('harvard1', harvard, HARVARD) };
}
