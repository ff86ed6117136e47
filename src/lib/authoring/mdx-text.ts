/**
 * Writing Markdown trees as MDX that renders to exactly the words they hold.
 * The escaping is mdast-util-to-markdown's, with the MDX extensions (which
 * guard `<` and `{`), plus one rule they lack: a line that starts with
 * `import` or `export` would be read as a JavaScript module statement.
 */
import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options, type Unsafe } from 'mdast-util-to-markdown';

/** Line-initial words MDX reads as ESM; their first letter is written as a character reference. */
const ESM_AT_LINE_START: Unsafe[] = [
  { character: 'i', atBreak: true, after: String.raw`mport\b` },
  { character: 'e', atBreak: true, after: String.raw`xport\b` },
];

const OPTIONS: Options = { bullet: '-', extensions: [mdxToMarkdown(), { unsafe: ESM_AT_LINE_START }] };

/** Serialises a Markdown tree as MDX, escaping every character that would otherwise be read as code or structure. */
export function treeToMdx(tree: Root): string {
  return toMarkdown(tree, OPTIONS);
}

/** Escapes one line of source text for use as an MDX paragraph. */
export function escapeMdxText(text: string): string {
  return treeToMdx({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }).replace(/\n+$/, '');
}
