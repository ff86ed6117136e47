/**
 * One normaliser for the whole site. Fidelity checks, anchor hashes, quote
 * matching and search all compare text through these functions, so that a
 * curly quote in one place and a straight quote in another never disagree.
 */

/** Typographic variants folded to one plain form; each pair says why it exists. */
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  // Curly and prime quotes appear in reports where the post uses straight ones, and vice versa.
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  // The post writes non-breaking hyphens (U+2011) where reports type "-".
  [/[\u2010\u2011\u2012\u2212\u00AD]/g, '-'],
  // En and em dashes are punctuation of the same weight for matching.
  [/[\u2013\u2014\u2015]/g, '-'],
  [/\u2026/g, '...'],
];

/** One character as the folds write it: itself, or its plain form (`…` is `...`). */
export function foldCharacter(char: string): string {
  for (const [pattern, replacement] of FOLDS) if (char.replace(pattern, replacement) !== char) return replacement;
  return char;
}

/** Collapses runs of layout whitespace (space, tab, newline) and trims, keeping every other character. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** Folds quotes, dashes, ellipses and all Unicode spaces, then collapses whitespace: the form used to compare words. */
export function normaliseText(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  return out.replace(/\s+/gu, ' ').trim();
}
