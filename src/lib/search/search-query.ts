/**
 * How a typed query becomes Pagefind searches. Pagefind runs an exact-phrase search only
 * when the whole query is in double quotes, so a pasted sentence is tried as
 * a phrase first and as plain words after, and so is a quoted phrase, which
 * then says it was not found; a stray quote mark is dropped, and only a
 * search that really was for a phrase may be called one.
 */
import { isFunctionWord } from './function-words.ts';
import { quotedPhrases } from './quoted-phrases.ts';
import { splitQueryCompounds } from './record-words.ts';
import { abbreviationOf } from './term-match.ts';

/** Words from which an unquoted query is also tried as an exact phrase. */
export const PHRASE_MIN_WORDS = 4;

/** The longest query searched, in characters: longer than any sentence of the corpus, far shorter than a pasted page. */
export const MAX_QUERY_LENGTH = 300;

/** The most words searched one by one, to find passages that have some of them. */
export const MAX_TERMS = 8;

/** One Pagefind search of a plan. */
export interface PlannedQuery {
  query: string;
  exact: boolean;
  /** The phrase in quotes the reader asked for, when this search of its words stands in for it because it found nothing. */
  missed?: string;
  /** Words in quotes within a longer query, which a passage found must hold side by side. */
  phrases?: string[];
  /** Words typed without quotes, PHRASE_MIN_WORDS or more, that no passage holds in their order: a quotation misremembered, perhaps. */
  unordered?: boolean;
}

/** Straightens typographic double quotes, so “a quote” pasted from a page searches as a phrase. */
export function straightenQuotes(query: string): string {
  return query
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .trim();
}

/** Whether the whole query is in double quotes, with none inside: the one shape Pagefind searches as a phrase. */
export function isQuoted(query: string): boolean {
  return /^"[^"]*[^\s"][^"]*"$/.test(query);
}

/** A query cut to MAX_QUERY_LENGTH at a word boundary, and whether it was cut. */
export function limitQuery(raw: string): { query: string; cut: boolean } {
  const query = raw
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (query.length <= MAX_QUERY_LENGTH) return { query, cut: false };
  const head = query.slice(0, MAX_QUERY_LENGTH);
  const space = head.lastIndexOf(' ');
  return { query: (space > MAX_QUERY_LENGTH / 2 ? head.slice(0, space) : head).trim(), cut: true };
}

/**
 * Every word of the query in its order, repeats kept, split and stripped of punctuation as Pagefind does it, save the
 * dots of an abbreviation (`u.s`, which Pagefind searches as `us`, and only “U.S.” matches): what a passage's run of the
 * query's own wording is read against, whichever of them are searched one by one.
 */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => abbreviationOf(word) ?? word.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '').toLowerCase())
    .filter(Boolean);
}

/** Every different word of the query. */
const allTerms = (query: string): string[] => [...new Set(queryWords(query))];

/**
 * The words Pagefind searches for one by one, in the query's order: all its different words, or, past MAX_TERMS, the
 * first of those that say what it is about before any “will”, “to” or “be”, which would crowd out a pasted sentence's
 * “mass surveillance”.
 */
export function queryTerms(query: string): string[] {
  const all = allTerms(query);
  if (all.length <= MAX_TERMS) return all;
  const kept = new Set([...all.filter((term) => !isFunctionWord(term)), ...all.filter(isFunctionWord)].slice(0, MAX_TERMS));
  return all.filter((term) => kept.has(term));
}

/** Whether the query has more different words than are searched one by one. */
export function termsCut(query: string): boolean {
  return allTerms(query).length > MAX_TERMS;
}

/** Words joined by a slash (`Anthropic/safety`) as two words: Pagefind would drop the slash and look for one run-together word. */
function splitSlashes(query: string): string {
  return query.replace(/([\p{L}\p{N}])\/(?=[\p{L}\p{N}])/gu, '$1 ');
}

/** The Pagefind queries to try in order, until one finds something. */
export function plannedQueries(raw: string): PlannedQuery[] {
  const typed = splitSlashes(straightenQuotes(limitQuery(raw).query));
  // Words joined by a hyphen or dash are searched as their parts, as the records hold them.
  const query = splitQueryCompounds(typed);
  if (isQuoted(query)) {
    // A quotation no passage holds word for word still leads to the passages with its words, saying so.
    const words = query.slice(1, -1).trim().replace(/\s+/g, ' ');
    return [{ query, exact: true }, ...(queryTerms(words).length ? [{ query: words, exact: false, missed: typed }] : [])];
  }
  const words = query.replace(/"/g, ' ').trim();
  if (queryTerms(words).length === 0) return [];
  const phrases = quotedPhrases(query);
  const plain = { query: words.replace(/\s+/g, ' '), exact: false, ...(phrases.length ? { phrases } : {}) };
  const count = words.split(/\s+/).length;
  // A word joined by a hyphen or dash (“work—that”), split above, is tried whole first too.
  if (count < PHRASE_MIN_WORDS && query === typed) return [plain];
  // A pasted sentence no passage holds word for word says so, as it may be a misquote; words typed say more gently
  // that no passage has them in their order, as a journalist checking a remembered quotation needs to know.
  const sentence = /[.!?…]["'”’)]*$/.test(words) || count >= MAX_TERMS;
  const pasted = `"${typed.replace(/"/g, ' ').trim().replace(/\s+/g, ' ')}"`;
  const unordered = count >= PHRASE_MIN_WORDS ? { ...plain, unordered: true } : plain;
  return [{ query: `"${plain.query}"`, exact: true }, sentence ? { ...plain, missed: pasted } : unordered];
}
