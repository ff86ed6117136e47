/**
 * Turns each `<Claim>` of a report into its marked words and the button that
 * opens its note (an HTML popover, so it works without JavaScript), from the
 * claim as the corpus checked it. The notes themselves are rendered once,
 * after the text, where they print as numbered endnotes. A word joiner,
 * outside the copied text, keeps the button on the line of the claim's last
 * word. A claim the corpus does not hold is shown as unchecked in a draft
 * (which only the dev server shows), and stops the page anywhere else.
 */
import type { ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { CheckedClaim } from '../lib/claims/claim.ts';
import { VERDICT_INFO } from '../lib/claims/verdicts.ts';
import { isJsx, jsxAttribute } from './mdx-nodes.ts';

/** The plugin's options: the report's checked claims, and whether it is a draft. */
export interface ClaimMarksOptions {
  claims: readonly CheckedClaim[];
  draft?: boolean;
}

/** A checked claim's words and marker. */
function marked(claim: CheckedClaim, words: ElementContent[]): ElementContent[] {
  const { label, symbol } = VERDICT_INFO[claim.verdict];
  const button = h(
    'button',
    {
      type: 'button',
      class: `claim-marker verdict--${claim.verdict}`,
      popovertarget: `${claim.id}-note`,
      ariaLabel: `${label}: open the note on claim ${claim.id}`,
    },
    [h('span', { ariaHidden: 'true' }, symbol), h('span', { class: 'claim-marker-label' }, ` ${label}`)],
  );
  return [
    // A mark, not a span: screen readers announce where the claimed words begin and end, which the underline shows.
    h('mark', { class: `claim claim--${claim.verdict}`, id: claim.id }, words),
    h('span', { class: 'claim-mark', dataPagefindIgnore: '' }, [{ type: 'raw', value: '&#8288;' }, button]),
  ];
}

/** The rehype plugin; see the module comment. */
export default function rehypeClaimMarks(options: ClaimMarksOptions) {
  const byId = new Map(options.claims.map((claim) => [claim.id, claim]));
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (!isJsx(node, 'Claim') || !parent || index === undefined) return undefined;
      const id = jsxAttribute(node, 'id') ?? '';
      const claim = byId.get(id);
      if (!claim && !options.draft) file.fail(`Claim \`${id}\` is not in the checked corpus`, { place: node.position, ruleId: 'unchecked', source: 'claims' });
      const words = node.children as ElementContent[];
      const replacement = claim ? marked(claim, words) : [h('span', { class: 'claim claim--draft', id }, words)];
      parent.children.splice(index, 1, ...replacement);
      // The claim's words may hold no other claim (the corpus checks that), so the walk goes on after the marker.
      return [SKIP, index + replacement.length];
    });
  };
}
