/**
 * Writes the first draft of a document page from a seed's blocks: Markdown
 * structure around the seed's own words, serialised so MDX shows them unchanged.
 */
import type { BlockContent, Heading, RootContent } from 'mdast';
import type { DocumentMeta } from '../sources/document-schema.ts';
import { treeToMdx } from './mdx-text.ts';
import type { SeedBlock } from './seed-blocks.ts';

const DEPTH: Partial<Record<SeedBlock['kind'], Heading['depth']>> = { title: 1, heading: 2, subheading: 3 };

const paragraph = (text: string): BlockContent => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

/** One block as a Markdown node. A list item keeps its own bullet or number as text, so the page reads as the seed. */
function blockNode(block: SeedBlock): RootContent {
  if (block.kind === 'list') {
    return {
      type: 'list',
      ordered: false,
      spread: false,
      children: (block.items ?? []).map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item.text)] })),
    };
  }
  const depth = DEPTH[block.kind];
  return depth ? { type: 'heading', depth, children: [{ type: 'text', value: block.text }] } : paragraph(block.text);
}

/**
 * The body: runs of ordinary blocks serialised as one tree, and each run of
 * artefact lines inside one `<Artefact>`, its children serialised the same
 * way and set off by blank lines, as editors write it.
 */
function body(blocks: readonly SeedBlock[]): string {
  const chunks: string[] = [];
  let run: SeedBlock[] = [];
  const flush = (artefact: boolean) => {
    if (run.length === 0) return;
    const mdx = treeToMdx({ type: 'root', children: run.map((block) => (artefact ? paragraph(block.text) : blockNode(block))) }).replace(/\n+$/, '');
    chunks.push(artefact ? `<Artefact>\n\n${mdx}\n\n</Artefact>` : mdx);
    run = [];
  };
  blocks.forEach((block, i) => {
    run.push(block);
    const next = blocks[i + 1];
    if (!next || (next.kind === 'artefact') !== (block.kind === 'artefact')) flush(block.kind === 'artefact');
  });
  return `${chunks.join('\n\n')}\n`;
}

/** The complete MDX page: frontmatter, then one block per paragraph. */
export function draftMdx(meta: DocumentMeta, blocks: readonly SeedBlock[]): string {
  // JSON strings are valid YAML and never re-typed: a YAML timestamp would lose its stated offset.
  const frontmatter = Object.entries(meta)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${frontmatter}\n---\n\n${body(blocks)}`;
}
