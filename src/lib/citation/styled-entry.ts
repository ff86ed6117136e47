/**
 * A reference-list entry as the CSL processor writes it in HTML, cut to the
 * entry itself: its italics kept (a blog's or a newspaper's name, a report's
 * title), the wrapping blocks left out, and a numbered style's number put
 * before the entry as the processor's plain text puts it. The plain text is
 * read back from the same HTML, so the two can never disagree.
 */

/** One entry of the processor's HTML bibliography, without the blocks around it: inline HTML only. */
export function entryHtml(bibliography: string): string {
  const entry = bibliography.match(/<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>\s*$/)?.[1];
  if (entry === undefined) throw new Error(`The CSL processor's HTML has no reference-list entry: ${bibliography.slice(0, 80)}…`);
  // A numbered style (Vancouver) writes the number in a margin block of its own; as text it is the entry's first word.
  const numbered = entry.match(/^\s*<div class="csl-left-margin">([\s\S]*?)<\/div><div class="csl-right-inline">([\s\S]*?)<\/div>\s*$/);
  return (numbered ? `${numbered[1]} ${numbered[2]}` : entry).trim();
}

/** The characters the processor writes as numeric references in HTML. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&#38;': '&',
  '&#60;': '<',
  '&#62;': '>',
  '&#160;': '\u00a0',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
};

/** An entry's HTML as plain text: its tags dropped and its characters written out. */
export function entryText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:#\d+|[a-z]+);/g, (entity) => {
    const text = ENTITIES[entity];
    if (text === undefined) throw new Error(`The CSL processor wrote ${entity}, which src/lib/citation/styled-entry.ts cannot read; add it to ENTITIES.`);
    return text;
  });
}
