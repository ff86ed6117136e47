/**
 * Sentence splitting for sentence anchors. ICU's sentence rules (through
 * Intl.Segmenter) do the work; a short list of abbreviations suppresses the
 * breaks ICU would otherwise make after "U.S." or "e.g.", as ICU's own
 * `ss=standard` suppressions do in other runtimes.
 */

/** Abbreviations after which a following capital does not start a sentence. */
export const ABBREVIATIONS: readonly string[] = ['U.S.', 'U.K.', 'e.g.', 'i.e.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'vs.', 'Gen.', 'Sen.', 'Rep.'];

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A sentence as a half-open range [start, end) of the passage text, trailing spaces included. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** A list number such as "1." or "(2)", which ICU takes for a sentence of its own. */
const LIST_NUMBER = /^\(?\d{1,3}[.)]$/;

function endsWithAbbreviation(segment: string): boolean {
  const lastWord = segment.trimEnd().split(/\s+/).pop() ?? '';
  return ABBREVIATIONS.includes(lastWord.replace(/^[("“‘']+/, '')) || LIST_NUMBER.test(segment.trim());
}

/** Splits a passage's text into sentence ranges that cover it completely and in order. */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let pendingStart: number | undefined;
  for (const { segment, index } of segmenter.segment(text)) {
    const start = pendingStart ?? index;
    const end = index + segment.length;
    if (endsWithAbbreviation(segment) && end < text.length) {
      pendingStart = start;
      continue;
    }
    ranges.push({ start, end });
    pendingStart = undefined;
  }
  if (pendingStart !== undefined) ranges.push({ start: pendingStart, end: text.length });
  return ranges;
}

/** The sentences of a passage as strings, for display and tests. */
export function sentenceTexts(text: string): string[] {
  return splitSentences(text).map(({ start, end }) => text.slice(start, end));
}
