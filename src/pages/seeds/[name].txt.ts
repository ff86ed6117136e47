/** The seeds themselves, byte for byte, so anyone can check a page against its capture and checksum. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { projectPaths } from '../../build/project-paths.ts';

/** One file for every seed in the seeds folder, captures' seeds included. */
export function getStaticPaths() {
  const { seeds } = projectPaths();
  return readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .map((file) => ({ params: { name: file.replace(/\.txt$/, '') }, props: { path: join(seeds, file) } }));
}

/** The seed's bytes, unchanged, as plain UTF-8 text. */
export const GET: APIRoute = ({ props }) => new Response(readFileSync(String(props['path'])), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
