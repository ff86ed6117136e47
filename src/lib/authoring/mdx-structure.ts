/**
 * Reading a page's Markdown structure where the passage records do not say
 * it: which passages are headings and which are list items. Parsed with the
 * same remark + MDX syntax the build uses, so a heading here is a heading on
 * the page.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The structural kinds that matter for drafting. */
export type BlockKind = 'heading' | 'listItem';

/** The MDX syntax tree of a page body, with positions. */
export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(body);
}

/** The kind of block starting at each 1-based line and column (`line:column`), for headings and list items. */
export function blockKinds(body: string): Map<string, BlockKind> {
  const kinds = new Map<string, BlockKind>();
  visit(parseMdx(body), (node) => {
    if ((node.type === 'heading' || node.type === 'listItem') && node.position)
      kinds.set(`${node.position.start.line}:${node.position.start.column}`, node.type);
  });
  return kinds;
}
