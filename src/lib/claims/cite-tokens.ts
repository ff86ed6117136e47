/**
 * The `cites` attribute's syntax, read in one place: anchors separated by
 * spaces, each bare (`p12`, `p13-s2`) for the default source or prefixed by
 * another source's slug (`other-source#p4`). Claims are checked against it,
 * and the corrections page reads a recorded `cites` value with it.
 */

/** The tokens of a `cites` value, each with its source and anchor. */
export function citeTokens(value: string, defaultSource: string): Array<{ source: string; anchor: string }> {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const [source, anchor] = token.includes('#') ? (token.split('#', 2) as [string, string]) : [defaultSource, token];
      return { source, anchor };
    });
}
