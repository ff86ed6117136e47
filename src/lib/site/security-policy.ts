/**
 * The Content-Security-Policy of every page: nothing but this site, no inline
 * script, and what Pagefind needs to run its WebAssembly in a worker.
 */

/** The policy's directives. */
export const CSP_DIRECTIVES: ReadonlyArray<[string, string]> = [
  ['default-src', "'self'"],
  // Pagefind compiles its search engine from WebAssembly.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // Pagefind 1.5+ searches in a worker loaded from its own bundle.
  ['worker-src', "'self' blob:"],
  ['style-src', "'self'"],
  // Shiki colours the code examples with style attributes; no <style> element and no script is ever inline.
  ['style-src-attr', "'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

type Directives = ReadonlyArray<readonly [string, string]>;

/** The policy as one header value. */
export function contentSecurityPolicy(directives: Directives = CSP_DIRECTIVES): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Directives a `<meta>` policy may not carry (browsers ignore them there, and warn), should the policy gain one. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy for a `<meta http-equiv>` tag. */
export function metaContentSecurityPolicy(directives: Directives = CSP_DIRECTIVES): string {
  return contentSecurityPolicy(directives.filter(([name]) => !HEADER_ONLY.has(name)));
}
