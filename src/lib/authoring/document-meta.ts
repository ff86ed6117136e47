/**
 * What a seed's text itself states about the document: its title, its date,
 * its author. Nothing here is guessed; a field the text does not state is
 * left out, and an editorial title says that it is one.
 */
import type { SeedBlock } from './seed-blocks.ts';

/** Where a document's title comes from. */
export type TitleSource = 'headline' | 'first-heading' | 'opening-words';

/** The metadata an import can honestly derive from a seed. */
export interface StatedMeta {
  title: string;
  titleSource: TitleSource;
  author?: string;
  published?: string;
  publishedAsStated?: string;
}

const PUBLISHED = /^Published: \(?(.+?)\)?$/;
const STATED_DATE = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})(?: at (\d{1,2}):(\d{2}) (AM|PM) ([A-Z]{3}))?$/;
const SOURCE_BLOG = /^Source: (.+) Blog$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Offsets of the US zone abbreviations a US blog prints after its times. */
const ZONES: Record<string, string> = { EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', PST: '-08:00', PDT: '-07:00', UTC: '+00:00', GMT: '+00:00' };
const OPENING_WORDS = 10;

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Turns "February 28, 2026 at 07:30 AM EST" into an ISO 8601 timestamp, or undefined if it cannot be read exactly. */
export function parseStatedDate(stated: string): string | undefined {
  const m = STATED_DATE.exec(stated.trim());
  if (!m) return undefined;
  const [, monthName, day, year, hour, minute, half, zone] = m;
  const month = MONTHS.indexOf(monthName ?? '') + 1;
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

/** Derives title, author and date from the blocks, using only what they state. */
export function statedMeta(blocks: readonly SeedBlock[]): StatedMeta {
  const first = blocks[0];
  const heading = blocks.find((block) => block.kind === 'heading');
  const meta: StatedMeta =
    first?.kind === 'title'
      ? { title: first.text, titleSource: 'headline' }
      : heading
        ? { title: heading.text, titleSource: 'first-heading' }
        : { title: openingWords(first?.text ?? 'Untitled'), titleSource: 'opening-words' };
  for (const block of blocks) {
    const published = PUBLISHED.exec(block.text);
    if (published?.[1] && !meta.published) {
      meta.publishedAsStated = published[1];
      const iso = parseStatedDate(published[1]);
      if (iso) meta.published = iso;
    }
    const source = SOURCE_BLOG.exec(block.text);
    if (source?.[1] && !meta.author) meta.author = source[1];
  }
  return meta;
}

/** A short URL slug made from a title: lower case, ASCII, at most eight words. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  return words.slice(0, 8).join('-');
}
