/**
 * The `?lazy` imports (src/build/lazy-scripts.ts), built with Vite from a
 * fixture: an eager page script that loads a tool lazily, the tool importing
 * a shared chunk that imports another.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, test } from 'vitest';
import { lazyScripts } from '../../src/build/lazy-scripts.ts';

const FIXTURE = 'tests/fixtures/lazy-scripts';
const BASE = '/site/';

/** The chunks of a build of the fixture, or of a copy of it in `root`. */
async function buildFixture(root = FIXTURE): Promise<Rolldown.OutputChunk[]> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    base: BASE,
    plugins: [lazyScripts()],
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: { input: ['page.ts', 'other.ts', 'other2.ts'].map((file) => join(root, file)), preserveEntrySignatures: 'exports-only' },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
}

/** The chunk holding a module of the fixture (not the stand-in a `?lazy` import makes of it). */
const chunkOf = (chunks: Rolldown.OutputChunk[], module: string) => {
  const found = chunks.find((chunk) => chunk.moduleIds.some((id) => !id.startsWith('\0') && id.endsWith(`/${module}`)));
  if (!found) throw new Error(`No chunk holds ${module}.`);
  return found;
};

describe('lazy scripts', () => {
  test('give the page the address of the lazy chunk and of every chunk it imports, directly or not, and nothing else', async () => {
    const chunks = await buildFixture();
    const page = chunkOf(chunks, 'page.ts');
    const tool = chunkOf(chunks, 'tool.ts');
    const [shared, deep] = [chunkOf(chunks, 'shared.ts'), chunkOf(chunks, 'deep.ts')];
    expect(new Set([tool, shared, deep, page]).size).toBe(4);
    const named = [...page.code.matchAll(/["'`]([^"'`]+\.js)["'`]/g)].map((match) => match[1]);
    expect(named.sort()).toEqual([tool, shared, deep].map((chunk) => `${BASE}${chunk.fileName}`).sort());
    expect(page.code).not.toContain('__lazy_dependencies_');
    // The page imports none of them itself: they load only when it asks for the tool.
    expect(page.imports).toEqual([]);
  });

  test('rename the page’s script when a chunk the lazy script imports changes, so no cached copy names the old one', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'rla-lazy-'));
    try {
      cpSync(FIXTURE, copy, { recursive: true });
      const before = chunkOf(await buildFixture(copy), 'page.ts').fileName;
      const deep = join(copy, 'deep.ts');
      writeFileSync(deep, readFileSync(deep, 'utf8').replace("'deep'", "'deeper'"));
      const after = await buildFixture(copy);
      expect(chunkOf(after, 'page.ts').fileName).not.toBe(before);
      expect(chunkOf(after, 'page.ts').code).toContain(chunkOf(after, 'deep.ts').fileName);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
