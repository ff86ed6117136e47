/**
 * Suggested annotations for a report: for each sentence, the passages of the
 * primary sources most likely to be what it is about. Quoted words are
 * matched fuzzily against every passage (as the build checks quotes); other
 * sentences are ranked lexically with BM25 (MiniSearch) over the passages'
 * normalised words. An editor confirms every suggestion; nothing is applied.
 */
import MiniSearch from 'minisearch';
import { matchQuote, quotedWords } from '../claims/match-quote.ts';
import { normaliseText } from '../sources/normalise.ts';
import { hasChanges, wordDiff } from '../claims/word-diff.ts';

/** A passage a sentence may be about. */
export interface CandidatePassage {
  source: string;
  anchor: string;
  text: string;
}

/** One suggestion: a passage, how sure, how found, and a draft verdict where the words can tell. */
export interface Suggestion {
  source: string;
  anchor: string;
  score: number;
  method: 'quote' | 'lexical';
  draftVerdict?: 'verbatim' | 'misquote';
}

/** Quoted words shorter than this are terms ("social credit"), not quotations worth matching. */
export const MIN_QUOTE_WORDS = 4;
/** The share of a quote's characters that may differ for a passage to count as its source. */
export const QUOTE_MAX_ERROR_RATE = 0.35;

const STOP_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'that', 'this', 'it', 'its', 'is', 'are', 'was', 'be', 'as', 'by', 'at', 'from', 'has', 'have', 'had', 'we', 'our', 'their', 'they', 'not', 'will']);

/** A BM25 index over the candidate passages, tokenised through the site's normaliser. */
export function passageIndex(passages: readonly CandidatePassage[]): MiniSearch<CandidatePassage & { id: number }> {
  const index = new MiniSearch<CandidatePassage & { id: number }>({
    fields: ['text'],
    storeFields: ['source', 'anchor'],
    processTerm: (term) => {
      const word = normaliseText(term).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      return word && !STOP_WORDS.has(word) ? word : null;
    },
  });
  index.addAll(passages.map((p, id) => ({ ...p, id })));
  return index;
}

function quoteSuggestions(sentence: string, passages: readonly CandidatePassage[]): Suggestion[] {
  if (!/["“”]/.test(sentence)) return [];
  const quoted = quotedWords(sentence);
  if (quoted.split(/\s+/).length < MIN_QUOTE_WORDS) return [];
  return passages.flatMap((p) => {
    const match = matchQuote(p.text, quoted);
    const rate = match ? match.errors / quoted.length : 1;
    if (!match || rate > QUOTE_MAX_ERROR_RATE) return [];
    const verdict = hasChanges(wordDiff(match.text, quoted)) ? 'misquote' : 'verbatim';
    return [{ source: p.source, anchor: p.anchor, score: Number((1 - rate).toFixed(3)), method: 'quote' as const, draftVerdict: verdict }];
  });
}

/** What suggestions are drawn from: passages for ranking, their sentences for pinpointing quotes. */
export interface SuggestionPool {
  passages: readonly CandidatePassage[];
  sentences: readonly CandidatePassage[];
  index: ReturnType<typeof passageIndex>;
}

/** A pool over the given passages and sentences. */
export function suggestionPool(passages: readonly CandidatePassage[], sentences: readonly CandidatePassage[]): SuggestionPool {
  return { passages, sentences, index: passageIndex(passages) };
}

/** The best `limit` anchors for one sentence: quote matches (to the sentence) first, then lexical ones. */
export function suggestForSentence(sentence: string, pool: SuggestionPool, limit = 3): Suggestion[] {
  const { sentences, index } = pool;
  const quotes = quoteSuggestions(sentence, sentences).sort((a, b) => b.score - a.score);
  const hits = index.search(sentence, { combineWith: 'OR' });
  // BM25 scores have no fixed scale; relative to the best hit they read like the quote scores (0 to 1).
  const top = hits[0]?.score ?? 1;
  const lexical = hits.map((hit) => ({ source: String(hit['source']), anchor: String(hit['anchor']), score: Number((hit.score / top).toFixed(3)), method: 'lexical' as const }));
  const seen = new Set<string>();
  return [...quotes, ...lexical].filter((s) => !seen.has(`${s.source}#${s.anchor}`) && seen.add(`${s.source}#${s.anchor}`)).slice(0, limit);
}
