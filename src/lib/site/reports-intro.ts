/**
 * What the home page says of its reports as a whole: how many there are, and
 * whether it may say that none of their captures states where it came from.
 * Both follow the corpus, so adding a report never leaves the page untrue.
 */
import type { DocumentMeta } from '../sources/document-schema.ts';
import { counted } from './prose-count.ts';

/** The reports counted at the start of a sentence: “Three news reports”, “11 news reports”. */
export function countedReports(count: number): string {
  const text = counted(count, 'news report');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Whether no report's record states its outlet, author, address or date. */
export function noProvenanceStated(reports: readonly DocumentMeta[]): boolean {
  return reports.every((meta) => !meta.outlet && !meta.authors && !meta.author && !meta.url && !meta.published && !meta.publishedAsStated);
}
