/**
 * Reads a seed (a plain-text capture, one block per line) into typed blocks.
 * This is the import's judgement of structure; the words are never touched.
 */

/** The structural kinds a seed line can be. */
export type BlockKind = 'title' | 'heading' | 'subheading' | 'paragraph' | 'list' | 'artefact';

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

/** Lines that the scraper captured from the page's chrome, not from the post itself. */
export const ARTEFACT_PATTERNS: readonly RegExp[] = [
  /^Source: .+ Blog$/,
  /^\d+ views?$/,
  /^Back to Blog$/,
  /^Related posts$/,
  /^Read more »$/,
];

/** Short words that stay lower case in a title-case headline. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'between', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'vs', 'with']);

const BULLET = /^\s*• /;
const NUMBERED_ITEM = /^\s+\d+\. /;
const NUMBERED_SECTION = /^\d+\. \S/;
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

function classify(line: string, index: number, inFaq: boolean): BlockKind {
  const text = line.trim();
  if (ARTEFACT_PATTERNS.some((pattern) => pattern.test(text))) return 'artefact';
  if (BULLET.test(line) || NUMBERED_ITEM.test(line)) return 'list';
  if (inFaq && text.endsWith('?')) return 'subheading';
  if (NUMBERED_SECTION.test(text) && !SENTENCE_END.test(text)) return 'subheading';
  if (looksLikeHeading(text)) return index === 0 ? 'title' : 'heading';
  return 'paragraph';
}

/** Splits seed text into blocks: one per non-empty line, consecutive list lines grouped. */
export function parseSeed(seed: string): SeedBlock[] {
  const blocks: SeedBlock[] = [];
  let inFaq = false;
  let seen = 0;
  seed.split(/\r?\n/).forEach((raw, lineIndex) => {
    if (raw.trim() === '') return;
    const kind = classify(raw, seen++, inFaq);
    const line = lineIndex + 1;
    const text = raw.trim();
    if (kind === 'heading') inFaq = FAQ_HEADING.test(text);
    const previous = blocks.at(-1);
    if (kind === 'list') {
      const item = { text, line };
      if (previous?.kind === 'list' && previous.items) previous.items.push(item);
      else blocks.push({ kind, line, text, items: [item] });
      return;
    }
    blocks.push({ kind, line, text });
  });
  return blocks;
}
