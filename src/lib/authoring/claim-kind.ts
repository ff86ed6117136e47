/**
 * Which sentences of a report make a claim an editor would check, and which
 * are furniture: headings, captions, credits, by-lines, questions put to an
 * interviewee and advice to the reader. Furniture gets no draft.
 */

/** Why a sentence gets no draft, or null when it may make a claim. */
export type NotAClaim = 'heading' | 'caption' | 'credit' | 'advice' | 'question' | 'metadata' | null;

const CAPTION = /^\(?(Photo|Photograph|Image|Picture|Pictured|Illustration|Graphic|Video|Caption|Credit|File photo)\b\s*[:.(-]/i;
const CREDIT = /^\((Reporting|Additional reporting|Editing|Writing) by\b|^(Reporting|Editing) by\b|^This (article|story|report) (was|has been) (updated|corrected|edited)\b|^The interview has been edited\b/i;
const ADVICE = /^(Sign up|Subscribe|Follow|Read (more|our|the full)|Click|Share this|Download|Listen|Watch|Join|Support|Donate|Get (our|the)|Don['’]t miss|For more\b.*\b(sign up|subscribe|newsletter|read))\b|\b(newsletter|subscribers? can)\b/i;
const METADATA = /^(By [\p{Lu}]|Published:|Updated:|Posted:|Source:|Disclaimer:|\(?[A-Z][A-Z .]+\(.*\) [-–—]\s*$)/u;

/** Whether a sentence of a report is furniture rather than a claim, judged by its form alone. */
export function notAClaim(sentence: string, passage: { heading: boolean }): NotAClaim {
  const text = sentence.trim();
  if (passage.heading) return 'heading';
  if (CAPTION.test(text)) return 'caption';
  if (CREDIT.test(text)) return 'credit';
  if (METADATA.test(text)) return 'metadata';
  if (ADVICE.test(text)) return 'advice';
  // A question asserts nothing; the answer that follows it may.
  if (/\?["”’)]*$/.test(text)) return 'question';
  return null;
}
