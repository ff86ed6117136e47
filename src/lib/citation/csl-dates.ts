/** CSL dates written out for the formats that take them as text. */
import type { CslDate } from './csl-item.ts';

const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/** A CSL date as ISO 8601, as far as it is known: `2026`, `2026-02` or `2026-02-28`. */
export function cslDateText(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0] ?? [];
  return [String(year), month && pad(month), day && pad(day)].filter(Boolean).join('-');
}

/** A CSL date as RIS writes dates: `2026/02/28/`, with empty parts left empty (`2026///`). */
export function risDateText(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0] ?? [];
  return `${year}/${month ? pad(month) : ''}/${day ? pad(day) : ''}/`;
}
