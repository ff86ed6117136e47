/**
 * Finds Debian's Chromium for the browser tests. There is no fallback and no
 * skip: when no browser is found the tests fail and say how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep headless Chromium quiet on a machine with no outside network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** The Chromium executable to use, or undefined when there is none. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The message shown when no browser can be found. */
export const MISSING_CHROMIUM =
  'Chromium was not found. Install it with `sudo apt-get install -y chromium` (npm test does this itself when run as root), or set CHROMIUM_PATH to a Chromium executable.';

/** Launches headless Chromium, or throws saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}
