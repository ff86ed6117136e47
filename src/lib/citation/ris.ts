/**
 * RIS written from the CSL item. Citation.js's RIS writer is not used because
 * readers broke on what it wrote: it cut every value at 70 characters, and no
 * reader joins the pieces back (Zotero adds a space, one parser keeps the
 * first line, another refuses the file), which broke URLs and titles and left
 * a blank line where a value was exactly 70 long; it also wrote the accessed
 * date to `VL` for the post, which Zotero reads as a volume, and it left out
 * the archive the copy is kept in.
 */
import { risDateText } from './csl-dates.ts';
import type { CslItem } from './csl-item.ts';
import { invertedName } from './csl-names.ts';

/** RIS reference types for the CSL types this site writes. */
const RIS_TYPES: Record<CslItem['type'], string> = { 'post-weblog': 'BLOG', 'article-newspaper': 'NEWS' };

/** One tagged line: the value on a single line, never wrapped, since no reader re-joins wrapped values. */
function line(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

/** The RIS record for a CSL item, ending with `ER  - ` as the format requires. */
export function toRis(item: CslItem): string {
  const date = item.issued ? risDateText(item.issued) : undefined;
  const tags: Array<[string, string | undefined]> = [
    ['TY', RIS_TYPES[item.type]],
    ['ID', item.id],
    ['TI', item.title],
    ['ST', item['title-short']],
    ...(item.author ?? []).map((name): [string, string] => ['AU', invertedName(name)]),
    ['T2', item['container-title']],
    // The full date in PY too (the older RIS form), since some readers take PY over DA and would keep only the year.
    ['PY', date],
    ['DA', date],
    ['UR', item.URL],
    // Y2 is the accessed date, but readers that find no PY or DA take it for the publication date: undated records leave it out.
    ['Y2', date ? risDateText(item.accessed) : undefined],
    // Zotero reads DB as the archive and AN as the place in it, as CSL's archive and archive_location: the copy cited.
    ['DB', item.archive],
    ['AN', item.archive_location],
    ['LA', item.language],
    ['N1', item.note],
    ['ER', ''],
  ];
  return tags
    .filter((tag): tag is [string, string] => tag[1] !== undefined)
    .map(([tag, value]) => line(tag, value))
    .join('\n');
}
