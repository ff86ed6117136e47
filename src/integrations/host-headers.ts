/** Writes dist/_headers for static hosts that read one, listing every built file that needs a content type. */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { staticHeaders } from '../lib/static-headers.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

/** Writes `<outDir>/_headers`. */
export function writeHostHeaders(outDir: string, base: string): void {
  const paths = files(outDir).map((file) => `${base}${relative(outDir, file).split('\\').join('/')}`);
  writeFileSync(join(outDir, '_headers'), staticHeaders(base, paths));
}
