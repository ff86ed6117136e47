/**
 * The `_headers` file that Netlify, Cloudflare Pages and similar hosts read:
 * the security headers for every path, and the content types of the data
 * files, which a host would not know from their extensions.
 */
import { CITATION_FILES } from '../citation/citation-files.ts';
import { contentSecurityPolicy } from './security-policy.ts';

const TYPES: Record<string, string> = { ...Object.fromEntries(Object.entries(CITATION_FILES).map(([ext, type]) => [`.${ext}`, type])), '.jsonld': 'application/ld+json; charset=utf-8' };

/** The content type the site gives a built file by its extension, if it needs one. */
export function contentTypeFor(path: string): string | undefined {
  return Object.entries(TYPES).find(([ext]) => path.endsWith(ext))?.[1];
}

/** The `_headers` text for the given site paths (each starting with the base path). */
export function staticHeaders(base: string, paths: readonly string[]): string {
  const blocks = [[`${base}*`, `Content-Security-Policy: ${contentSecurityPolicy()}`, 'X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer']];
  for (const path of paths) {
    const type = contentTypeFor(path);
    if (type) blocks.push([path, `Content-Type: ${type}`]);
  }
  return `${blocks.map(([path, ...headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n')}\n`;
}

/** Reads a `_headers` file back into path patterns and their headers, as a host does. */
export function parseStaticHeaders(text: string): Array<{ pattern: string; headers: Record<string, string> }> {
  const rules: Array<{ pattern: string; headers: Record<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name = '', ...value] = line.trim().split(':');
      const rule = rules.at(-1);
      if (rule) rule.headers[name.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

/** Whether a `_headers` pattern (exact, or ending in `*`) matches a path. */
export function matchesPattern(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}
