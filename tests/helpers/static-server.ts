/** A tiny static file server for a built site (dist/), for tests that serve a copy of the site. */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { basePath, fileFor } from './dist';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dist` on a free port of 127.0.0.1; missing paths get 404.html with status 404. */
export async function serveDist(dist: string): Promise<{ origin: string; base: string; close: () => Promise<void> }> {
  const base = basePath(dist);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(pathname, dist, base);
    const status = file ? 200 : 404;
    const path = file ?? join(dist, '404.html');
    res.writeHead(status, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    base,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
