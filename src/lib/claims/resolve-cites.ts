/**
 * A claim's `cites` resolved to the passages they name, each with its words,
 * or a content error at the claim naming the first that does not exist.
 */
import { ContentError } from '../corpus/content-error.ts';
import { pinpointLabel } from '../sources/anchors.ts';
import { anchorHint } from './anchor-hint.ts';
import type { CitedPassage, ClaimInput, SourceIndex } from './claim.ts';
import { citeTokens } from './cite-tokens.ts';

/** A content error at the claim's place. */
export function fail(input: ClaimInput, problem: string, fix: string, rule: string): ContentError {
  return new ContentError(input.place, problem, fix, rule);
}

/** Resolves `cites="p12 p13-s2 other-source#p4"` to passages, or explains the first that does not exist. */
export function resolveCites(input: ClaimInput, id: string, index: SourceIndex): CitedPassage[] {
  return citeTokens(input.attributes['cites'] ?? '', index.defaultSource).map(({ source, anchor }) => {
    const entry = index.sources[source];
    if (!entry)
      throw fail(
        input,
        `Claim \`${id}\` cites unknown source \`${source}\`.`,
        `Use one of ${Object.keys(index.sources)
          .map((s) => `\`${s}\``)
          .join(', ')}.`,
        'claims:unknown-source',
      );
    const text = entry.anchors[anchor];
    if (text === undefined)
      throw fail(
        input,
        `Claim \`${id}\` cites unknown passage \`${anchor}\`.`,
        anchorHint(anchor, Object.keys(entry.anchors), source === index.defaultSource ? 'the post' : `\`${source}\``),
        'claims:unknown-passage',
      );
    return { source, sourceTitle: entry.title, isDefault: source === index.defaultSource, anchor, label: pinpointLabel(anchor), text: text.trim() };
  });
}
