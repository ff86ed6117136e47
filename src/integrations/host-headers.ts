/** Writes dist/_headers for static hosts that read one: security headers, and every built file's content type and caching. */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { staticHeaders } from '../lib/site/static-headers.ts';
import { filesUnder } from '../build/files.ts';

/** Writes `<outDir>/_headers`. */
export function writeHostHeaders(outDir: string, base: string): void {
  const paths = filesUnder(outDir)
    .map((file) => relative(outDir, file).split('\\').join('/'))
    .filter((path) => path !== '_headers');
  writeFileSync(join(outDir, '_headers'), staticHeaders(base, paths));
}
