import { compile } from '@mdx-js/mdx';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { escapeMdxText } from '../../../src/lib/authoring/mdx-text.ts';
import { draftMdx } from '../../../src/lib/authoring/mdx-draft.ts';
import { parseSeed } from '../../../src/lib/authoring/seed-blocks.ts';
import { statedMeta, parseStatedDate } from '../../../src/lib/authoring/document-meta.ts';
import { freeSlug, slugify } from '../../../src/lib/authoring/slugs.ts';
import { documentSchema } from '../../../src/lib/sources/document-schema.ts';

/** Compiles MDX the way the site does (no GFM, no SmartyPants) and returns the text MDX would render. */
async function renderedText(mdx: string): Promise<string> {
  const code = String(await compile(mdx, { outputFormat: 'function-body', development: false }));
  const strings = [...code.matchAll(/children: ("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1] ?? '""') as string);
  return strings.join(' ');
}

describe('escapeMdxText', () => {
  test.each([
    ['braces, which MDX reads as code', 'a {b} c'],
    ['angle brackets, which MDX reads as JSX', 'a <b> c'],
    ['stars and underscores, which Markdown reads as emphasis', 'a *b* _c_'],
    ['a leading number and dot, which Markdown reads as a list', '1. Deployment Architecture'],
    ['a leading hash, which Markdown reads as a heading', '# not a heading'],
    ['a leading dash, which Markdown reads as a list', '- not a list'],
    ['brackets and ampersands', '[a](b) &amp; c'],
    ['a leading `import`, which MDX reads as a module statement', 'import the rules from abroad'],
    ['a leading `export`, which MDX reads as a module statement', 'export controls were not discussed'],
    ['a leading `---`, which Markdown reads as a rule', '--- and then'],
    ['a leading `>`, which Markdown reads as a block quote', '> an aside'],
    ['a leading number and parenthesis', '1) first'],
  ])('escapes %s so MDX renders them literally', async (_name, text) => {
    expect(await renderedText(escapeMdxText(text))).toBe(text);
  });
});

describe('draftMdx', () => {
  test('drafts the post with frontmatter that passes the schema and words that render unchanged', async () => {
    const seed = readFileSync('seeds/002_b1635164cf9d6a8a.txt', 'utf8');
    const blocks = parseSeed(seed);
    const meta = documentSchema.parse({ seed: '002_b1635164cf9d6a8a.txt', seedSha256: 'a'.repeat(64), kind: 'source', slug: 'post', ...statedMeta(blocks) });
    const mdx = draftMdx(meta, blocks);
    expect(mdx).toMatch(/^---\nseed: "002_b1635164cf9d6a8a.txt"\n/);
    expect(mdx).toContain('\n# Our agreement with the Department of War\n');
    expect(mdx).toContain('<Artefact>\n\n0 views\n\nBack to Blog\n\nRelated posts\n\nRead more »\n\n</Artefact>');
  });
});

describe('statedMeta', () => {
  test('takes the post’s title, author and date from its own text', () => {
    const meta = statedMeta(parseSeed(readFileSync('seeds/002_b1635164cf9d6a8a.txt', 'utf8')));
    expect(meta).toEqual({
      title: 'Our agreement with the Department of War',
      titleSource: 'headline',
      author: 'OpenAI',
      published: '2026-02-28T07:30:00-05:00',
      publishedAsStated: 'February 28, 2026 at 07:30 AM EST',
    });
  });

  test('reads a report’s source note as its outlet and its by-line as its authors, never as its title', () => {
    const meta = statedMeta(parseSeed('Source: The Harbor Ledger\nBy Ana Ruiz, Tom Hale & Kofi Obi\nPentagon Deal Puts Three Limits on Models\nText.'));
    expect(meta).toEqual({
      title: 'Pentagon Deal Puts Three Limits on Models',
      titleSource: 'headline',
      outlet: 'The Harbor Ledger',
      authors: ['Ana Ruiz', 'Tom Hale', 'Kofi Obi'],
    });
  });

  test('marks the title as editorial when the top line is not a headline, even if a subheading follows', () => {
    const meta = statedMeta(parseSeed('The company said on Saturday that it had reached a deal with the Pentagon.\nWhat the Deal Covers\nMore.'));
    expect(meta).toEqual({ title: 'The company said on Saturday that it had reached a…', titleSource: 'opening-words' });
  });

  test('invents nothing for a report with no headline: opening words, no author, no date', () => {
    const meta = statedMeta(parseSeed(readFileSync('seeds/003_3604921ae2a8460e.txt', 'utf8')));
    expect(meta).toEqual({ title: 'OpenAI has reached a deal to deploy its artificial intelligence…', titleSource: 'opening-words' });
  });

  test.each([
    ['February 28, 2026 at 07:30 AM EST', '2026-02-28T07:30:00-05:00'],
    ['March 1, 2026 at 12:05 PM PST', '2026-03-01T12:05:00-08:00'],
    ['March 1, 2026', '2026-03-01'],
    ['late Friday', undefined],
  ])('reads the stated date “%s” as %s', (stated, iso) => {
    expect(parseStatedDate(stated)).toBe(iso);
  });

  test('makes short ASCII slugs', () => {
    expect(slugify('Our agreement with the Department of War')).toBe('our-agreement-with-the-department-of-war');
    expect(slugify('“Red Lines” — Détente, Now!')).toBe('red-lines-detente-now');
  });

  test.each([
    ['the outlet’s name added', new Set(['deal']), { outlet: 'The Ledger', seedNumber: '004' }, 'deal-the-ledger'],
    ['the seed’s number when there is no outlet', new Set(['deal']), { seedNumber: '004' }, 'deal-004'],
    ['a counter when both are taken', new Set(['deal', 'deal-the-ledger', 'deal-004', 'deal-2']), { outlet: 'The Ledger', seedNumber: '004' }, 'deal-3'],
  ])('offers a free slug for a taken one: %s', (_name, taken, hints, expected) => {
    const slug = freeSlug('deal', taken, hints);
    expect(slug).toBe(expected);
    expect(taken.has(slug)).toBe(false);
  });
});
