/**
 * `npm run anchors:update [-- --rewrite]`
 * Builds the site in recording mode and writes content/anchors.lock.json.
 * By default it only adds new anchors; `--rewrite` also accepts changed and
 * removed ones, which breaks existing citations and must be justified.
 * Pre-flight problems (seeds, frontmatter, slugs) are reported before the build starts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preflight } from '../build/preflight.ts';
import { projectPaths } from '../build/project-paths.ts';

// The build's own pre-flight, run first: a bad seed or a taken slug is reported as itself, not inside Astro's stack trace.
const problems = preflight(projectPaths());
if (problems.length > 0) {
  console.error(problems.map((p) => p.message).join('\n'));
  process.exit(1);
}

const mode = process.argv.includes('--rewrite') ? 'rewrite' : 'add';
const outDir = mkdtempSync(join(tmpdir(), 'rla-anchors-'));
const result = spawnSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, RLA_ANCHOR_LOCK: mode, RLA_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
rmSync(outDir, { recursive: true, force: true });
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`Updated content/anchors.lock.json (${mode === 'add' ? 'new anchors added; locked anchors unchanged' : 'rewritten'}). Review the diff and commit it.`);
