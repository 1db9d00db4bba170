/**
 * What a built page costs: its HTML and the JavaScript and CSS it loads, in gzip bytes.
 * Shared by the benchmark (tests/bench/bench.mjs) and the byte budgets (tests/e2e/budgets.spec.ts),
 * so both count the same things.
 *
 * A page loads: every <script src>, every <link rel="modulepreload">, every <link rel="stylesheet">,
 * and, recursively, the static `import` statements of those scripts (Vite emits shared chunks that
 * way, without a modulepreload). Dynamic `import("…")` targets are lazy and reported apart, each
 * with the files it adds.
 * Inline <style> and <script> are part of the HTML; the inline CSS is also reported on its own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size at level 9: what a static host that pre-compresses would send. */
export const gzipBytes = (data) => gzipSync(data, { level: 9 }).length;

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const attr = (tag, name) =>
  new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(2)
    .find((v) => v !== undefined);

/** The local files a URL in `fromFile` (dist-relative) refers to, or undefined for external URLs. */
function resolveUrl(url, fromFile, base) {
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url)) return undefined;
  const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
  if (path.startsWith('/')) {
    const b = base.endsWith('/') ? base : `${base}/`;
    return path.startsWith(b) ? path.slice(b.length) : path.slice(1);
  }
  return posix.normalize(posix.join(posix.dirname(fromFile), path));
}

/** Scripts, module preloads and stylesheets referenced by an HTML document. */
export function htmlReferences(html) {
  const scripts = [];
  const styles = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src) scripts.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) scripts.push(href);
    else if (rel.includes('stylesheet')) styles.push(href);
  }
  return { scripts, styles };
}

/** Static and dynamic import specifiers of a (minified) ES module. */
export function moduleImports(code) {
  const staticImports = [];
  const dynamicImports = [];
  for (const m of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g))
    staticImports.push(m[1]);
  for (const m of code.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) dynamicImports.push(m[1]);
  return { staticImports, dynamicImports };
}

/**
 * The cost of one page of a built site.
 * @param {string} dist the dist directory
 * @param {string} page the HTML file, relative to dist, e.g. "index.html"
 * @param {string} [base] the site's base path
 */
export function pageCost(dist, page, base = '/') {
  const html = readFileSync(join(dist, page));
  const sum = (files) => files.reduce((n, f) => n + gzipBytes(readFileSync(join(dist, f))), 0);
  const raw = (files) => files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  const refs = htmlReferences(html.toString('utf8'));
  /** The files `roots` load through static imports, and the dynamic imports they contain. */
  const closure = (roots) => {
    const files = new Set();
    const dynamic = [];
    const visit = (file) => {
      if (files.has(file) || !existsSync(join(dist, file))) return;
      files.add(file);
      const { staticImports, dynamicImports } = moduleImports(readFileSync(join(dist, file), 'utf8'));
      for (const spec of staticImports) {
        const f = resolveUrl(spec, file, base);
        if (f) visit(f);
      }
      for (const spec of dynamicImports) {
        const f = resolveUrl(spec, file, base);
        if (f) dynamic.push(f);
      }
    };
    roots.forEach(visit);
    return { files, dynamic };
  };
  const upfront = closure(refs.scripts.map((url) => resolveUrl(url, page, base)).filter(Boolean));
  const js = [...upfront.files];
  // Each lazy chunk with what it imports that was not loaded up front: the cost of using it.
  const lazyChunks = [];
  const queue = [...upfront.dynamic];
  for (let i = 0; i < queue.length; i += 1) {
    const root = queue[i];
    if (upfront.files.has(root) || lazyChunks.some((c) => c.root === root)) continue;
    const chunk = closure([root]);
    const files = [...chunk.files].filter((f) => !upfront.files.has(f));
    lazyChunks.push({ root, files, raw: raw(files), gzip: sum(files) });
    queue.push(...chunk.dynamic);
  }
  const lazy = [...new Set(lazyChunks.flatMap((c) => c.files))];
  const css = refs.styles.map((u) => resolveUrl(u, page, base)).filter((f) => f && existsSync(join(dist, f)));
  const inlineCss = [...html.toString('utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map((m) => m[1])
    .join('\n');
  return {
    page,
    html: { raw: html.length, gzip: gzipBytes(html) },
    js: { files: js, raw: raw(js), gzip: sum(js) },
    css: { files: css, raw: raw(css), gzip: sum(css) },
    /** The page's <style> elements together (already counted in `html`). */
    inlineCss: { raw: Buffer.byteLength(inlineCss), gzip: inlineCss ? gzipBytes(inlineCss) : 0 },
    /** All lazy chunks together. */
    lazyJs: { files: lazy, raw: raw(lazy), gzip: sum(lazy) },
    /** Each dynamically imported chunk (`root`) with the files it adds. */
    lazyChunks,
  };
}

/**
 * The lazy chunk of the search engine (src/scripts/program/search-engine.ts with fuse.js), which
 * Vite names search-engine.<hash>.js (search.<hash>.js before the index was split in two).
 */
export const searchChunk = (cost) => cost.lazyChunks.find((c) => /(^|\/)search(-engine)?\.[^/]+\.js$/.test(c.root));

/** The two files of the search index (search/index.json first, then search/text.json), raw and gzip. */
export function searchIndex(dist) {
  const weigh = (file) => {
    const path = join(dist, file);
    if (!existsSync(path)) return undefined;
    const data = readFileSync(path);
    return { file, raw: data.length, gzip: gzipBytes(data) };
  };
  return { index: weigh('search/index.json'), text: weigh('search/text.json') };
}

/**
 * The list page with the most HTML: `/`, or for a large program (a page per conference day) the
 * largest of `/` and `days/<date>/`; a budget on it holds for every day.
 */
export function largestListPage(dist) {
  const pages = ['index.html'];
  const days = join(dist, 'days');
  if (existsSync(days))
    for (const entry of readdirSync(days, { withFileTypes: true }))
      if (entry.isDirectory() && existsSync(join(days, entry.name, 'index.html')))
        pages.push(`days/${entry.name}/index.html`);
  return pages.reduce((best, page) =>
    statSync(join(dist, page)).size > statSync(join(dist, best)).size ? page : best,
  );
}

/** The session page with the most HTML: the worst case, so a budget on it holds for all. */
export function largestSessionPage(dist) {
  const dir = join(dist, 'sessions');
  if (!existsSync(dir)) return undefined;
  let best;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name, 'index.html');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const size = statSync(file).size;
    if (!best || size > best.size) best = { page: `sessions/${entry.name}/index.html`, size };
  }
  return best?.page;
}

/** The URL path of a dist-relative HTML file: "sessions/x/index.html" -> "/sessions/x/". */
export const pageUrl = (page) =>
  `/${page.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.split('/').map(encodeURIComponent).join('/');
