/**
 * Escaping plain text so that MDX renders it to exactly the same characters.
 * MDX reads braces and angle brackets as code, and Markdown reads stars,
 * brackets and line-initial marks as structure; each gets a backslash.
 */

const INLINE_SPECIALS = /[\\`*_{}[\]<>~|&]/g;
const LINE_START_MARK = /^([#>+=-])/;
const LINE_START_NUMBER = /^(\d+)([.)])/;

/** Escapes one line of source text for use in an MDX body. */
export function escapeMdxText(text: string): string {
  return text
    .replace(INLINE_SPECIALS, (char) => `\\${char}`)
    .replace(LINE_START_MARK, '\\$1')
    .replace(LINE_START_NUMBER, '$1\\$2');
}
