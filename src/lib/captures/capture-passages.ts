/**
 * A capture's passages: its seed read the way the import reads a new
 * document (one passage per line, each list item its own passage), so a
 * capture is cut into the same kind of blocks as the reading text it is
 * aligned with. Words are never touched.
 */
import { parseSeed } from '../authoring/seed-blocks.ts';

/** One passage of a capture, with the line of its seed it comes from. */
export interface CapturePassage {
  text: string;
  line: number;
  artefact: boolean;
}

/** The passages of a capture's seed text, in reading order. */
export function capturePassages(seedText: string): CapturePassage[] {
  return parseSeed(seedText).flatMap((block) => {
    const artefact = block.kind === 'artefact';
    if (block.items) return block.items.map((item) => ({ text: item.text, line: item.line, artefact }));
    return [{ text: block.text, line: block.line, artefact }];
  });
}
