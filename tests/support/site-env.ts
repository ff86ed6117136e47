/**
 * The environment for an Astro command a test starts: the test runner's own
 * variables (NODE_ENV=test, MODE, BASE_URL, VITEST…) are left out, because
 * they would make Astro build or serve another site than `npm run` does
 * (with NODE_ENV=test, for one, a build is not a production build).
 */

import { join } from 'node:path';

const RUNNER_VARIABLES = /^(VITEST|VITE_|MODE$|BASE_URL$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$)/;

/** The current environment without the test runner's variables, plus `extra`. */
export function siteEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !RUNNER_VARIABLES.test(key)));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** The environment for a command run on a scratch copy of the project in `dir`: its pages, its dist/ and its cache, no colour. */
export function projectEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return siteEnv({ RLA_PROJECT_DIR: dir, RLA_OUT_DIR: join(dir, 'dist'), RLA_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0', ...extra });
}
