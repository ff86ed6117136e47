/**
 * The dev server's side of the corpus: when a page, a seed or the anchor
 * lock changes, the corpus is loaded and checked again, and open browsers
 * reload, so every page that depends on the change (cited-by, coverage,
 * quotes, scorecards, errors) shows it without a restart.
 */
import { resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import type { CorpusStore } from '../build/corpus-store.ts';
import type { ProjectPaths } from '../build/project-paths.ts';

/** Whether a changed file is content the corpus is made of. */
function isContent(paths: ProjectPaths, file: string): boolean {
  const path = resolve(file);
  return [paths.content, paths.seeds].some((dir) => path.startsWith(`${dir}${sep}`));
}

/** Reloads the corpus on every content change the dev server's watcher reports. */
export function watchContent(server: ViteDevServer, paths: ProjectPaths, store: CorpusStore): void {
  server.watcher.add([paths.content, paths.seeds]);
  const onChange = (file: string) => {
    if (!isContent(paths, file)) return;
    store.reload();
    server.ws.send({ type: 'full-reload' });
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
}
