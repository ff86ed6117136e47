/**
 * Word wrapping for terminal output, so that the authoring tools fit a
 * 100-column terminal and still show every word of what they quote.
 */

/** The terminal width the authoring tools write for. */
export const TERMINAL_WIDTH = 100;

/** Wraps text at spaces into lines of at most `width` columns, each after `indent`; a single longer word gets a line of its own. */
export function wrapText(text: string, indent = '', width = TERMINAL_WIDTH, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}
