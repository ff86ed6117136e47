/**
 * Reads a seed (a plain-text capture, one block per line) into typed blocks.
 * This is the import's judgement of structure; the words are never touched:
 * a list item keeps its bullet or number as part of its text.
 */

/** The structural kinds a seed line can be. */
export type BlockKind = 'title' | 'heading' | 'subheading' | 'paragraph' | 'list' | 'artefact' | 'byline';

/** One item of a list, with its 1-based line in the seed. */
export interface ListItem {
  text: string;
  line: number;
}

/** A block of the seed with its 1-based first line. */
export interface SeedBlock {
  kind: BlockKind;
  line: number;
  text: string;
  items?: ListItem[];
}

/** Lines that the scraper captured from the page's chrome, not from the document itself. */
export const ARTEFACT_PATTERNS: readonly RegExp[] = [
  // "Source: OpenAI Blog", "Source: The Ledger": the capture tool's note of where the text came from.
  /^Source: \S.*$/,
  /^\d+ views?$/,
  /^Back to Blog$/,
  /^Related posts$/,
  /^Read more »$/,
];

/** Short words that stay lower case in a title-case headline. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'between', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'vs', 'with']);

/** "- ", "* ", "+ ", "• " and their typographic cousins open a bullet item. */
export const BULLET = /^\s*[-*+•◦▪‣]\s+\S/;
/** "1. ", "1) " and "(1) " open a numbered item (or, alone and unpunctuated, a numbered section). */
export const NUMBERED = /^\s*\(?\d{1,3}[.)]\s+\S/;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|van|von|da|bin|al)?\s*\p{Lu}[\p{L}'’.-]*){1,3}`;
/** "By Ana Ruiz", "By Ana Ruiz and Tom Hale", "By A. Ruiz, T. Hale & K. Obi". */
export const BYLINE = new RegExp(String.raw`^By\s+(${NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*)${NAME})*)$`, 'u');
/** Date lines that say when, not what: never a title. */
const DATELINE = /^(Published|Updated|Posted)(:| on)\s|^[A-Z][a-z]+ \d{1,2}, \d{4}$/;
// A heading never ends like a sentence or a clause.
const SENTENCE_END = /[.!?:;,…"”»)]$/;
const FAQ_HEADING = /^(FAQ|Frequently asked questions)$/i;

/** Whether a line reads like a headline: short, title case, no closing punctuation. */
export function looksLikeHeading(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > 20 || SENTENCE_END.test(line.trim())) return false;
  const major = words.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  const capitalised = major.filter((word) => /^["“'‘(]?[\p{Lu}\d]/u.test(word));
  return major.length > 0 && capitalised.length / major.length >= 0.6;
}

/** Whether a line only says who, where or when (a by-line, a source note, a date): never a title. */
export function isMetadataLine(text: string): boolean {
  return BYLINE.test(text) || DATELINE.test(text) || ARTEFACT_PATTERNS.some((pattern) => pattern.test(text));
}

// Only spaces and tabs are layout; a non-breaking space is part of the text and is kept.
const LAYOUT_BLANK = /^[ \t\r]*$/;
const LAYOUT_EDGES = /^[ \t\r]+|[ \t\r]+$/g;

interface Line {
  raw: string;
  text: string;
  line: number;
}

/** A numbered line is a list item when it is indented, has numbered neighbours, or reads as a sentence. */
function isNumberedItem(lines: readonly Line[], i: number): boolean {
  const here = lines[i];
  if (!here || !NUMBERED.test(here.raw)) return false;
  if (/^\s/.test(here.raw) || SENTENCE_END.test(here.text)) return true;
  return [lines[i - 1], lines[i + 1]].some((near) => near !== undefined && NUMBERED.test(near.raw));
}

function classify(lines: readonly Line[], i: number, state: { inFaq: boolean; contentSeen: boolean }): BlockKind {
  const { raw, text } = lines[i] as Line;
  if (ARTEFACT_PATTERNS.some((pattern) => pattern.test(text))) return 'artefact';
  if (BYLINE.test(text)) return 'byline';
  if (DATELINE.test(text)) return 'paragraph';
  if (BULLET.test(raw) || isNumberedItem(lines, i)) return 'list';
  if (state.inFaq && text.endsWith('?')) return 'subheading';
  if (NUMBERED.test(text) && !SENTENCE_END.test(text)) return 'subheading';
  if (looksLikeHeading(text)) return state.contentSeen ? 'heading' : 'title';
  return 'paragraph';
}

/** Splits seed text into blocks: one per non-empty line, consecutive list lines grouped. */
export function parseSeed(seed: string): SeedBlock[] {
  const lines: Line[] = seed
    .split(/\r?\n/)
    .flatMap((raw, index) => (LAYOUT_BLANK.test(raw) ? [] : [{ raw, text: raw.replace(LAYOUT_EDGES, ''), line: index + 1 }]));
  const blocks: SeedBlock[] = [];
  const state = { inFaq: false, contentSeen: false };
  lines.forEach(({ text, line }, i) => {
    const kind = classify(lines, i, state);
    if (!isMetadataLine(text)) state.contentSeen = true;
    if (kind === 'heading') state.inFaq = FAQ_HEADING.test(text);
    const previous = blocks.at(-1);
    if (kind !== 'list') return void blocks.push({ kind, line, text });
    const item = { text, line };
    if (previous?.kind === 'list' && previous.items) previous.items.push(item);
    else blocks.push({ kind, line, text, items: [item] });
  });
  return blocks;
}
