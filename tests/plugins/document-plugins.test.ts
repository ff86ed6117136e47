/**
 * Fixture tests for the document plugins, run as the site runs them (MDX's
 * own processor, then the page plugins): each folder of
 * tests/fixtures/document-plugins holds an input.mdx, an optional
 * frontmatter.json and the expected output.html, in which MDX components show
 * as `<jsx-name>` elements with their attributes. A missing output fails; set
 * UPDATE_FIXTURES=1 to write the outputs, then review them as a diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { PluggableList } from 'unified';
import { pagePlugins, readingPlugins } from '../../src/plugins/document-plugins.ts';
import { mdxHast } from '../../src/plugins/mdx-hast.ts';

const root = 'tests/fixtures/document-plugins';

/** Shows MDX JSX elements as custom elements with their literal attributes, so the output reads as HTML. */
function jsxAsElements(node: Root | RootContent): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    const jsx = child as unknown as { type: string; name: string; attributes: Array<{ name: string; value: unknown }>; children: RootContent[] };
    if (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') return child;
    const properties = Object.fromEntries(jsx.attributes.map((a) => [a.name, String(a.value)]));
    return { type: 'element', tagName: `jsx-${jsx.name.toLowerCase()}`, properties, children: jsx.children } as RootContent;
  }) as typeof node.children;
  for (const child of node.children) jsxAsElements(child);
}

/** Runs the plugins over an MDX text; returns the page's HTML and what the plugins recorded. */
function run(mdx: string, frontmatter: Record<string, string> = { kind: 'report', slug: 'fixture' }, plugins = pagePlugins('/')) {
  const file = new VFile({ value: mdx, path: 'input.mdx', data: { astro: { frontmatter } } });
  const tree = mdxHast(plugins as PluggableList)(file);
  jsxAsElements(tree);
  return { html: toHtml(tree), file };
}

const fixture = (name: string) => {
  const dir = join(root, name);
  const frontmatter = existsSync(join(dir, 'frontmatter.json')) ? JSON.parse(readFileSync(join(dir, 'frontmatter.json'), 'utf8')) : undefined;
  return run(readFileSync(join(dir, 'input.mdx'), 'utf8'), frontmatter);
};

describe('document plugins, fixtures', () => {
  test.each(readdirSync(root))('render %s as expected', (name) => {
    const expected = join(root, name, 'output.html');
    const { html } = fixture(name);
    if (process.env['UPDATE_FIXTURES']) writeFileSync(expected, `${html}\n`);
    expect(existsSync(expected), `${expected} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
    expect(`${html}\n`).toBe(readFileSync(expected, 'utf8'));
  });
});

describe('document plugins', () => {
  test('number headings, paragraphs and list items in reading order', () => {
    expect(fixture('list-and-heading').file.data.passages?.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  test('give a sentence split by a claim one id, on its first piece only', () => {
    const { html, file } = fixture('claim-across-sentences');
    expect(file.data.passages?.[0]?.sentences.map((s) => s.id)).toEqual(['p1-s1', 'p1-s2', 'p1-s3']);
    expect(html.match(/id="p1-s2"/g)).toHaveLength(1);
  });

  test('keep sentence ids the same with and without an annotation', () => {
    const plain = run('He said: "We retain full autonomy. This is all in addition to U.S. law." Then he left.\n');
    expect(fixture('claim-across-sentences').file.data.passages?.[0]?.sentences).toEqual(plain.file.data.passages?.[0]?.sentences);
  });

  test('record a claim as written: its attributes, words, passage and the words around it', () => {
    const [claim] = fixture('claim-across-sentences').file.data.claims ?? [];
    expect(claim).toMatchObject({
      attributes: { id: 'c1', verdict: 'not-in-post' },
      text: '"We retain full autonomy. This is all in addition to U.S. law."',
      passage: 'p1',
      prefix: 'He said: ',
      suffix: ' Then he left.',
      place: { line: 1, column: 10 },
    });
  });

  test('mark passages inside an Artefact as artefacts', () => {
    expect(fixture('artefact').file.data.passages?.map((p) => p.artefact)).toEqual([true, true]);
  });

  test.each([
    [
      'an expression',
      '<Claim id="c1" verdict="accurate" cites={"p2"} note="n">Words.</Claim>\n',
      { attributes: { id: 'c1', verdict: 'accurate', note: 'n' }, unquoted: ['cites'] },
    ],
    ['a bare name', '<Claim id="c1" verdict note="n">Words.</Claim>\n', { attributes: { id: 'c1', note: 'n' }, unquoted: ['verdict'] }],
    ['a spread', '<Claim id="c1" {...props}>Words.</Claim>\n', { attributes: { id: 'c1' }, unquoted: ['{…}'] }],
    ['quoted values only', '<Claim id="c1" verdict="accurate">Words.</Claim>\n', { attributes: { id: 'c1', verdict: 'accurate' } }],
  ])('record a claim’s attributes given as %s for the corpus to judge', (_name, mdx, expected) => {
    const [claim] = run(mdx).file.data.claims ?? [];
    expect({ attributes: claim?.attributes, unquoted: claim?.unquoted }).toEqual({ unquoted: undefined, ...expected });
  });

  test('record ids written by hand, which the corpus holds against the anchors', () => {
    const { file } = run('He said: <span id="p1">"We retain full autonomy."</span> Then he left.\n');
    expect(file.data.explicitIds).toEqual([{ id: 'p1', place: { file: 'input.mdx', line: 1, column: 10 } }]);
  });

  test.each([
    [
      'outside any passage',
      'Words.\n\n<div><Claim id="c1" verdict="accurate" note="n">Loose words.</Claim></div>\n',
      [3, 'claims', 'outside-passage', 'Unexpected `<Claim>` outside a paragraph, heading or list item', 'Put the claim inside the text it annotates.'],
    ],
    [
      'inside another claim',
      '<Claim id="c1" verdict="partial" note="n">Outer <Claim id="c2">inner</Claim></Claim> words.\n',
      [1, 'claims', 'nested', 'Unexpected `<Claim>` inside another claim', 'Annotate each span once: close the outer claim before the inner one starts.'],
    ],
  ])('report a claim %s on the file, with its place, rule and fix', (_name, mdx, expected) => {
    expect(run(mdx).file.messages.map((m) => [m.line, m.source, m.ruleId, m.reason, m.note])).toEqual([expected]);
  });

  test('read the same passages whether the reader tools are added or not', () => {
    const mdx = readFileSync(join(root, 'list-and-heading', 'input.mdx'), 'utf8');
    expect(run(mdx, undefined, readingPlugins as never).file.data.passages).toEqual(run(mdx).file.data.passages);
  });
});
