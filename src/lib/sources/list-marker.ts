/**
 * The bullet or number that opens a list item: structure of the page, never
 * words of a quotation, so quotations are matched and copied without it.
 */

/** A bullet or number opening a list item. */
const LIST_MARKER = /^\s*(?:[-*+•◦▪‣]|\(?\d{1,3}[.)])\s+/;

/** A passage's text without the bullet or number that opens a list item. */
export function withoutListMarker(text: string): string {
  return text.replace(LIST_MARKER, '');
}
