/**
 * What the home page says of its reports as a whole: how many there are, and
 * whether it may say that none of their captures states where it came from.
 * Both follow the corpus, so adding a report never leaves the page untrue.
 */
import type { DocumentMeta } from '../sources/document-schema.ts';

const WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** The reports counted as prose counts them: in words up to ten, then in figures. */
export function countedReports(count: number): string {
  return `${WORDS[count] ?? count.toLocaleString('en-US')} news report${count === 1 ? '' : 's'}`;
}

/** Whether no report's record states its outlet, author, address or date. */
export function noProvenanceStated(reports: readonly DocumentMeta[]): boolean {
  return reports.every((meta) => !meta.outlet && !meta.authors && !meta.author && !meta.url && !meta.published);
}
