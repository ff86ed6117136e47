/**
 * MDX "unravels" a paragraph made only of JSX elements into bare flow
 * elements, so a paragraph that an editor wrapped entirely in claims would
 * stop being a paragraph, lose its ¶ number and drop out of the text checks.
 * This plugin puts such runs of claims back into a paragraph.
 */
import type { ElementContent, Parent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { isJsx } from './mdx-nodes.ts';

const isBlank = (node: RootContent) => node.type === 'text' && !node.value.trim();

/** A run of claims and the blanks between them, as a paragraph of inline claims. */
function paragraphOf(run: RootContent[]): RootContent {
  const inline = run.map((node) => (isJsx(node, 'Claim') ? { ...node, type: 'mdxJsxTextElement' } : node));
  return h('p', inline as ElementContent[]);
}

function ravel(parent: Parent): void {
  const out: RootContent[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    const trailing: RootContent[] = [];
    while (run.length && isBlank(run[run.length - 1] as RootContent)) trailing.unshift(run.pop() as RootContent);
    if (run.length) out.push(paragraphOf(run));
    out.push(...trailing);
    run = [];
  };
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'mdxJsxFlowElement' && isJsx(child, 'Claim')) run.push(child);
    else if (run.length && isBlank(child)) run.push(child);
    else {
      flush();
      out.push(child);
      if ('children' in child) ravel(child);
    }
  }
  flush();
  parent.children = out as Parent['children'];
}

/** The rehype plugin; see the module comment. */
export default function rehypeRavelClaims() {
  return (tree: Root) => ravel(tree);
}
