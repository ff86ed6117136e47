/**
 * MDX "unravels" a paragraph made only of JSX elements into bare flow
 * elements, so a paragraph that an editor wrapped entirely in claims would
 * stop being a paragraph, lose its ¶ number and drop out of the text checks.
 * This plugin puts such runs of claims back into a paragraph, one paragraph
 * for each the editor wrote: claims on lines with a blank line between them
 * were separate paragraphs, and stay separate passages.
 */
import type { ElementContent, Parent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { isJsx } from './mdx-nodes.ts';

const isBlank = (node: RootContent) => node.type === 'text' && !node.value.trim();
const isFlowClaim = (node: RootContent) => node.type === 'mdxJsxFlowElement' && isJsx(node, 'Claim');
const asInline = (node: RootContent) => (isFlowClaim(node) ? ({ ...node, type: 'mdxJsxTextElement' } as RootContent) : node);

/** Whether a blank line in the source separates two claims, so they were two paragraphs (a paragraph never holds one). */
function blankLineBetween(before: RootContent | undefined, after: RootContent): boolean {
  const end = before?.position?.end.line;
  const start = after.position?.start.line;
  return end !== undefined && start !== undefined && start > end + 1;
}

/** A tight list item made only of claims: its text sits in the item itself, as in every other tight item, with no paragraph and no line breaks around it. */
function isClaimsOnlyItem(parent: Parent): boolean {
  const children = parent.children as RootContent[];
  return (
    parent.type === 'element' &&
    (parent as { tagName?: string }).tagName === 'li' &&
    children.some(isFlowClaim) &&
    children.every((c) => isFlowClaim(c) || isBlank(c))
  );
}

/** A run of claims and the blanks between them, as a paragraph of inline claims, placed where they were written so errors can name its line. */
function paragraphOf(run: RootContent[]): RootContent {
  const paragraph = h('p', run.map(asInline) as ElementContent[]);
  const start = run[0]?.position?.start;
  const end = run.at(-1)?.position?.end;
  if (start && end) paragraph.position = { start, end };
  return paragraph;
}

function ravel(parent: Parent): void {
  if (isClaimsOnlyItem(parent)) {
    const children = parent.children as RootContent[];
    const first = children.findIndex(isFlowClaim);
    const last = children.findLastIndex(isFlowClaim);
    parent.children = children.slice(first, last + 1).map(asInline) as Parent['children'];
    return;
  }
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
    if (isFlowClaim(child)) {
      if (blankLineBetween(run.findLast(isFlowClaim), child)) flush();
      run.push(child);
    } else if (run.length && isBlank(child)) run.push(child);
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
