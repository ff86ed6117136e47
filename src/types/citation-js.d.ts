/** The small part of Citation.js this site uses; the packages ship no types. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/name' {
  /** Splits a personal name as written into CSL name parts. */
  export function parse(name: string): Record<string, string | undefined>;
}
