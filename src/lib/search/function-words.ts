/**
 * Words that hold a sentence together without saying what it is about. A
 * passage that has only these of a query's words is no answer to it: the
 * post has “and” in most of its passages, and none of them is nearer to
 * “hasty and imprudent” for it. “No” and “not” are not among them, since a
 * red line turns on them.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or nor but if of to in on at by for with from into as than that this these those it its is are was were be been being ' +
    'has have had do does did will would can could may might must shall should which who whom whose what there their they them we our us ' +
    'you your he she his her him i me my'
  ).split(' '),
);

/** Whether a searched word (lower case, letters and digits only) only holds a sentence together. */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(word);
