/**
 * The hast trees MDX produces mix HTML elements with MDX's own JSX nodes.
 * These predicates tell them apart; the walking itself is unist-util-visit's.
 */
import type { Element, Nodes, Parent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

/** An MDX JSX element, flow or text. */
export type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Whether a node is an MDX JSX element, optionally with the given component name. */
export function isJsx(node: unknown, name?: string): node is JsxElement {
  const n = node as { type?: string; name?: string };
  return (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (name === undefined || n.name === name);
}

/** Whether a node is an HTML element, optionally one of the given tag names. */
export function isElement(node: unknown, tags?: ReadonlySet<string>): node is Element {
  const n = node as { type?: string; tagName?: string };
  return n.type === 'element' && (!tags || tags.has(n.tagName ?? ''));
}

/** A literal string attribute of a JSX element, if it has one. */
export function jsxAttribute(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** A JSX element node, for plugins that insert components. */
export function jsxElement(name: string, attributes: Record<string, string>, type: JsxElement['type'] = 'mdxJsxTextElement'): JsxElement {
  return {
    type,
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children: [],
  } as JsxElement;
}

/** Where a node was written, as a place in the page's file. */
export function placeOf(file: string, node: Nodes | Parent): { file: string; line?: number; column?: number } {
  const start = node.position?.start;
  return start ? { file, line: start.line, column: start.column } : { file };
}
