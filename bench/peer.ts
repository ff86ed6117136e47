/**
 * The peer the targets are ratios against: Starlight with its defaults on the
 * same four seeds. Its code stays in PEER_DIR and is called at run time, never
 * copied into this repository: its setup.sh installs and converts the seeds in
 * a folder outside the project, its serve.mjs serves (gzip -9), its search.mjs
 * times a cold Pagefind query. The build is reused while nothing it depends on
 * has changed, since an install and a build cost minutes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const SCRIPTS = ['setup.sh', 'serve.mjs', 'search.mjs', 'convert.mjs', 'astro.config.mjs', 'content.config.ts'];
const STAMP = '.rla-bench-stamp';

/** The peer's scripts folder and its built site. */
export interface Peer {
  dir: string;
  site: string;
  dist: string;
}

/** A static server run by the peer's serve.mjs, and the log of bytes it sent. */
export interface PeerServer {
  url: string;
  log: string;
  close: () => void;
}

/** The peer's scripts: PEER_DIR, or ../shared/peer-starlight beside the project; throws saying how to fix it when missing. */
export function peerDir(): string {
  const dir = resolve(ROOT, process.env['PEER_DIR'] ?? '../shared/peer-starlight');
  const missing = SCRIPTS.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) {
    throw new Error(
      `The Starlight peer is missing: \`${dir}\` lacks ${missing.join(', ')}. The bench measures every ratio side by side against it, so it cannot run without it. Set PEER_DIR to the folder holding the peer's setup.sh, serve.mjs and search.mjs.`,
    );
  }
  return dir;
}

/** What a peer build depends on: its scripts and the seeds' words. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of SCRIPTS) hash.update(readFileSync(join(dir, file)));
  for (const seed of readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    hash.update(readFileSync(join(SEEDS, seed)));
  return hash.digest('hex');
}

function run(command: string, args: string[], cwd: string): void {
  const done = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (done.status !== 0)
    throw new Error(`The Starlight peer failed at \`${command} ${args.join(' ')}\` in ${cwd}:\n${(done.stderr || done.stdout).slice(-4000)}`);
}

/** Sets the peer up in PEER_SITE (default $TMPDIR/rla-peer-starlight) and builds it, unless a build of the same scripts and seeds is there. */
export function preparePeer(): Peer {
  const dir = peerDir();
  const site = resolve(process.env['PEER_SITE'] ?? join(tmpdir(), 'rla-peer-starlight'));
  const dist = join(site, 'dist');
  const stamp = fingerprint(dir);
  const stampFile = join(site, STAMP);
  if (existsSync(join(dist, '000', 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { dir, site, dist };
  console.log(`Setting up the Starlight peer in ${site} (npm install and build, a few minutes; reused on later runs)…`);
  run('bash', [join(dir, 'setup.sh'), site, SEEDS], dir);
  run('npx', ['astro', 'build'], site);
  writeFileSync(stampFile, stamp);
  return { dir, site, dist };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise<void>((done) => probe.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('No free port for the peer server');
  return address.port;
}

/** Serves `dist` (the peer's or ours) with the peer's own serve.mjs, so both sides get the same server. */
export async function peerServe(peer: Peer, dist: string, name: string): Promise<PeerServer> {
  const port = await freePort();
  const log = join(peer.site, `${name}-requests.log`);
  writeFileSync(log, '');
  const child = spawn(process.execPath, [join(peer.dir, 'serve.mjs'), dist, String(port)], {
    env: { ...process.env, SERVE_LOG: log },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('serving') && ready());
    child.on('exit', (code) => fail(new Error(`The peer's serve.mjs exited (${code}) before serving ${dist}`)));
  });
  return { url: `http://127.0.0.1:${port}`, log, close: () => child.kill() };
}

/** The peer's search.mjs summary: a cold Pagefind query (import + search), its bytes as the server logged them. */
export interface ColdQuery {
  query: string;
  coldTotalMsAll: number[];
  bytesFirstQuery_serverBodies: number;
  filesFirstQuery: string[];
  resultCount: number;
}

/** One cold query on `path` of `server`, measured by the peer's own search.mjs (run beside the peer's node_modules, where setup.sh puts it). */
export function peerColdQuery(peer: Peer, server: PeerServer, path: string): ColdQuery {
  const done = spawnSync(process.execPath, ['search.mjs', server.url, path, '1', server.log], {
    cwd: peer.site,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (done.status !== 0) throw new Error(`The peer's search.mjs failed on ${server.url}${path}:\n${done.stderr.slice(-4000)}`);
  return JSON.parse(done.stdout) as ColdQuery;
}
