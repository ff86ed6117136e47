/**
 * A claim's corrections as its note states them: one line for each date,
 * naming every field changed that day ("the verdict, cites and note"), so a
 * claim corrected three ways at once reads as one correction, not three.
 */
import { joinNames } from '../site/prose.ts';
import { correctionId, isPluralField, type Correction } from './correction.ts';

/** The corrections of one claim on one date, with the anchor of the first on the corrections page. */
export interface CorrectionDate {
  date: string;
  /** The fields changed, as a phrase: “the note”, “the verdict and cites”. */
  fields: string;
  /** Whether the phrase is plural (“the cites”, or more than one field), for the verb that follows it. */
  plural: boolean;
  id: string;
}

/** A claim's corrections grouped by date, in the order given (newest first on the corrections page). */
export function correctionDates(corrections: readonly Correction[]): CorrectionDate[] {
  const dates = [...new Set(corrections.map((c) => c.date))];
  return dates.map((date) => {
    const same = corrections.filter((c) => c.date === date);
    const fields = same.map((c) => c.field);
    return { date, fields: `the ${joinNames(fields)}`, plural: fields.length > 1 || fields.some(isPluralField), id: correctionId(same[0]!) };
  });
}
