/**
 * Finds the `<Claim>` elements inside a passage and reads what they say:
 * their attributes, their words, and the words around them.
 */
import type { Element } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { CONTEXT_LENGTH, type ClaimInput } from '../lib/claims/claim.ts';
import type { Place } from '../lib/corpus/content-error.ts';
import { isContainer, isJsx, textOf, type Container } from './hast-nodes.ts';

/** A claim element and what it says. */
export interface FoundClaim {
  node: MdxJsxTextElementHast;
  input: ClaimInput;
}

function attributesOf(node: MdxJsxTextElementHast): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') out[attribute.name] = attribute.value;
  }
  return out;
}

/** The claims in a passage, in reading order, with their offsets in the passage text. */
export function claimsIn(passage: Element, passageId: string, passageText: string, file: string): FoundClaim[] {
  const found: FoundClaim[] = [];
  let offset = 0;
  const walk = (parent: Container) => {
    for (const child of parent.children) {
      if (child.type === 'text') offset += child.value.length;
      else if (isJsx(child) && child.name === 'Claim' && child.type === 'mdxJsxTextElement') {
        const text = textOf(child);
        const place: Place = { file, line: child.position?.start.line, column: child.position?.start.column };
        // Layout whitespace (MDX may put a newline between claims) reads as one space.
        const prefix = passageText.slice(Math.max(0, offset - CONTEXT_LENGTH), offset).replace(/[ \t\r\n]+/g, ' ');
        const suffix = passageText.slice(offset + text.length, offset + text.length + CONTEXT_LENGTH).replace(/[ \t\r\n]+/g, ' ');
        found.push({ node: child, input: { attributes: attributesOf(child), text, passage: passageId, prefix, suffix, place } });
        offset += text.length;
      } else if (isContainer(child)) walk(child);
    }
  };
  walk(passage);
  return found;
}

/** Hands the checked claim to the `<Claim>` component as a JSON string attribute. */
export function attachCheck(node: MdxJsxTextElementHast, check: unknown): void {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'check'));
  node.attributes.push({ type: 'mdxJsxAttribute', name: 'check', value: JSON.stringify(check) });
}
