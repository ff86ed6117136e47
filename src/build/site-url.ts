/**
 * Deployment settings: the public origin and base path come from the
 * environment, so one build script serves localhost, a CDN or a sub-folder.
 */

/** The site's public origin, from `SITE_URL` (default: the local preview server's own address). */
export function siteUrl(): string {
  return process.env.SITE_URL ?? 'http://127.0.0.1:4321';
}

/** The path the site is served under, from `BASE_PATH` (default `/`), with leading and trailing slashes. */
export function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
