/**
 * Text set inside double quotation marks: its own double marks become single, as for a quotation within a quotation.
 * Single marks are left alone, since the closing one is also the apostrophe. The quote link's `quotationInside` makes
 * the same change in its own chain of replacements: shared, it would rename the reading pages' script for no change.
 */
export function nestedQuotation(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
}

/** A title or other text set in double quotation marks, any inside it made single. */
export function quoted(text: string): string {
  return `“${nestedQuotation(text)}”`;
}
