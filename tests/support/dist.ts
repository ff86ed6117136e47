/**
 * Reading the built site: which pages exist, which ids each has, and whether
 * an internal URL lands on a real file and element.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Every file under a folder, as paths relative to it with forward slashes. */
export function distFiles(dir = 'dist', prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? distFiles(dir, rel) : [rel];
  });
}

/** All elements of a parsed page, depth first. */
export function elements(node: Root | RootContent): Element[] {
  if (node.type !== 'element' && node.type !== 'root') return [];
  const own = node.type === 'element' ? [node] : [];
  return [...own, ...node.children.flatMap(elements)];
}

const parsed = new Map<string, Element[]>();

/** The elements of a built HTML file, parsed once. */
export function pageElements(file: string, dir = 'dist'): Element[] {
  if (!parsed.has(file)) parsed.set(file, elements(fromHtml(readFileSync(join(dir, file), 'utf8'))));
  return parsed.get(file) ?? [];
}

/** The dist file a site path maps to, as a static host serves it; undefined when there is none. */
export function fileForPath(pathname: string, dir = 'dist'): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`]) {
    if (candidate && existsSync(join(dir, candidate)) && statSync(join(dir, candidate)).isFile()) return candidate;
  }
  return undefined;
}

/** Why an internal URL does not resolve, or undefined when it lands on a file and, if it has one, an element id. */
export function brokenReason(url: URL, dir = 'dist'): string | undefined {
  const file = fileForPath(url.pathname, dir);
  if (!file) return `no file for ${url.pathname}`;
  const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '');
  if (!id || !file.endsWith('.html')) return undefined;
  return pageElements(file, dir).some((el) => el.properties['id'] === id) ? undefined : `no element #${id} in ${file}`;
}
