/**
 * Run by `npm test` before anything else: makes sure the browser tests have a
 * browser. As root it installs Debian's Chromium; otherwise it stops and says how.
 */
import { spawnSync } from 'node:child_process';
import { chromiumPath, MISSING_CHROMIUM } from './chromium.ts';

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

if (!chromiumPath()) {
  if (process.getuid?.() === 0 && !process.env['CHROMIUM_PATH']) {
    console.log('Chromium is missing; installing Debian\'s chromium package for the browser tests.');
    if (!run('apt-get', ['update']) || !run('apt-get', ['install', '-y', 'chromium'])) {
      console.error('apt-get could not install chromium.');
      process.exit(1);
    }
  }
  if (!chromiumPath()) {
    console.error(MISSING_CHROMIUM);
    process.exit(1);
  }
}
console.log(`Browser tests will use ${chromiumPath()}.`);
