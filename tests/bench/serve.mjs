/**
 * A small static server for a built site, in-process, for the browser figures and Lighthouse.
 * It compresses text with gzip as any static host does (so Lighthouse sees realistic transfer sizes)
 * and resolves directory URLs to index.html like `astro preview`.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/**
 * Serve `dir` on 127.0.0.1 (a free port unless given). The directory may be filled later:
 * files are looked up per request. Returns { url, port, close }.
 */
export async function serve(dir, port = 0) {
  const gzCache = new Map();
  const server = createServer((req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      if (rel.split(sep).includes('..')) return send(res, 400, 'text/plain', 'bad path');
      let file = join(dir, rel);
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        file = join(file, 'index.html');
      } else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
      if (!existsSync(file)) {
        const notFound = join(dir, '404.html');
        return send(res, 404, TYPES['.html'], existsSync(notFound) ? readFileSync(notFound) : 'not found');
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = readFileSync(file);
      const headers = {
        'Content-Type': type,
        'Cache-Control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let gz = gzCache.get(file);
        if (!gz || gz.mtime !== statSync(file).mtimeMs)
          gzCache.set(file, (gz = { mtime: statSync(file).mtimeMs, data: gzipSync(body, { level: 6 }) }));
        return send(res, 200, type, gz.data, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      }
      return send(res, 200, type, body, headers);
    } catch (error) {
      return send(res, 500, 'text/plain', String(error));
    }
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}
