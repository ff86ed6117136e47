/**
 * `import url, { dependencies } from './x.ts?lazy'` gives the address of
 * `x.ts` built as a chunk of its own, and the addresses of the chunks it
 * imports, for a page script to `import()` all at once when a reader first
 * needs it. Vite's own dynamic import would do the same, but it wraps each
 * one in a preload helper that every reading page would then load eagerly
 * (about 900 bytes gzipped, more than the rest of their script). Without the
 * list, the browser finds each imported chunk only after fetching the one
 * that imports it, a round trip each; a page that does not import the list
 * does not carry it.
 */
import { basename, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy-script:';
/** Stands in a lazy script's importer for its dependencies' addresses until chunks have names; quoted any way a minifier may quote it. */
const DEPENDENCIES = /(["'`])__lazy_dependencies_([\w$]+)__\1/g;

/** Every chunk `fileName` imports, directly or not, from the chunks of the bundle being rendered. */
function importsOf(fileName: string, chunks: Record<string, { imports: string[] }>): string[] {
  const found = new Set<string>();
  const visit = (name: string) => {
    for (const imported of chunks[name]?.imports ?? []) {
      if (found.has(imported)) continue;
      found.add(imported);
      visit(imported);
    }
  };
  visit(fileName);
  return [...found];
}

/** The Vite plugin that resolves `?lazy` imports to the address of their own chunk and of the chunks it imports. */
export function lazyScripts(): Plugin {
  let serve = false;
  let root = '';
  let base = '/';
  return {
    name: 'red-lines:lazy-scripts',
    enforce: 'pre',
    configResolved(config) {
      serve = config.command === 'serve';
      root = config.root;
      base = config.base;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      if (!resolved) this.error(`${importer ?? 'a script'}: Cannot find \`${source}\`. Give the path of a script, relative to the file importing it.`);
      return `${PREFIX}${resolved.id}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // The dev server compiles each module on request, so the source's own address is the chunk, and its imports follow it.
      if (serve) return `export default ${JSON.stringify(`${base}${relative(root, file).split(sep).join('/')}`)};\nexport const dependencies = [];`;
      const chunk = this.emitFile({ type: 'chunk', id: file, name: basename(file, '.ts') });
      return `export default import.meta.ROLLUP_FILE_URL_${chunk};\nexport const dependencies = "__lazy_dependencies_${chunk}__";`;
    },
    renderChunk(code, _chunk, _options, { chunks }) {
      if (!code.includes('__lazy_dependencies_')) return null;
      // Names still hold hash placeholders here; the bundler fills them in, and hashes this chunk with them.
      return code.replace(DEPENDENCIES, (_match, _quote, reference: string) =>
        JSON.stringify(importsOf(this.getFileName(reference), chunks).map((name) => `${base}${name}`)),
      );
    },
  };
}
