/**
 * Links a page hands out must work where the reader is. The build writes
 * the configured site address into pages and citations; served from any
 * other address (a preview, a mirror, localhost), the tools running in the
 * page swap it for the page's own, while the static citation files keep the
 * configured one.
 */

/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` with every link on the `configured` origin moved to the `actual` origin; other sites' links are left alone. */
export function rebaseLinks(text: string, configured: string, actual: string): string {
  const from = new URL(configured).origin;
  const to = new URL(actual).origin;
  if (from === to) return text;
  // Only where the origin ends: https://example.org must not match https://example.org.evil.net.
  return text.replace(new RegExp(`${escapeRegExp(from)}(?=[/?#]|$|\\s)`, 'g'), to);
}
