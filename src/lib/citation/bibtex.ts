/**
 * BibTeX written from the CSL item. Citation.js's BibTeX writer is not used
 * because what it wrote lost data in real readers: every report got the key
 * `OpenAI`, so pandoc silently cited the last one; `month = {feb 28}` lost the
 * month and day in pandoc; `\textunderscore{}` was dropped; the URL was
 * written twice (`howpublished`); the post lost its container; reports were
 * `@article`s with no journal. The entry uses the fields BibLaTeX, Biber,
 * pandoc and Better BibTeX read (`date`, `urldate`, `journaltitle`,
 * `entrysubtype`); classic BibTeX styles read what they know and skip the rest.
 */
import { cslDateText } from './csl-dates.ts';
import type { CslItem } from './csl-item.ts';
import type { CslName } from './csl-names.ts';

/** Characters TeX reads as commands, and how a value writes each as text. */
const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX value: TeX's special characters escaped, everything else (UTF-8) as it is. */
export function texText(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => TEX_SPECIALS[char] ?? char);
}

/**
 * A title whose capitalisation survives: each word with a capital is braced,
 * because styles and importers (pandoc, Better BibTeX) lower-case unbraced
 * words of English titles. Word by word rather than the whole title, since
 * Better BibTeX ignores one outer pair of braces.
 */
export function texTitle(title: string): string {
  return texText(title).replace(/[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*/gu, '{$&}');
}

/** A person as BibTeX writes one, “von Last, Jr, First”: both kinds of CSL particle go in the von part. */
function texPerson(name: CslName): string {
  const last = [name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return texText([last, name.suffix, name.given].filter(Boolean).join(', '));
}

/** Authors joined by `and`; an organisation braced whole so it is not split into given and family names. */
function texNames(names: readonly CslName[]): string {
  return names.map((name) => (name.literal ? `{${texText(name.literal)}}` : texPerson(name))).join(' and ');
}

/** The entry type and container fields: a report with an outlet is a newspaper article; anything else is online. */
function typeFields(item: CslItem): { type: string; fields: Array<[string, string]> } {
  const container = item['container-title'];
  if (item.type === 'article-newspaper' && container)
    return {
      type: 'article',
      fields: [
        ['journal', texText(container)],
        ['entrysubtype', 'newspaper'],
      ],
    };
  return { type: 'online', fields: container ? [['journaltitle', texText(container)]] : [] };
}

/** The BibTeX entry for a CSL item, keyed by its id. */
export function toBibtex(item: CslItem): string {
  const { type, fields: container } = typeFields(item);
  const fields: Array<[string, string | undefined]> = [
    ['author', item.author ? texNames(item.author) : undefined],
    ['title', texTitle(item.title)],
    ['shorttitle', item['title-short'] ? texTitle(item['title-short']) : undefined],
    ...container,
    ['date', item.issued ? cslDateText(item.issued) : undefined],
    // A URL is verbatim in BibLaTeX and to \url: its `#` and `%` stay as they are.
    ['url', item.URL],
    ['urldate', cslDateText(item.accessed)],
    ['langid', item.language],
    // A particle that stays with the family name (CSL's non-dropping, “van Sample” cited as such) is BibLaTeX's `useprefix`.
    ['options', item.author?.some((name) => name['non-dropping-particle']) ? 'useprefix=true' : undefined],
    ['note', texText(item.note)],
  ];
  const lines = fields.filter((field): field is [string, string] => field[1] !== undefined).map(([name, value]) => `  ${name} = {${value}},`);
  return `@${type}{${item.id},\n${lines.join('\n')}\n}`;
}
