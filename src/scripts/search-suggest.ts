/**
 * “Did you mean …?” on the search page: when a query finds nothing, or no
 * passage has all its words, the corpus's vocabulary is fetched (once, and
 * only then) and the closest corpus words to any word it lacks are offered
 * as a search to run instead.
 */
import { suggestQuery, VOCABULARY_FILE, type Vocabulary } from '../lib/search/spelling.ts';

let vocabulary: Promise<Vocabulary> | undefined;

function loadVocabulary(base: string): Promise<Vocabulary> {
  vocabulary ??= fetch(`${base}pagefind/${VOCABULARY_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : []))
    .then((data) =>
      Array.isArray(data) ? data.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number') : [],
    )
    .catch(() => []);
  return vocabulary;
}

/** The query to suggest instead of one that found nothing, if the corpus has close words. */
export async function suggestionFor(base: string, query: string): Promise<string | undefined> {
  return suggestQuery(query, await loadVocabulary(base));
}
