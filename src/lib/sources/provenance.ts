/**
 * Wording for the provenance box: dates, languages and names as readers
 * expect to see them, from the validated frontmatter and nothing else.
 */

const DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "2026-03-02" or "2026-03-02T09:00:00+01:00" as "March 2, 2026": the calendar day as written, whatever the reader's zone. */
export function readableDate(iso: string): string {
  return DAY.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** A BCP 47 tag with its English name, e.g. "English (en-GB)"; the bare tag when it has no name. */
export function languageLabel(tag: string): string {
  const name = LANGUAGES.of(tag);
  return name && name !== tag ? `${name} (${tag})` : tag;
}
