/** Writes dist/_headers for static hosts that read one, listing every built file that needs a content type. */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { staticHeaders } from '../lib/site/static-headers.ts';
import { filesUnder } from '../build/files.ts';

/** Writes `<outDir>/_headers`. */
export function writeHostHeaders(outDir: string, base: string): void {
  const paths = filesUnder(outDir).map((file) => `${base}${relative(outDir, file).split('\\').join('/')}`);
  writeFileSync(join(outDir, '_headers'), staticHeaders(base, paths));
}
