/**
 * Words in quotes inside a longer query (`"cloud only" Anthropic`). Pagefind
 * searches a phrase only when the whole query is one, so such a query is
 * searched as words, and the passages found are then kept only where the
 * words in quotes stand side by side, as a reader who typed the quotes
 * expects.
 */
import { phrasePlaces } from './phrase-matches.ts';
import type { PassageSpan } from './passage-hits.ts';

/** The phrases of two words or more in double quotes in a query, each with its spaces tidied. */
export function quotedPhrases(query: string): string[] {
  return [...query.matchAll(/"([^"]*)"/g)].map(([, inside = '']) => inside.trim().replace(/\s+/g, ' ')).filter((phrase) => phrase.includes(' '));
}

/** The passages, by id, whose words hold every phrase word for word, case and punctuation aside. */
export function passagesHolding(words: readonly string[], spans: readonly PassageSpan[], phrases: readonly string[]): Set<string> {
  const places = phrases.map((phrase) => phrasePlaces(words, phrase));
  const holds = (span: PassageSpan, place: readonly number[]) => (place[0] ?? -1) >= span.start && (place.at(-1) ?? Infinity) < span.end;
  return new Set(spans.filter((span) => places.every((each) => each.some((place) => holds(span, place)))).map((span) => span.id));
}
