/**
 * What the home page says of its reports as a whole: how many there are, and
 * whether it may say that none of their captures states where it came from.
 * Both follow the corpus, so adding a report never leaves the page untrue.
 */
import type { DocumentMeta } from '../sources/document-schema.ts';
import { counted, sentenceStart } from './prose.ts';

/** The reports counted at the start of a sentence: “Three news reports”, “11 news reports”. */
export function countedReports(count: number): string {
  return sentenceStart(counted(count, 'news report'));
}

/** Whether no report's record states its outlet, author, address or date. */
export function noProvenanceStated(reports: readonly DocumentMeta[]): boolean {
  return reports.every((meta) => !meta.outlet && !meta.authors && !meta.author && !meta.url && !meta.published && !meta.publishedAsStated);
}
