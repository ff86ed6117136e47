/**
 * Runs `astro dev` over a throw-away copy of the content, for tests that edit
 * files and watch the running site follow. The server is stopped, and the
 * copy removed, by `stop`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteEnv } from './site-env.ts';

/** A running dev server over a copy of the content. */
export interface DevServer {
  url: string;
  dir: string;
  edit: (path: string, change: (text: string) => string) => void;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function ready(child: ChildProcess, url: string, timeout: number): Promise<void> {
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start within ${timeout} ms:\n${log}`)), timeout);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes(url)) (clearTimeout(timer), resolve());
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`astro dev exited with ${code}:\n${log}`))));
  });
}

/** Copies content and seeds, starts `astro dev` on a free loopback port, and waits until it serves. */
export async function startDevServer(timeout = 60_000): Promise<DevServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rla-dev-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = siteEnv({ RLA_PROJECT_DIR: dir, RLA_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' });
  const child = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], { env, detached: true });
  await ready(child, url, timeout);
  return {
    url,
    dir,
    edit: (path, change) => {
      const before = readFileSync(join(dir, path), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`The edit to ${path} changed nothing; update the test.`);
      writeFileSync(join(dir, path), after);
    },
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
