/**
 * Which elements of a page are passages: every heading, paragraph and list
 * item, in reading order, not counting one inside another. A passage inside
 * an `<Artefact>` is page furniture of the capture, kept and marked as such.
 */
import type { Element, Root } from 'hast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { isElement, isJsx } from './mdx-nodes.ts';

const PASSAGE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li']);

/** A passage element, whether it is capture furniture, and its parent. */
export interface FoundPassage {
  node: Element;
  parent: Element | Root;
  artefact: boolean;
}

/** The page's passages in reading order. */
export function findPassages(tree: Root): FoundPassage[] {
  const found: FoundPassage[] = [];
  visitParents(tree, (node, ancestors) => {
    if (!isElement(node, PASSAGE_TAGS)) return undefined;
    const parent = ancestors[ancestors.length - 1] as Element | Root;
    found.push({ node, parent, artefact: ancestors.some((a) => isJsx(a, 'Artefact')) });
    return SKIP;
  });
  return found;
}

/** The page's passage elements as the anchors plugin marked them, each with its parent, in reading order. */
export function markedPassages(tree: Root): { node: Element; parent: Element | Root }[] {
  const found: { node: Element; parent: Element | Root }[] = [];
  visitParents(tree, (node, ancestors) => {
    if (!isElement(node) || node.properties['dataPassage'] === undefined) return undefined;
    found.push({ node, parent: ancestors[ancestors.length - 1] as Element | Root });
    return SKIP;
  });
  return found;
}
