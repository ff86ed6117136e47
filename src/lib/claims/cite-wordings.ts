/**
 * The words a claim's note quotes for each passage it cites. Normally the
 * reading text's; when the claim's quotation was checked against another
 * capture, that capture's words come first, named, then the reading text's,
 * so the words beside a verdict are the words it was given on.
 */
import type { CitedPassage } from './claim.ts';
import { quoted } from '../site/nested-quotation.ts';

/** One quoted wording of a cited passage, as a note shows it. */
export interface CiteWording {
  /** What it is, e.g. “What the post says, ¶ 6:”. */
  label: string;
  text: string;
  source: string;
  anchor: string;
  /** The capture whose page holds these words in context; none for the reading text. */
  capture?: string;
  /** The link's words after “Read in context: ”. */
  context: string;
  /** Same for the same words of the same passage: a printed note quotes them once. */
  key: string;
}

/** The wordings a note quotes for one cite: `readingLabel` names the reading capture of the cite's source. */
export function citeWordings(cite: CitedPassage, readingLabel: string): CiteWording[] {
  const says = `What ${cite.isDefault ? 'the post' : quoted(cite.sourceTitle)} says`;
  const place = { source: cite.source, anchor: cite.anchor };
  const reading = { ...place, text: cite.text, context: cite.label, key: `${cite.source}#${cite.anchor}` };
  if (!cite.captured) return [{ ...reading, label: `${says}, ${cite.label}:` }];
  const { id, label, text, anchor, where } = cite.captured;
  return [
    {
      source: cite.source,
      anchor,
      label: `${says} in ${label}, ${where}:`,
      text,
      capture: id,
      context: `${where}, ${label}`,
      key: `${cite.source}#${anchor}@${id}`,
    },
    { ...reading, label: `In ${readingLabel}, the reading text, ${cite.label}:` },
  ];
}
