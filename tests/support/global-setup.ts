/**
 * Builds the real site once before the tests that read dist/ or drive a
 * browser. A failed build fails the run, with the build's own message.
 */
import { spawnSync } from 'node:child_process';
import { siteEnv } from './site-env.ts';

export default function setup(): void {
  if (process.env['RLA_SKIP_BUILD'] === '1') return;
  const result = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', env: siteEnv() });
  if (result.status !== 0) throw new Error(`npm run build failed before the tests could run:\n${result.stdout}\n${result.stderr}`);
}
