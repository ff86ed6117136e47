/**
 * A static server for the benchmarks that behaves as a host would (the
 * headers of `_headers`, gzip for text, 404.html for anything missing) and
 * counts what it sends: every response's path and body bytes on the wire.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { matchesPattern, parseStaticHeaders } from '../src/lib/site/static-headers.ts';

/** One response: the path asked for and the body bytes sent. */
export interface Sent {
  path: string;
  bytes: number;
}

/** A running server, its address, and the responses it has sent. */
export interface CountingServer {
  url: string;
  sent: Sent[];
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function countingServer(dir: string): Promise<CountingServer> {
  const rules = existsSync(join(dir, '_headers')) ? parseStaticHeaders(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const sent: Sent[] = [];
  const cache = new Map<string, { body: Buffer; gzip?: Buffer }>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    let file = normalize(join(dir, path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(normalize(dir)) && existsSync(file);
    if (!found) file = join(dir, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const entry = cache.get(file) ?? { body: readFileSync(file) };
    // Pagefind's own files are gzipped already; a host compresses only text.
    if (!entry.gzip && type !== 'application/octet-stream') entry.gzip = gzipSync(entry.body, { level: 9 });
    cache.set(file, entry);
    const headers: Record<string, string> = { 'Content-Type': type };
    for (const rule of rules) if (matchesPattern(rule.pattern, path)) Object.assign(headers, rule.headers);
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? (entry.gzip as Buffer) : entry.body;
    res.writeHead(found ? 200 : 404, {
      ...headers,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': String(body.length),
      Vary: 'Accept-Encoding',
    });
    res.end(body);
    sent.push({ path, bytes: body.length });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, sent, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Bytes sent since `from` (an index into `sent`) for paths under `prefix`, and how many responses. */
export function sentSince(server: CountingServer, from: number, prefix: string): { bytes: number; requests: number } {
  const mine = server.sent.slice(from).filter((s) => s.path.startsWith(prefix));
  return { bytes: mine.reduce((sum, s) => sum + s.bytes, 0), requests: mine.length };
}
