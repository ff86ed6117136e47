/**
 * A seed must be plain text: UTF-8, with no NUL or other control characters
 * a page cannot show (Markdown turns NUL into U+FFFD), so that every
 * character of it can appear on its page unchanged.
 */

/** Where a seed stops being plain text. */
export interface TextProblem {
  line: number;
  problem: string;
}

// Tab, line feed and carriage return are layout; every other C0 control, and DEL, is not text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first place where the bytes are not plain UTF-8 text, or null when they are. */
export function plainTextProblem(bytes: Uint8Array): TextProblem | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { line: 1, problem: 'is not valid UTF-8' };
  }
  const lines = text.split('\n');
  const index = lines.findIndex((line) => CONTROL.test(line));
  if (index < 0) return null;
  const code = (CONTROL.exec(lines[index] ?? '')?.[0] ?? '').charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return { line: index + 1, problem: `holds the control character U+${code}, which a page cannot show` };
}
