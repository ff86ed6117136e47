/**
 * The fix for a cite of an anchor the source does not have, from the
 * anchors it does have: the sentences of the passage named, or the range of
 * its passages, rather than an example the editor must look up.
 */
import { parseAnchor } from '../sources/anchors.ts';

/** How to name an existing anchor of a source, given the unknown one and every anchor the source has. */
export function anchorHint(anchor: string, anchors: readonly string[], sourceName: string): string {
  const parsed = anchors.map((id) => ({ id, at: parseAnchor(id) }));
  const passages = parsed.filter(({ at }) => at && at.sentence === undefined).map(({ id, at }) => ({ id, n: at?.passage ?? 0 }));
  const wanted = parseAnchor(anchor);
  const sentences = parsed.filter(({ at }) => wanted && at?.passage === wanted.passage && at.sentence !== undefined).map(({ id }) => id);
  if (wanted && sentences.length > 0) {
    const whole = `or \`p${wanted.passage}\` for the whole passage`;
    if (sentences.length === 1) return `¶ ${wanted.passage} has one sentence: cite \`${sentences[0]}\`, ${whole}.`;
    return `¶ ${wanted.passage} has sentences \`${sentences[0]}\` to \`${sentences.at(-1)}\`: cite one, ${whole}.`;
  }
  if (passages.length === 0) return `Use an id from ${sourceName}.`;
  const numbers = passages.map((p) => p.n);
  return `Use an id from ${sourceName}, \`p${Math.min(...numbers)}\` to \`p${Math.max(...numbers)}\`, or a sentence of one, e.g. \`p${Math.min(...numbers)}-s1\`.`;
}
