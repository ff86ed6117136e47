/**
 * Writes the first draft of a document page from a seed's blocks: Markdown
 * structure around the seed's own words, escaped so MDX shows them unchanged.
 */
import type { DocumentMeta } from '../sources/document-schema.ts';
import { escapeMdxText } from './mdx-text.ts';
import type { SeedBlock } from './seed-blocks.ts';

const PREFIX: Partial<Record<SeedBlock['kind'], string>> = { title: '# ', heading: '## ', subheading: '### ' };

function blockMdx(block: SeedBlock): string {
  if (block.kind === 'list') return (block.items ?? []).map((item) => `- ${escapeMdxText(item.text)}`).join('\n');
  return `${PREFIX[block.kind] ?? ''}${escapeMdxText(block.text)}`;
}

/** Groups runs of artefact lines so that one `<Artefact>` marks each run. */
function chunks(blocks: readonly SeedBlock[]): string[] {
  const out: string[] = [];
  let artefacts: string[] = [];
  const flush = () => {
    if (artefacts.length) out.push(['<Artefact>', ...artefacts, '</Artefact>'].join('\n\n'));
    artefacts = [];
  };
  for (const block of blocks) {
    if (block.kind === 'artefact') {
      artefacts.push(escapeMdxText(block.text));
      continue;
    }
    flush();
    out.push(blockMdx(block));
  }
  flush();
  return out;
}

/** The complete MDX page: frontmatter, then one block per paragraph. */
export function draftMdx(meta: DocumentMeta, blocks: readonly SeedBlock[]): string {
  // JSON strings are valid YAML and never re-typed: a YAML timestamp would lose its stated offset.
  const frontmatter = Object.entries(meta)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${frontmatter}\n---\n\n${chunks(blocks).join('\n\n')}\n`;
}
