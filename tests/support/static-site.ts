/**
 * Serves the built site on a loopback port for the browser tests, the way a
 * static host would: files as they are, the headers of dist/_headers (as
 * Netlify or Cloudflare Pages apply them), 404.html for anything missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { matchesPattern, parseStaticHeaders } from '../../src/lib/site/static-headers.ts';

/** A running static server and its base URL. */
export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/** Serves a folder on 127.0.0.1 at a free port. */
export async function serveStatic(dir = 'dist'): Promise<StaticSite> {
  const rules = existsSync(`${dir}/_headers`) ? parseStaticHeaders(readFileSync(`${dir}/_headers`, 'utf8')) : [];
  const files = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => {
      for (const rule of rules)
        if (matchesPattern(rule.pattern, pathname)) for (const [name, value] of Object.entries(rule.headers)) res.setHeader(name, value);
    },
  });
  const notFound = readFileSync(`${dir}/404.html`);
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
