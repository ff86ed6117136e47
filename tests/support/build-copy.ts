/**
 * Builds a throw-away copy of the project's content with one defect, to prove
 * that the build stops with the right message and leaves nothing published.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectEnv } from './site-env.ts';

/** A copy of content/ and seeds/ in a temporary folder, with helpers to damage it. */
export interface ContentCopy {
  dir: string;
  edit: (path: string, change: (text: string) => string) => void;
  remove: (path: string) => void;
}

/** The outcome of building a copy. */
export interface BuildOutcome {
  status: number | null;
  output: string;
  published: boolean;
}

/** Copies content and seeds, lets `damage` change them, builds, lets `inspect` read the result, and cleans up. */
export function buildDamagedCopy(damage: (copy: ContentCopy) => void, inspect?: (outDir: string) => void): BuildOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'rla-content-'));
  try {
    cpSync('content', join(dir, 'content'), { recursive: true });
    cpSync('seeds', join(dir, 'seeds'), { recursive: true });
    damage({
      dir,
      edit: (path, change) => {
        const before = readFileSync(join(dir, path), 'utf8');
        const after = change(before);
        // A damage that changes nothing would make the case pass for the wrong reason.
        if (after === before) throw new Error(`The damage to ${path} changed nothing; update the test case.`);
        writeFileSync(join(dir, path), after);
      },
      remove: (path) => rmSync(join(dir, path)),
    });
    const outDir = join(dir, 'dist');
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: projectEnv(dir),
    });
    const outcome = { status: result.status, output: `${result.stdout}\n${result.stderr}`, published: existsSync(outDir) };
    inspect?.(outDir);
    return outcome;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
