/**
 * MDX "unravels" a paragraph made only of JSX elements into bare flow
 * elements, so a paragraph that an editor wrapped entirely in claims would
 * stop being a paragraph, lose its ¶ number and drop out of the text checks.
 * This puts such runs of claims back into a paragraph.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h, isContainer, isJsx, type Container } from './hast-nodes.ts';

const isClaim = (node: unknown) => isJsx(node) && node.name === 'Claim';
const isBlank = (node: { type: string; value?: string }) => node.type === 'text' && !node.value?.trim();

function ravel(parent: Container): void {
  const out: typeof parent.children = [];
  let run: ElementContent[] = [];
  const flush = () => {
    while (run.length && isBlank(run.at(-1) as { type: string })) out.push(run.pop() as never);
    if (run.length) out.push(h('p', {}, run.map((n) => (isClaim(n) ? ({ ...n, type: 'mdxJsxTextElement' } as ElementContent) : n))) as Element);
    run = [];
  };
  for (const child of parent.children) {
    if (isClaim(child) && child.type === 'mdxJsxFlowElement') run.push(child as unknown as ElementContent);
    else if (run.length && isBlank(child as { type: string })) run.push(child as ElementContent);
    else {
      flush();
      out.push(child);
      if (isContainer(child)) ravel(child);
    }
  }
  flush();
  parent.children = out as never;
}

/** Wraps each run of claims that MDX unravelled back into a paragraph. */
export function ravelClaims(tree: Root): void {
  ravel(tree);
}
