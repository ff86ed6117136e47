/**
 * Fixture tests for the passages plugin: each folder of
 * tests/fixtures/passages holds an input.mdx, the seed it must match and the
 * expected output.html. Set UPDATE_FIXTURES=1 to rewrite the outputs, then
 * review them as a diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import rehypePassages from '../../src/plugins/rehype-passages.ts';
import type { BuildOptions } from '../../src/plugins/check-document.ts';
import type { PassageRecord } from '../../src/lib/sources/passage.ts';

const root = 'tests/fixtures/passages';
const MDX_NODES: RemarkRehypeOptions['passThrough'] = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** Shows MDX JSX elements as custom elements so the output can be read as HTML. */
function jsxAsElements(node: Root | RootContent): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    const jsx = child as unknown as { type: string; name: string; children: RootContent[] };
    if (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') return child;
    return { type: 'element', tagName: `jsx-${jsx.name.toLowerCase()}`, properties: {}, children: jsx.children } as RootContent;
  });
  for (const child of node.children) jsxAsElements(child);
}

/** Runs the plugin over a fixture's MDX as the site does, recording anchors instead of checking a lock. */
export async function runFixture(dir: string, mdx = readFileSync(join(dir, 'input.mdx'), 'utf8')) {
  const recorded: PassageRecord[] = [];
  const options: BuildOptions = {
    seedsDir: dir,
    lockFile: join(dir, 'anchors.lock.json'),
    readLock: () => ({ text: '', lock: {} }),
    recordAnchors: (_slug, passages) => recorded.push(...passages),
    relative: (path) => path,
    corpus: () => ({ index: { defaultSource: 'post', sources: {} }, claims: [] }),
    base: '/',
  };
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkRehype, { passThrough: MDX_NODES }).use(rehypePassages, options);
  const file = new VFile({ value: mdx, path: 'input.mdx', data: { astro: { frontmatter: { seed: 'seed.txt', slug: 'fixture' } } } });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  jsxAsElements(tree);
  return { html: toHtml(tree), recorded };
}

describe('rehypePassages fixtures', () => {
  for (const name of readdirSync(root)) {
    test(`renders ${name} as expected`, async () => {
      const { html } = await runFixture(join(root, name));
      const expected = join(root, name, 'output.html');
      if (process.env['UPDATE_FIXTURES'] || !existsSync(expected)) writeFileSync(expected, `${html}\n`);
      expect(`${html}\n`).toBe(readFileSync(expected, 'utf8'));
    });
  }
});

describe('rehypePassages', () => {
  test('numbers headings, paragraphs and list items in reading order', async () => {
    const { recorded } = await runFixture(join(root, 'list-and-heading'));
    expect(recorded.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  test('gives a sentence split by a claim one id, on its first piece only', async () => {
    const { html, recorded } = await runFixture(join(root, 'claim-across-sentences'));
    expect(recorded[0]?.sentences.map((s) => s.id)).toEqual(['p1-s1', 'p1-s2', 'p1-s3']);
    expect(html.match(/id="p1-s2"/g)).toHaveLength(1);
  });

  test('keeps sentence ids the same with and without an annotation', async () => {
    const plain = await runFixture(join(root, 'claim-across-sentences'), 'He said: "We retain full autonomy. This is all in addition to U.S. law." Then he left.\n');
    const annotated = await runFixture(join(root, 'claim-across-sentences'));
    expect(annotated.recorded[0]?.sentences).toEqual(plain.recorded[0]?.sentences);
  });

  test('marks passages inside an Artefact as artefacts', async () => {
    const { recorded } = await runFixture(join(root, 'artefact'));
    expect(recorded.map((p) => p.artefact)).toEqual([true, true]);
  });

  test('stops on a word that is not in the seed, naming the line and the passage', async () => {
    await expect(runFixture(join(root, 'list-and-heading'), '## Our Red Lines\n\nWe have four red lines:\n')).rejects.toThrow(
      'input.mdx:3:1: Text differs from seed `seed.txt` in `p2`: expected “Our Red Lines We have three red lines: • No use for ”, found “Our Red Lines We have four red lines:”.',
    );
  });

  test('stops on an explicit id that repeats a passage id', async () => {
    await expect(runFixture(join(root, 'claim-across-sentences'), 'He said: <span id="p1">"We retain full autonomy. This is all in addition to U.S. law."</span> Then he left.\n')).rejects.toThrow(
      /input\.mdx:1:1: Duplicate anchor `p1`, already used at line 1\./,
    );
  });
});
