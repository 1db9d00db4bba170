import { expect, test } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basePath, DIST, distFiles, fileFor, pathOfFile, sitemapLocs } from '../helpers/dist';

/**
 * The built site is valid HTML, every internal link and asset resolves (fragments included),
 * and the sitemap lists exactly the pages that exist. Reads dist/ directly: no browser needed.
 */

const HTML_VALIDATE: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Data-driven values reach CSS through style attributes: a track's colour from content
    // (--track, --swatch) and a session's cell in the timetable grid, computed from its times.
    // Each value is hashed into the page's Content-Security-Policy (src/integrations/csp.ts).
    // Any other inline style is still an error.
    'no-inline-style': [
      'error',
      {
        allowedProperties: [
          'display',
          '--track',
          '--swatch',
          'grid-row',
          'grid-column',
          'grid-template-columns',
          'grid-template-rows',
        ],
      },
    ],
    // aria-label on an element whose role may be named (a <ul> list of a session's details) is
    // valid ARIA 1.2; the rule's default only calls it "not recommended". Naming an element whose
    // role prohibits it (a plain <div> or <span>) is still an error, and axe checks ARIA too.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Page titles are the conference's published session titles (up to ~110 characters) plus
    // the site name; shortening them would hide what the page is. The 70-character limit is a
    // search-result display heuristic, not validity.
    'long-title': 'off',
  },
};

const htmlFiles = distFiles('.html');
const base = basePath();
const locs = sitemapLocs();
const origin = new URL(locs[0] ?? 'http://localhost/').origin;

const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (_, r: string) =>
    r[0] === '#'
      ? String.fromCodePoint(r[1].toLowerCase() === 'x' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10))
      : ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[r.toLowerCase()],
  );

/** Every URL a page points to: href/src/srcset of a, link, script, img, source, and same-site meta URLs. */
function urlsIn(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<(?:a|link|script|img|source|area|iframe|video|audio)\b[^>]*>/gi)) {
    for (const [, attr, value] of tag.matchAll(/\s(href|src|srcset)="([^"]*)"/gi)) {
      const v = decodeEntities(value);
      if (attr.toLowerCase() === 'srcset')
        out.push(
          ...v
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0])
            .filter(Boolean),
        );
      else out.push(v);
    }
  }
  for (const [, value] of html.matchAll(/<meta\b[^>]*\scontent="([^"]*)"[^>]*>/gi)) {
    const v = decodeEntities(value);
    if (v.startsWith(origin + '/')) out.push(v);
  }
  return out;
}

const idCache = new Map<string, Set<string>>();
/** The ids (and <a name>s) of an HTML file, for #fragment checks. */
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1])));
    idCache.set(file, ids);
  }
  return ids;
}

/** Why a URL found on a page does not resolve, or undefined when it does (or is not ours to check). */
function brokenReason(raw: string, pagePath: string): string | undefined {
  if (/^(mailto|tel|data):/i.test(raw)) return undefined;
  if (/^javascript:/i.test(raw)) return 'javascript: URL';
  let url: URL;
  try {
    url = new URL(raw, origin + pagePath);
  } catch {
    return 'not a URL';
  }
  if (url.origin !== origin) return undefined;
  const file = fileFor(url.pathname, DIST, base);
  if (!file) return `no file in dist for ${decodeURIComponent(url.pathname)}`;
  if (url.hash.length > 1 && file.endsWith('.html')) {
    const id = decodeURIComponent(url.hash.slice(1));
    if (!idsOf(file).has(id)) return `no id "${id}" in ${file.slice(DIST.length + 1)}`;
  }
  return undefined;
}

test('dist has pages and a sitemap', () => {
  expect(htmlFiles.length).toBeGreaterThan(100);
  expect(locs.length).toBeGreaterThan(100);
});

test('html-validate (recommended) finds no error in any page', async () => {
  test.setTimeout(180_000);
  const validator = new HtmlValidate(HTML_VALIDATE);
  const errors: string[] = [];
  for (const rel of htmlFiles) {
    const report = await validator.validateString(readFileSync(join(DIST, rel), 'utf8'), rel);
    for (const result of report.results)
      for (const m of result.messages)
        if (m.severity === 2)
          errors.push(`${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` [${m.selector}]` : ''}`);
  }
  expect(errors.length ? `${errors.length} error(s):\n${errors.slice(0, 100).join('\n')}` : '').toBe('');
});

test('every internal link and asset of every page resolves, fragments included', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const rel of htmlFiles) {
    const pagePath = pathOfFile(rel, base);
    for (const url of new Set(urlsIn(readFileSync(join(DIST, rel), 'utf8')))) {
      checked++;
      const why = brokenReason(url, pagePath);
      if (why) broken.push(`${rel}: ${url} → ${why}`);
    }
  }
  expect(checked).toBeGreaterThan(htmlFiles.length * 5);
  // One line per broken target, with how many pages point to it and one of them.
  const byTarget = new Map<string, string[]>();
  for (const b of broken) {
    const [page, rest] = b.split(/: (.*)/s);
    byTarget.set(rest, [...(byTarget.get(rest) ?? []), page]);
  }
  const lines = [...byTarget].map(([target, pages]) => `${target}  (on ${pages.length} page(s), e.g. ${pages[0]})`);
  expect(lines.length ? `${broken.length} broken link(s):\n${lines.join('\n')}` : '').toBe('');
});

test('the sitemap lists exactly the pages that exist, except the 404 pages', () => {
  const norm = (p: string) => decodeURIComponent(p);
  const listed = locs.map((u) => new URL(u));
  expect(listed.filter((u) => u.origin !== origin)).toEqual([]);
  const unresolved = listed.filter((u) => !fileFor(u.pathname, DIST, base)?.endsWith('.html')).map((u) => u.href);
  expect(unresolved).toEqual([]);
  const inSitemap = listed.map((u) => norm(u.pathname)).sort();
  expect(inSitemap.length, 'a page is listed twice').toBe(new Set(inSitemap).size);
  // The 404 pages (404.html and each language's 404/) are served at missing addresses, not listed.
  const pages = htmlFiles
    .filter((f) => !/(^|\/)404(\.html|\/index\.html)$/.test(f))
    .map((f) => norm(pathOfFile(f, base)))
    .sort();
  expect(inSitemap).toEqual(pages);
});
