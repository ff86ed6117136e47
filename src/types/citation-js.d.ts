/** The small part of Citation.js this site uses; the packages ship no types. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  /** Plugins' settings; `@csl` holds the CSL processor's locales, by language, as XML. */
  export const plugins: {
    config: {
      get(plugin: '@csl'): { locales: { has(lang: string): boolean; get(lang: string): string; add(lang: string, xml: string): void } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/name' {
  /** Splits a personal name as written into CSL name parts. */
  export function parse(name: string): Record<string, string | undefined>;
}
