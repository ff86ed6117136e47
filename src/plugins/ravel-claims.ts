/**
 * MDX "unravels" a paragraph made only of JSX elements into bare flow
 * elements, so a paragraph that an editor wrapped entirely in claims would
 * stop being a paragraph, lose its ¶ number and drop out of the text checks.
 * This puts such runs of claims back into a paragraph.
 */
import type { ElementContent, Root } from 'hast';
import { h, isContainer, isJsx, type Container } from './hast-nodes.ts';

type Child = Container['children'][number];

const isClaim = (node: Child) => isJsx(node) && node.name === 'Claim';
const isBlank = (node: Child) => node.type === 'text' && !node.value.trim();

/** A run of claims and the blanks between them, as a paragraph of inline claims. */
function paragraphOf(run: Child[]): Child {
  const inline = run.map((node) => (isClaim(node) ? { ...node, type: 'mdxJsxTextElement' } : node));
  return h('p', {}, inline as ElementContent[]);
}

function ravel(parent: Container): void {
  const out: Child[] = [];
  let run: Child[] = [];
  const flush = () => {
    const trailing: Child[] = [];
    while (run.length && isBlank(run[run.length - 1] as Child)) trailing.unshift(run.pop() as Child);
    if (run.length) out.push(paragraphOf(run));
    out.push(...trailing);
    run = [];
  };
  for (const child of parent.children) {
    if (child.type === 'mdxJsxFlowElement' && isClaim(child)) run.push(child);
    else if (run.length && isBlank(child)) run.push(child);
    else {
      flush();
      out.push(child);
      if (isContainer(child)) ravel(child);
    }
  }
  flush();
  parent.children = out as typeof parent.children;
}

/** Wraps each run of claims that MDX unravelled back into a paragraph. */
export function ravelClaims(tree: Root): void {
  ravel(tree);
}
