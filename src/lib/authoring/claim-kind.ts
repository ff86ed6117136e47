/**
 * Which sentences of a report make a claim an editor would check, and which
 * are furniture: headings, captions, credits, by-lines, questions put to an
 * interviewee, advice to the reader and the reporter's own requests for
 * comment. Furniture gets no draft.
 */

/** Why a sentence gets no draft, or null when it may make a claim. */
export type NotAClaim = 'heading' | 'caption' | 'credit' | 'advice' | 'question' | 'metadata' | 'opinion' | 'no-comment' | null;

const CAPTION = /^\(?(Photo|Photograph|Image|Picture|Pictured|Illustration|Graphic|Video|Caption|Credit|File photo)\b\s*[:.(-]/i;
const CREDIT =
  /^\((Reporting|Additional reporting|Editing|Writing) by\b|^(Reporting|Editing) by\b|^This (article|story|report) (was|has been) (updated|corrected|edited)\b|^The interview has been edited\b/i;
const ADVICE =
  /^(Sign up|Subscribe|Follow|Read (more|our|the full)|Click|Share this|Download|Listen|Watch|Join|Support|Donate|Get (our|the)|Don['’]t miss|For more\b.*\b(sign up|subscribe|newsletter|read))\b|\b(newsletter|subscribers? can)\b/i;
// The outlet's own voice, labelled as such: a view, not a report of what anyone said.
const OPINION = /^(Our (take|view)|In our (view|opinion)|In my (view|opinion)|Editor['’]s note)\b/i;
// Whether someone answered the reporter is the reporting's story, not the post's: no passage could hold it.
const NO_COMMENT =
  /\b(?:requests? for comment|(?:declined|refused) to comment|could not be reached|(?:did|has|have|had)(?: not|n['’]t)(?: yet| immediately)? (?:respond|reply|replied|comment|commented))\b/i;
const METADATA = /^(By [\p{Lu}]|Published:|Updated:|Posted:|Source:|Disclaimer:|\(?[A-Z][A-Z .]+\(.*\) [-–—]\s*$)/u;

/** Whether a sentence of a report is furniture rather than a claim, judged by its form alone. */
export function notAClaim(sentence: string, passage: { heading: boolean }): NotAClaim {
  const text = sentence.trim();
  if (passage.heading) return 'heading';
  if (CAPTION.test(text)) return 'caption';
  if (CREDIT.test(text)) return 'credit';
  if (METADATA.test(text)) return 'metadata';
  if (ADVICE.test(text)) return 'advice';
  if (OPINION.test(text)) return 'opinion';
  if (NO_COMMENT.test(text)) return 'no-comment';
  // A question asserts nothing; the answer that follows it may.
  if (/\?["”’)]*$/.test(text)) return 'question';
  return null;
}

const SUBJECT = String.raw`(?:OpenAI|Anthropic|Altman|the company|the firm|(?:the|its|the blog) post|(?:the|its) (?:deal|agreement|contract|pact|partnership|announcement)|red lines?)`;
/** The subject opens a clause: "OpenAI said…", "Announced on Friday, the deal…". */
const SUBJECT_FIRST = new RegExp(String.raw`^(?:\S+\s+){0,3}?${SUBJECT}\b`, 'i');
/** Or the sentence is attributed to it: "…, the company said.", "According to OpenAI, …", "It says…". */
const ATTRIBUTED = new RegExp(
  String.raw`\baccording to ${SUBJECT}\b|,\s*(?:${SUBJECT}|it)\b[^,.]*\b(?:said|says|wrote|writes|added|adds|argued|argues|stated|states|claimed|claims)\b|\b(?:it|they) (?:also )?(?:says?|said|wrote|argues?|claims?)\b`,
  'i',
);

/**
 * Whether a sentence says what OpenAI, its post, the deal or Anthropic says or
 * does: such a sentence makes a claim even when no passage of the post fits
 * it (then it is drafted `not-in-post`). A sentence that only mentions them in
 * passing is background.
 */
export function isAboutSubject(sentence: string): boolean {
  const text = sentence.trim();
  return text.split(/[,;:–—]\s+/).some((clause) => SUBJECT_FIRST.test(clause)) || ATTRIBUTED.test(text);
}

// Saying or making public, negated: "did not say", "has not disclosed", "declined to specify".
const TELL = String.raw`(?:say|said|disclose|disclosed|specify|specified|explain|explained|detail|detailed|mention|mentioned|reveal|revealed|name|named|address|addressed|state|stated)`;
const UNSAID = new RegExp(String.raw`\b(?:did|does|do|has|have|had|would)(?: not|n['’]t)(?: yet)? ${TELL}\b|\b(?:declined|refused) to ${TELL}\b`, 'i');

/**
 * Whether a sentence says the post, OpenAI or the deal leaves something unsaid
 * ("The company did not disclose the value of the contract."): whatever
 * passage shares its words, the post cannot hold what it says is missing.
 */
export function claimsAbsence(sentence: string): boolean {
  return UNSAID.test(sentence) && isAboutSubject(sentence);
}

// ", which analysts said …", ", but critics argue …": a clause given to another speaker, kept apart from what the post is said to say.
const OTHERS_CLAUSE =
  /,\s*(?:which|and|but|though|while)\s+((?:\S+\s+){0,3}?)(?:said|says|say|argued|argues|argue|noted|notes|warned|warns|suggested|suggests|believe|believes)\b[\s\S]*$/i;

/** A sentence without a closing clause that another speaker says ("…, which analysts said favours data centres."): the part to match to the post. */
export function withoutOthersClause(sentence: string): string {
  const match = OTHERS_CLAUSE.exec(sentence);
  if (!match || match.index === 0) return sentence;
  // "…, and it says …" or "…, which OpenAI says …" is still the post speaking.
  if (/^(?:it|they|we)\s/i.test(match[1] ?? '') || isAboutSubject(match[1] ?? '')) return sentence;
  return sentence.slice(0, match.index);
}
