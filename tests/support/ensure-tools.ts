/**
 * Run by `npm test` before anything else: makes sure the tests have the
 * Debian programs they drive, Chromium for the browser tests and pandoc for
 * the citation readers. As root it installs what is missing; otherwise it
 * stops and says how. Nothing is ever skipped for want of a program.
 */
import { spawnSync } from 'node:child_process';
import { chromiumPath, MISSING_CHROMIUM } from './chromium.ts';
import { MISSING_PANDOC, pandocPath } from './pandoc.ts';

/** Each program: how to find it, its Debian package, what to say when it cannot be had, and the variable that overrides it. */
const TOOLS = [
  { find: chromiumPath, pkg: 'chromium', missing: MISSING_CHROMIUM, env: 'CHROMIUM_PATH' },
  { find: pandocPath, pkg: 'pandoc', missing: MISSING_PANDOC, env: 'PANDOC_PATH' },
];

/** Tries, and pauses between tries, while another package manager (an automatic update, a second checkout's tests) holds apt's locks. */
const TRIES = 12;
const PAUSE_MS = 10_000;

/** Runs apt-get until it succeeds or TRIES run out: `apt-get update` gives up at once on a held lock, whatever its timeout options say. */
function aptGet(args: string[]): boolean {
  for (let attempt = 1; attempt <= TRIES; attempt++) {
    const { status } = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (status === 0) return true;
    if (attempt < TRIES) {
      console.log(`apt-get ${args[0]} failed (try ${attempt} of ${TRIES}); trying again in ${PAUSE_MS / 1000} s.`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_MS);
    }
  }
  return false;
}

const absent = TOOLS.filter((tool) => !tool.find() && !process.env[tool.env]);
if (absent.length > 0 && process.getuid?.() === 0) {
  const packages = absent.map((tool) => tool.pkg);
  console.log(`Missing Debian packages for the tests: ${packages.join(', ')}; installing them.`);
  if (!aptGet(['update']) || !aptGet(['install', '-y', ...packages])) {
    console.error(`apt-get could not install ${packages.join(', ')}.`);
    process.exit(1);
  }
}
for (const tool of TOOLS) {
  if (!tool.find()) {
    console.error(tool.missing);
    process.exit(1);
  }
}
console.log(`Browser tests will use ${chromiumPath()}; citation tests will use ${pandocPath()}.`);
