/**
 * What a seed's text itself states about the document: its title, its date,
 * its author, outlet and by-line. Nothing here is guessed; a field the text
 * does not state is left out, and an editorial title says that it is one.
 */
import { BYLINE, isMetadataLine, type SeedBlock } from './seed-blocks.ts';
import { MONTH_NAMES } from '../site/months.ts';

/** Where a document's title comes from: its headline, or (marked editorial) its opening words. */
export type TitleSource = 'headline' | 'opening-words';

/** The metadata an import can honestly derive from a seed. */
export interface StatedMeta {
  title: string;
  titleSource: TitleSource;
  author?: string;
  outlet?: string;
  authors?: string[];
  published?: string;
  publishedAsStated?: string;
}

const PUBLISHED = /^Published: \(?(.+?)\)?$/;
const STATED_DATE = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})(?: at (\d{1,2}):(\d{2}) (AM|PM) ([A-Z]{3}))?$/;
// An organisation's own blog names its author; any other source note names the outlet.
const SOURCE_BLOG = /^Source: (.+) Blog$/;
const SOURCE_OUTLET = /^Source: (.+)$/;
const NAME_SEPARATOR = /,\s*|\s+and\s+|\s*&\s*/;
/** Offsets of the US zone abbreviations a US blog prints after its times. */
const ZONES: Record<string, string> = {
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  PST: '-08:00',
  PDT: '-07:00',
  UTC: '+00:00',
  GMT: '+00:00',
};
const OPENING_WORDS = 10;

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Turns "February 28, 2026 at 07:30 AM EST" into an ISO 8601 timestamp, or undefined if it cannot be read exactly. */
export function parseStatedDate(stated: string): string | undefined {
  const m = STATED_DATE.exec(stated.trim());
  if (!m) return undefined;
  const [, monthName, day, year, hour, minute, half, zone] = m;
  const month = MONTH_NAMES.indexOf(monthName ?? '') + 1;
  if (month === 0) return undefined;
  const date = `${year}-${pad(month)}-${pad(day ?? '')}`;
  if (hour === undefined || zone === undefined || !(zone in ZONES)) return date;
  const h24 = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
  return `${date}T${pad(h24)}:${minute}:00${ZONES[zone]}`;
}

function openingWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= OPENING_WORDS ? text : `${words.slice(0, OPENING_WORDS).join(' ')}…`;
}

function titleOf(blocks: readonly SeedBlock[]): Pick<StatedMeta, 'title' | 'titleSource'> {
  // Only a headline at the top is the title; a subheading further down is not the document's name.
  const first = blocks.find((block) => !isMetadataLine(block.text));
  if (first?.kind === 'title') return { title: first.text, titleSource: 'headline' };
  return { title: openingWords(first?.text ?? 'Untitled'), titleSource: 'opening-words' };
}

/** Reads one metadata line into the fields it states; the first statement of each field wins. */
function readStatement(meta: StatedMeta, text: string): void {
  const published = PUBLISHED.exec(text);
  if (published?.[1] && !meta.publishedAsStated) {
    meta.publishedAsStated = published[1];
    const iso = parseStatedDate(published[1]);
    if (iso) meta.published = iso;
  }
  const blog = SOURCE_BLOG.exec(text)?.[1];
  const outlet = SOURCE_OUTLET.exec(text)?.[1];
  if (blog && !meta.author) meta.author = blog;
  else if (outlet && !blog && !meta.outlet) meta.outlet = outlet;
  const byline = BYLINE.exec(text)?.[1];
  if (byline && !meta.authors) meta.authors = byline.split(NAME_SEPARATOR).map((name) => name.trim());
}

/** Derives title, author, outlet, by-line and date from the blocks, using only what they state. */
export function statedMeta(blocks: readonly SeedBlock[]): StatedMeta {
  const meta: StatedMeta = titleOf(blocks);
  for (const block of blocks) readStatement(meta, block.text);
  return meta;
}
