/**
 * The built site (dist/) as the gates see it: the sitemap's pages, their files, the base path.
 * Node-only and free of Playwright, so e2e specs and Vitest suites can share it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** Every `<loc>` of the page sitemap(s) listed in sitemap-index.xml, in order. */
export function sitemapLocs(dist = DIST): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeXml(m[1]));
  const index = join(dist, 'sitemap-index.xml');
  const maps = existsSync(index)
    ? locs(readFileSync(index, 'utf8')).map((u) => new URL(u).pathname.split('/').pop()!)
    : ['sitemap-0.xml'];
  return maps.flatMap((name) => locs(readFileSync(join(dist, name), 'utf8')));
}

/**
 * The base path the site was built with ("/" or "/sub/"): BASE_PATH when set (as in
 * astro.config.mjs), else the path of the sitemap's shortest URL, which is the home page.
 */
export function basePath(dist = DIST): string {
  const fromEnv = process.env.BASE_PATH;
  if (fromEnv) return `/${fromEnv}/`.replace(/\/+/g, '/');
  const paths = sitemapLocs(dist).map((u) => new URL(u).pathname);
  return paths.reduce((a, b) => (b.length < a.length ? b : a), paths[0] ?? '/');
}

/** The server path of each sitemap page (percent-encoded, with the base), e.g. "/sessions/x/". */
export function sitemapPaths(dist = DIST): string[] {
  return sitemapLocs(dist).map((u) => new URL(u).pathname);
}

/**
 * The file in dist that a server path (with the base, possibly percent-encoded) is served from,
 * or undefined when none is: "/a/" → a/index.html, "/a" → a (file) or a/index.html.
 */
export function fileFor(pathname: string, dist = DIST, base = basePath(dist)): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith(base) && `${path}/` !== base) return undefined;
  const rel = path.slice(base.length);
  const candidates =
    rel === '' || rel.endsWith('/')
      ? [join(dist, rel, 'index.html')]
      : [join(dist, rel), join(dist, rel, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

/** Every file under dist with the given extension, as paths relative to dist ("/" separated). */
export function distFiles(ext: string, dist = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ext)) out.push(relative(dist, full).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** The sitemap-style server path of an HTML file in dist: "a/index.html" → "/base/a/". */
export function pathOfFile(file: string, base = basePath()): string {
  const rel = file.replace(/(^|\/)index\.html$/, '$1');
  return base + rel.split('/').map(encodeURIComponent).join('/');
}

function decodeXml(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );
}
