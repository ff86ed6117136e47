/**
 * Finds the `<Claim>` elements of a page and records each as written (its
 * attributes, its words, the words around them and the passage it sits in)
 * on `file.data.claims`, for the corpus to check. A claim outside any
 * passage, or inside another claim, is reported on the file at its place.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { CONTEXT_LENGTH, type ClaimInput } from '../lib/claims/claim.ts';
import { markedPassages } from './find-passages.ts';
import { isJsx, placeOf, type JsxElement } from './mdx-nodes.ts';

/** Layout whitespace (MDX may put a newline between claims) reads as one space in a claim's context. */
const squeeze = (text: string) => text.replace(/[ \t\r\n]+/g, ' ');

/** The attributes with quoted values, and the names of those without, for `lib` to judge. */
function attributesOf(node: JsxElement): Pick<ClaimInput, 'attributes' | 'unquoted'> {
  const attributes: Record<string, string> = {};
  const unquoted: string[] = [];
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') unquoted.push('{…}');
    else if (typeof a.value === 'string') attributes[a.name] = a.value;
    else unquoted.push(a.name);
  }
  return unquoted.length ? { attributes, unquoted } : { attributes };
}

/** The claims in one passage, with their offsets in the passage's text. */
function claimsIn(passage: Element, path: string): ClaimInput[] {
  const text = toString(passage);
  const found: ClaimInput[] = [];
  let offset = 0;
  visitParents(passage, (node) => {
    if (node.type === 'text') offset += node.value.length;
    if (!isJsx(node, 'Claim')) return undefined;
    const words = toString(node);
    const prefix = squeeze(text.slice(Math.max(0, offset - CONTEXT_LENGTH), offset));
    const suffix = squeeze(text.slice(offset + words.length, offset + words.length + CONTEXT_LENGTH));
    found.push({ ...attributesOf(node), text: words, passage: String(passage.properties['id']), prefix, suffix, place: placeOf(path, node) });
    offset += words.length;
    return SKIP;
  });
  return found;
}

/** Reports claims that no passage holds, and claims within claims. */
function misplacedClaims(tree: Root, file: VFile): void {
  visitParents(tree, (node, ancestors) => {
    if (!isJsx(node, 'Claim')) return;
    const inPassage = ancestors.some((a) => a.type === 'element' && a.properties['dataPassage'] !== undefined);
    const nested = ancestors.some((a) => isJsx(a, 'Claim'));
    if (inPassage && !nested) return;
    const reason = nested ? 'Unexpected `<Claim>` inside another claim' : 'Unexpected `<Claim>` outside a paragraph, heading or list item';
    const message = file.message(reason, { place: node.position, ruleId: nested ? 'nested' : 'outside-passage', source: 'claims' });
    message.note = nested ? 'Annotate each span once: close the outer claim before the inner one starts.' : 'Put the claim inside the text it annotates.';
  });
}

/** The rehype plugin; see the module comment. */
export default function rehypeClaims() {
  return (tree: Root, file: VFile) => {
    misplacedClaims(tree, file);
    file.data.claims = markedPassages(tree).flatMap(({ node }) => claimsIn(node, file.path));
  };
}
