/**
 * The `_headers` file that Netlify, Cloudflare Pages and similar hosts read:
 * the security headers for every path, then each built file's content type
 * and caching. Hosts join the values of a header set by several matching
 * rules, so each header is given to each file by exactly one rule; and
 * Cloudflare takes at most 100 rules, so files are matched by folder and
 * extension, never one by one: 10,000 reports need no more rules than four.
 */
import { cachingFor, contentTypeFor, extensionOf } from './file-headers.ts';
import { contentSecurityPolicy } from './security-policy.ts';

/** One `_headers` rule: a path pattern (exact, or with one `*`) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

type ValueOf = (path: string) => string | undefined;

/** The URL paths a file answers on: an `index.html` also answers on its folder's URL. */
function urlsOf(path: string): string[] {
  return path === 'index.html' || path.endsWith('/index.html') ? [path.slice(0, -'index.html'.length), path] : [path];
}

/** File-by-file rules, for files that share no pattern with their neighbours. */
function exactRules(files: readonly string[], valueOf: ValueOf): Array<[string, string]> {
  return files.flatMap((file) => {
    const value = valueOf(file);
    return value === undefined ? [] : urlsOf(file).map((url): [string, string] => [url, value]);
  });
}

/** Patterns giving one header to the files of one top-level folder: the whole folder, else one pattern per extension, else file by file. */
function folderRules(folder: string, files: readonly string[], valueOf: ValueOf): Array<[string, string]> {
  const values = new Set(files.map(valueOf));
  const [only] = values;
  if (values.size === 1) return only === undefined ? [] : [[`${folder}/*`, only]];
  const byExtension = Map.groupBy(files, extensionOf);
  return [...byExtension].flatMap(([ext, group]): Array<[string, string]> => {
    const extValues = new Set(group.map(valueOf));
    const [value] = extValues;
    if (extValues.size > 1 || !ext) return exactRules(group, valueOf);
    if (value === undefined) return [];
    if (ext !== 'html') return [[`${folder}/*.${ext}`, value]];
    // `folder/*/` is every index.html below the folder by its URL (no other path ends in a slash); the folder's own needs its URL.
    const own: Array<[string, string]> = group.includes(`${folder}/index.html`) ? [[`${folder}/`, value]] : [];
    return [...own, [`${folder}/*/`, value], [`${folder}/*.html`, value]];
  });
}

/** Rules giving one header to every file (paths inside the site, without the base). */
export function rulesFor(paths: readonly string[], valueOf: ValueOf): Array<[string, string]> {
  const byFolder = Map.groupBy(paths, (path) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : ''));
  return [...byFolder].flatMap(([folder, files]) => (folder ? folderRules(folder, files, valueOf) : exactRules(files, valueOf)));
}

/** The `_headers` rules for the built files (paths inside the site, without the base). */
export function headerRules(base: string, paths: readonly string[]): HeaderRule[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rules = new Map<string, Record<string, string>>([
    [`${root}*`, { 'Content-Security-Policy': contentSecurityPolicy(), 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' }],
  ]);
  for (const [name, valueOf] of [
    ['Content-Type', contentTypeFor],
    ['Cache-Control', cachingFor],
  ] as const) {
    for (const [pattern, value] of rulesFor(paths, valueOf)) {
      const key = `${root}${pattern}`;
      rules.set(key, { ...rules.get(key), [name]: value });
    }
  }
  return [...rules].map(([pattern, headers]) => ({ pattern, headers }));
}

/** The `_headers` text for the built files (paths inside the site, without the base). */
export function staticHeaders(base: string, paths: readonly string[]): string {
  return `${headerRules(base, paths)
    .map(({ pattern, headers }) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n')}\n`;
}

/** Reads a `_headers` file back into path patterns and their headers, as a host does. */
export function parseStaticHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name = '', ...value] = line.trim().split(':');
      const rule = rules.at(-1);
      if (rule) rule.headers[name.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

/** Whether a `_headers` pattern (exact, or with one `*` standing for any characters) matches a path. */
export function matchesPattern(pattern: string, path: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === path;
  const [head, tail] = [pattern.slice(0, star), pattern.slice(star + 1)];
  return path.length >= head.length + tail.length && path.startsWith(head) && path.endsWith(tail);
}
