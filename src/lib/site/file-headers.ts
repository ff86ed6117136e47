/**
 * What a static host should say about each built file: its content type,
 * which a host guesses from the extension and gets wrong for the citation,
 * Pagefind and seed files, and how long it may be cached, which depends on
 * whether its name changes when its content does.
 */
import { CITATION_FILES } from '../citation/citation-files.ts';

/** Pagefind's binary files: gzipped by Pagefind itself, so a host must neither guess text nor compress them again. */
const BINARY = 'application/octet-stream';

const BY_EXTENSION: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  svg: 'image/svg+xml',
  pagefind: BINARY,
  pf_meta: BINARY,
  pf_index: BINARY,
  pf_filter: BINARY,
  pf_fragment: BINARY,
};

/** Cache-Control for files whose name carries a hash of their content: they never change, so keep them a year. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache-Control for everything else, pages first: a minute, then ask again.
 * Short, because a stale page names hashed assets that the next deploy removes.
 */
export const CACHE_SHORT = 'public, max-age=60, must-revalidate';

/** A file's extension without the dot, or '' when it has none. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
}

/** The content type of a built file (a path inside the site, without the base); citation files are typed by their folder. */
export function contentTypeFor(path: string): string | undefined {
  const ext = extensionOf(path);
  if (path.startsWith('cite/') && ext in CITATION_FILES) return CITATION_FILES[ext as keyof typeof CITATION_FILES];
  return BY_EXTENSION[ext];
}

/** Whether a built file's name changes with its content: Astro's assets and Pagefind's index, filters, fragments and metadata. */
export function isHashed(path: string): boolean {
  return path.startsWith('_astro/') || /^pagefind\/(index|filter|fragment)\//.test(path) || /^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(path);
}

/** The Cache-Control of a built file. */
export function cachingFor(path: string): string {
  return isHashed(path) ? CACHE_IMMUTABLE : CACHE_SHORT;
}
