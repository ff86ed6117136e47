/**
 * A citation's accessed date moved to another day. A static copy is built
 * on one day and read on others, and the accessed date of a citation is the
 * day its reader read it: the browser moves every format's accessed date,
 * and only that date, from the build's day to the reader's. Each format
 * writes the date its own way, each beside words that mark it as the
 * accessed one, so a published date that happens to fall on the same day
 * is never touched.
 */

import { MONTH_NAMES } from '../site/months.ts';
import { cslDateText, risDateText } from './csl-dates.ts';

/** A day as [year, month, day], from `YYYY-MM-DD`. */
type Day = [number, number, number];
const dayOf = (iso: string): Day => iso.split('-').map(Number) as Day;
const month = (m: number) => MONTH_NAMES[m - 1] ?? '';

/** Each format's accessed date, with the words that mark it, for one day. */
function marked(day: Day): string[] {
  const [y, m, d] = day;
  const date = { 'date-parts': [day] };
  return [
    // APA 7, for a work that may change: “Retrieved December 2, 2026, from”.
    `Retrieved ${month(m)} ${d}, ${y}, from`,
    // Harvard (Cite Them Right): “(Accessed: 2 December 2026)”.
    `(Accessed: ${d} ${month(m)} ${y})`,
    // Vancouver: “[cited 2026 Dec 2]”.
    `[cited ${y} ${month(m).slice(0, 3)} ${d}]`,
    // BibLaTeX and RIS, written as their writers write dates.
    `urldate = {${cslDateText(date)}}`,
    `Y2  - ${risDateText(date)}`,
  ];
}

/** CSL-JSON's accessed date, however the JSON is spaced. */
const CSL_ACCESSED = /("accessed":\s*\{\s*"date-parts":\s*\[\s*\[\s*)(\d+)(\s*,\s*)(\d+)(\s*,\s*)(\d+)/g;

/** The text of any citation format with its accessed date moved from `built` to `today` (both `YYYY-MM-DD`). */
export function restampAccessed(text: string, built: string, today: string): string {
  if (built === today) return text;
  const [from, to] = [dayOf(built), dayOf(today)];
  const forms = marked(from);
  const moved = marked(to);
  const restamped = forms.reduce((out, form, i) => out.split(form).join(moved[i] ?? form), text);
  return restamped.replace(CSL_ACCESSED, (whole, open: string, y: string, c1: string, m: string, c2: string, d: string) =>
    [Number(y), Number(m), Number(d)].join() === from.join() ? `${open}${to[0]}${c1}${to[1]}${c2}${to[2]}` : whole,
  );
}

/** A day as `YYYY-MM-DD` in the reader's own time zone. */
export function localDay(now: Date): string {
  return cslDateText({ 'date-parts': [[now.getFullYear(), now.getMonth() + 1, now.getDate()]] });
}
