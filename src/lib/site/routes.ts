/**
 * Every address the site publishes, in one place: document pages, passage
 * and sentence anchors, cite pages and files, seeds, and absolute URLs. Pages,
 * plugins, search and open data all build links here, so a route changes in
 * one file and every link follows.
 */
import { KIND_FOLDERS, type DocumentMeta } from '../sources/document-schema.ts';

/** Joins the site's base path and a path inside the site, with exactly one slash between. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** A document's path below the site's base, e.g. `sources/our-agreement-with-the-department-of-war/`. */
export function documentPath(meta: Pick<DocumentMeta, 'kind' | 'slug'>): string {
  return `${KIND_FOLDERS[meta.kind]}/${meta.slug}/`;
}

/** A passage, sentence or claim anchor on a document's page, e.g. `sources/post/#p12`. */
export function anchorPath(meta: Pick<DocumentMeta, 'kind' | 'slug'>, anchor: string): string {
  return `${documentPath(meta)}#${anchor}`;
}

/** An anchor of a primary source known only by its slug. */
export function sourceAnchorPath(source: string, anchor: string): string {
  return anchorPath({ kind: 'source', slug: source }, anchor);
}

/** The page listing a document's citations, one section per passage. */
export function citePagePath(slug: string): string {
  return `cite/${slug}/`;
}

/** A document's citation data file. */
export function citeFilePath(slug: string, format: 'bib' | 'ris' | 'json'): string {
  return `cite/${slug}.${format}`;
}

/** The page of one capture of a primary source, e.g. `sources/post/captures/002_b1635164cf9d6a8a/`. */
export function capturePath(source: string, capture: string): string {
  return `sources/${source}/captures/${capture}/`;
}

/** The page comparing two captures of a primary source, passage by passage. */
export function comparePath(source: string, first: string, second: string): string {
  return `sources/${source}/compare/${first}/${second}/`;
}

/** The page listing every dated correction to a published claim. */
export function correctionsPath(): string {
  return 'corrections/';
}

/** A seed capture, served byte for byte. */
export function seedPath(seed: string): string {
  return `seeds/${seed}`;
}

/** A seed's raw view: its text line by line, each line numbered with an `#L12` anchor. */
export function rawViewPath(seed: string): string {
  return `seeds/${seed.replace(/\.txt$/, '')}/`;
}

/** An absolute URL for a path inside the site. */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
