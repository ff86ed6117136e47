/**
 * Finds Debian's pandoc, the independent reader the citation tests put the
 * site's BibTeX through. As with Chromium there is no fallback and no skip:
 * without pandoc the tests fail and say how to get it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The pandoc executable to use, or undefined when there is none. */
export function pandocPath(): string | undefined {
  const fromEnv = process.env['PANDOC_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return ['/usr/bin/pandoc', '/usr/local/bin/pandoc'].find((path) => existsSync(path));
}

/** The message shown when pandoc cannot be found. */
export const MISSING_PANDOC =
  'pandoc was not found. Install it with `sudo apt-get install -y pandoc` (npm test does this itself when run as root), or set PANDOC_PATH to a pandoc executable.';

/** Runs pandoc with the given arguments and standard input; throws with pandoc's own message when it fails. */
export function runPandoc(args: readonly string[], input = ''): { stdout: string; stderr: string } {
  const path = pandocPath();
  if (!path) throw new Error(MISSING_PANDOC);
  const result = spawnSync(path, args, { input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pandoc ${args.join(' ')} failed: ${result.stderr}`, { cause: result.error });
  return { stdout: result.stdout, stderr: result.stderr };
}
