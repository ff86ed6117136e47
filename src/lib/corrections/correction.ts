/**
 * Corrections: every change to a published verdict, note, cites or words, kept
 * with its date, what it was and why, as fact-checkers' codes of principles
 * ask. They live in `content/corrections.yaml`, one entry per changed field;
 * each shows at its claim, on the corrections page and in the open data.
 */
import { z } from 'zod';
import { isCalendarDate } from '../captures/capture-schema.ts';
import { citeTokens } from '../claims/cite-tokens.ts';
import type { CitedPassage } from '../claims/claim.ts';
import { pinpointLabel } from '../sources/anchors.ts';

/** The fields of a published claim whose changes are recorded; `words` are the report's words the claim marks. */
export const CORRECTED_FIELDS = ['verdict', 'note', 'cites', 'words'] as const;

/** Whether a field is named in the plural (“the cites were”), for the sentences that state what it was. */
export function isPluralField(field: (typeof CORRECTED_FIELDS)[number]): boolean {
  return field === 'cites' || field === 'words';
}

/** One correction as written. */
export const correctionSchema = z.strictObject({
  date: z.string().refine(isCalendarDate, 'a calendar date written `YYYY-MM-DD`'),
  report: z.string().min(1),
  claim: z.string().regex(/^c[1-9]\d*$/, 'a claim id such as `c10`'),
  field: z.enum(CORRECTED_FIELDS),
  /** The published value before the change. */
  was: z.string().min(1),
  /** Why it changed, in the project's own words. */
  why: z.string().min(1),
});

/** A correction, with the line of the file it starts on. */
export type Correction = z.infer<typeof correctionSchema> & { line: number };

/** A correction checked against the corpus, with the value the field took: the next correction’s `was`, or else the claim’s value now. */
export interface CheckedCorrection extends Correction {
  became: string;
  reportTitle: string;
}

/** The anchor of a correction on the corrections page: report, claim and field, which together never repeat on one date. */
export function correctionId(correction: Pick<Correction, 'report' | 'claim' | 'field' | 'date'>): string {
  return `${correction.report}-${correction.claim}-${correction.field}-${correction.date}`;
}

/** The passages a `cites` value names (`p46 p50`, or `source#p12` for another source), as readers cite them. */
export function citedPassages(value: string, defaultSource: string): Array<Pick<CitedPassage, 'source' | 'anchor' | 'label'>> {
  return citeTokens(value, defaultSource).map(({ source, anchor }) => ({ source, anchor, label: pinpointLabel(anchor) }));
}
