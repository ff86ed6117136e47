/**
 * Checks one claim against the primary sources: a known verdict, a note,
 * cites that exist, and for quotations a fuzzy match and word diff that must
 * agree with the verdict. Every failure names the place and the fix.
 */
import { rangeLabel } from '../sources/anchors.ts';
import type { CheckedClaim, CitedPassage, ClaimInput, QuoteCheck, SourceIndex } from './claim.ts';
import { quotedWords } from './match-quote.ts';
import { bestWording, citedWordings, citesInCapture, type WordingMatch } from './capture-quote.ts';
import { attributeProblem } from './claim-attributes.ts';
import { didYouMean } from '../authoring/closest-name.ts';
import { locateQuote, QUOTATION_MIN_WORD_SHARE, sourceTexts } from './locate-quote.ts';
import { normaliseText } from '../sources/normalise.ts';
import { placeholderError } from './placeholders.ts';
import { isQuoteVerdict, isVerdict, VERDICTS, type Verdict } from './verdicts.ts';
import { fail, resolveCites } from './resolve-cites.ts';
import { ContentError } from '../corpus/content-error.ts';
import { diffSummary, hasChanges, wordDiff } from './word-diff.ts';

const CLAIM_ID = /^c[1-9]\d*$/;

/** Where else the quoted words are, said as a fix (cite them, and mark a near match `misquote`), and whether they are there word for word. */
function elsewhere(quoted: string, index: SourceIndex, verdict: Verdict): { exact: boolean; hint: string } | undefined {
  const found = locateQuote(quoted, sourceTexts(index));
  if (!found || found.wordShare < QUOTATION_MIN_WORD_SHARE) return undefined;
  const cites = found.anchors.map((a) => (found.source === index.defaultSource ? a : `${found.source}#${a}`)).join(' ');
  const where = `${rangeLabel(found.anchors)} (\`${cites}\`)`;
  const them = found.anchors.length > 1 ? 'them' : 'it';
  const diff = wordDiff(found.matched, quoted);
  if (!hasChanges(diff))
    return { exact: true, hint: `The words are in ${where} word for word: cite ${them}${verdict === 'verbatim' ? '' : ' and mark it `verbatim`'}.` };
  return {
    exact: false,
    hint: `The closest words are in ${where}: ${diffSummary(diff)}. Cite ${them}${verdict === 'misquote' ? '' : ' and mark it `misquote`'}.`,
  };
}

/** The error when a quotation's verdict disagrees with the words of the capture it matches best, if it does. */
function verdictError(
  input: ClaimInput,
  id: string,
  verdict: Verdict,
  found: { best: WordingMatch; exact: boolean },
  context: { where: string; several: boolean; index: SourceIndex; quoted: string },
) {
  const { best, exact } = found;
  const { where, several, index, quoted } = context;
  if (verdict === 'verbatim' && !exact) {
    const problem = several
      ? `differs from ${where} in every capture; the closest, ${best.capture.label}, reads: ${diffSummary(best.diff)}`
      : `differs from ${where}: ${diffSummary(best.diff)}`;
    const other = elsewhere(quoted, index, verdict);
    const fix = other?.exact ? other.hint : 'Mark it `misquote`, or cite the passage it quotes word for word.';
    return fail(input, `Claim \`${id}\` is marked \`verbatim\` but ${problem}.`, fix, 'claims:verbatim-differs');
  }
  if (verdict === 'misquote' && exact) {
    const inCapture = best.capture.reading ? '' : ` in ${best.capture.label}`;
    return fail(
      input,
      `Claim \`${id}\` is marked \`misquote\` but matches ${where}${inCapture} word for word.`,
      'Mark it `verbatim`.',
      'claims:misquote-matches',
    );
  }
  if (verdict === 'verbatim' && !best.capture.reading && !(input.attributes['note'] ?? '').toLowerCase().includes(best.capture.label.toLowerCase()))
    return fail(
      input,
      `Claim \`${id}\` matches ${where} word for word only in ${best.capture.label}, and its note does not say so.`,
      `Name \`${best.capture.label}\` in the note, so readers know which wording it quotes.`,
      'claims:capture-unnamed',
    );
  return undefined;
}

/** The quotation check, or the error when the quote and its verdict disagree in every capture of what it cites. */
function checkQuote(input: ClaimInput, id: string, verdict: Verdict, cites: CitedPassage[], index: SourceIndex): QuoteCheck {
  const quoted = quotedWords(input.text);
  const where = cites.map((c) => c.label).join(', ') || 'no passage';
  const reading = index.readingCaptures?.[cites[0]?.source ?? ''] ?? { id: '', label: 'the reading text' };
  const found = bestWording(citedWordings(cites, index, reading), quoted);
  if (!found) {
    const hint = elsewhere(quoted, index, verdict)?.hint ?? 'Cite the passage it quotes, or use `not-in-post`.';
    throw fail(input, `Claim \`${id}\` quotes words not found in what it cites (${where}).`, hint, 'claims:quote-not-found');
  }
  // With one capture nothing changes; once a cited source has several, the check says which capture it used.
  const several = cites.some((c) => (index.sources[c.source]?.captures?.length ?? 0) > 0);
  const error = verdictError(input, id, verdict, found, { where, several, index, quoted });
  if (error) throw error;
  const { best } = found;
  return { quoted, matched: best.match.text, diff: best.diff, ...(several ? { capture: best.capture } : {}) };
}

/** How a claim is checked: a publishing build (the default) stops on placeholders; a preview may show them. */
export interface ClaimCheckOptions {
  publishing?: boolean;
}

/** The error for a claim's id, attributes, verdict, note or words, when one is wrong; the claim's id and verdict when not. */
function writtenError(input: ClaimInput, reportText: string): ContentError | { id: string; verdict: Verdict } {
  const { id = '', verdict = '', note = '' } = input.attributes;
  if (!CLAIM_ID.test(id))
    return fail(
      input,
      id ? `Claim id \`${id}\` is not of the form \`c12\`.` : 'Claim has no `id`.',
      'Give it `id="c<number>"`, unique on the page; it becomes the claim’s permanent anchor.',
      'claims:id',
    );
  const unreadable = attributeProblem(id, input.attributes, input.unquoted);
  if (unreadable) return fail(input, unreadable.problem, unreadable.fix, 'claims:attribute');
  if (!isVerdict(verdict))
    return fail(
      input,
      `Claim \`${id}\` has unknown verdict \`${verdict}\`.`,
      `${didYouMean(verdict, VERDICTS)}Use one of ${VERDICTS.map((v) => `\`${v}\``).join(', ')}.`,
      'claims:unknown-verdict',
    );
  if (!note.trim()) return fail(input, `Claim \`${id}\` has an empty note.`, 'Say in one or two neutral sentences why the verdict holds.', 'claims:empty-note');
  if (!normaliseText(reportText).includes(normaliseText(input.text)))
    return fail(
      input,
      `Claim \`${id}\` wraps words that are not in the report: “${input.text}”.`,
      'Wrap the report’s own words, unchanged.',
      'claims:text-not-in-page',
    );
  return { id, verdict };
}

/** Checks a claim; throws a ContentError for the first problem. */
export function checkClaim(input: ClaimInput, index: SourceIndex, reportText: string, options: ClaimCheckOptions = {}): CheckedClaim {
  const draft = placeholderError(input, options.publishing ?? true);
  if (draft) throw draft;
  const written = writtenError(input, reportText);
  if (written instanceof ContentError) throw written;
  const { id, verdict } = written;
  const { note = '', speaker, remark, reviewed } = input.attributes;
  const cites = resolveCites(input, id, index);
  if (cites.length === 0 && verdict !== 'not-in-post')
    throw fail(
      input,
      `Claim \`${id}\` cites no passage.`,
      `Add \`cites="p12"\` naming the passage of the post ${verdict === 'contradicted' ? 'that says otherwise' : 'it is checked against'}.`,
      'claims:no-cites',
    );
  const claim: CheckedClaim = { id, verdict, note: note.trim(), text: input.text, passage: input.passage, prefix: input.prefix, suffix: input.suffix, cites };
  if (speaker) claim.speaker = speaker;
  if (remark) claim.remark = remark;
  if (reviewed) claim.reviewed = reviewed;
  if (isQuoteVerdict(verdict)) claim.quote = checkQuote(input, id, verdict, cites, index);
  const checkedIn = claim.quote?.capture;
  if (checkedIn && !checkedIn.reading) claim.cites = citesInCapture(cites, index, checkedIn);
  return claim;
}
