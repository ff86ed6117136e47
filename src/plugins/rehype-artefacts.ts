/**
 * Turns each `<Artefact>`, page furniture the capture picked up ("0 views",
 * "Back to Blog"), into a block that keeps it, because the seed has it, but
 * visibly marks it as not part of the text. The block is laid out as the
 * component it replaces wrote it, line breaks and indentation included.
 */
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { isJsx } from './mdx-nodes.ts';

/** What the block says of itself; search leaves it out. */
export const ARTEFACT_LABEL = 'Capture artefact · page furniture the capture picked up, not part of the text';

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The rehype plugin; see the module comment. */
export default function rehypeArtefacts() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!isJsx(node, 'Artefact') || !parent || index === undefined) return;
      const label = h('p', { class: 'artefact-label', dataPagefindIgnore: '' }, ARTEFACT_LABEL);
      const children = node.children as ElementContent[];
      parent.children[index] = h('div', { class: 'artefact' }, [text('\n  '), label, text('\n  '), ...children, text('\n')]);
    });
  };
}
