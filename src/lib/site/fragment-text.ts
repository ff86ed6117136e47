/**
 * Text in a text-fragment directive (`#:~:text=…`), as search results and
 * quote links both write it.
 */

/** Percent-encodes text for a directive, with the characters its syntax reserves (`-`, `,`, `&`) escaped too. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
