/**
 * Small helpers over the hast trees MDX produces, which mix HTML elements
 * with MDX's own JSX nodes. Both hold children; only elements hold properties.
 */
import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

/** A node with children: the root, an HTML element, or an MDX JSX element. */
export type Container = Root | Element | MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Whether a node is an MDX JSX element (flow or text). */
export function isJsx(node: unknown): node is MdxJsxFlowElementHast | MdxJsxTextElementHast {
  const type = (node as { type?: string }).type;
  return type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement';
}

/** Whether a node is an HTML element, optionally one of the given tag names. */
export function isElement(node: unknown, tags?: ReadonlySet<string>): node is Element {
  const n = node as { type?: string; tagName?: string };
  return n.type === 'element' && (!tags || tags.has(n.tagName ?? ''));
}

/** Whether a node has children to walk. */
export function isContainer(node: unknown): node is Container {
  return Array.isArray((node as Partial<Parent>).children);
}

/** A text node and the container it sits in. */
export interface TextRef {
  node: Text;
  parent: Container;
}

/** All text nodes below a node, in reading order, each with its parent. */
export function textNodes(root: Container): TextRef[] {
  const found: TextRef[] = [];
  const walk = (parent: Container) => {
    for (const child of parent.children) {
      if (child.type === 'text') found.push({ node: child, parent });
      else if (isContainer(child)) walk(child);
    }
  };
  walk(root);
  return found;
}

/** The concatenated text below a node. */
export function textOf(root: Container): string {
  return textNodes(root)
    .map(({ node }) => node.value)
    .join('');
}

/** A hast element, built with hast's property naming. */
export function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** The `id` an MDX JSX element was given as a literal attribute, if any. */
export function jsxId(node: MdxJsxFlowElementHast | MdxJsxTextElementHast): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
