/**
 * What a reader is told when a link names an anchor the page does not have.
 * Anchors are never removed (the anchor lock sees to that), so such a link
 * was mistyped, cut short, or meant for another document; landing silently
 * at the top of the page would leave the reader searching for words that
 * the link never reached.
 */
import { parseAnchor, passageId, pinpointLabel } from './anchors.ts';

/** The notice for an anchor the page lacks, and the passage to offer instead when the link's passage exists. */
export interface MissingAnchor {
  text: string;
  /** The passage a link to one of its missing sentences most likely meant. */
  passage?: { id: string; label: string };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The notice for the address's anchor `id`, given every passage and sentence id the page has, or null when the page
 * has it (or the address names none).
 */
export function missingAnchor(id: string, anchors: readonly string[]): MissingAnchor | null {
  if (id === '' || anchors.includes(id)) return null;
  const parsed = parseAnchor(id);
  if (!parsed) return { text: `The address names “#${id}”, which is not on this page. The link may be mistyped, or meant for another page.` };
  const named = `The address names ${pinpointLabel(id)}, which this page does not have`;
  const passage = passageId(parsed.passage);
  if (parsed.sentence !== undefined && anchors.includes(passage)) {
    const sentences = anchors.filter((anchor) => anchor.startsWith(`${passage}-s`)).length;
    return {
      text: `${named}: ${pinpointLabel(passage)} has ${plural(sentences, 'sentence')}.`,
      passage: { id: passage, label: `Go to ${pinpointLabel(passage)}` },
    };
  }
  const numbers = anchors.map((anchor) => parseAnchor(anchor)?.passage ?? 0);
  const last = Math.max(0, ...numbers);
  return { text: last > 0 ? `${named}: its passages run from ¶ 1 to ¶ ${last}.` : `${named}.` };
}
