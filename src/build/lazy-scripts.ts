/**
 * `import url from './x.ts?lazy'` gives the address of `x.ts` built as a
 * chunk of its own, for a page script to `import(url)` when a reader first
 * needs it. Vite's own dynamic import would do the same, but it wraps each
 * one in a preload helper that every reading page would then load eagerly
 * (about 900 bytes gzipped, more than the rest of their script), to preload
 * dependencies that a lazily loaded tool does not need before it runs.
 */
import { basename, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy-script:';

/** The Vite plugin that resolves `?lazy` imports to the address of their own chunk. */
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
      // The dev server compiles each module on request, so the source's own address is the chunk.
      if (serve) return `export default ${JSON.stringify(`${base}${relative(root, file).split(sep).join('/')}`)};`;
      const chunk = this.emitFile({ type: 'chunk', id: file, name: basename(file, '.ts') });
      return `export default import.meta.ROLLUP_FILE_URL_${chunk};`;
    },
  };
}
