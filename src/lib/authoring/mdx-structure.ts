/**
 * Reading a page's Markdown structure where the passage records do not say
 * it: which passages are headings. Parsed with the same remark + MDX syntax
 * the build uses, so a heading here is a heading on the page.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The MDX syntax tree of a page body, with positions. */
export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(body);
}

/** The 1-based lines on which headings start, for telling heading passages from the rest. */
export function headingLines(body: string): Set<number> {
  const lines = new Set<number>();
  visit(parseMdx(body), 'heading', (node) => {
    if (node.position) lines.add(node.position.start.line);
  });
  return lines;
}
