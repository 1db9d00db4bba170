/**
 * Byte budgets of the built site (dist/), in gzip bytes at level 9. Times vary with the machine;
 * bytes do not, so the budgets are bytes. No browser: the files are read from dist/ directly, with
 * the same rules as `npm run bench` (tests/bench/assets.mjs) for what a page loads.
 *
 * The JavaScript budget of `/` is the project's (12,000 bytes). The others are the figures measured
 * on the built site plus about 10% headroom: raising one is a decision, so do it in the same change
 * that explains why the bytes grew.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipBytes, largestSessionPage, pageCost, searchChunk } from '../bench/assets.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BASE = process.env.BASE_PATH ?? '/';

/** Budgets in gzip bytes (level 9); "measured" is the real program's figure, en and zh pages alike. */
const BUDGET = {
  /** Everything `/` loads up front: <script src>, modulepreload and their static imports. The project's budget; measured 11,945 on 2026-11-29. */
  homeJs: 12_000,
  /** The HTML of `/` and `/zh/` (the whole 65-session program). Measured 22,176 (/zh/) on 2026-11-29. */
  homeHtml: 24_400,
  /** The CSS of `/`: stylesheet files plus inline <style>. Measured 4,645 on 2026-11-29. */
  homeCss: 5_100,
  /** The HTML of the largest session page, in either language. Measured 8,203 (a /zh/ page) on 2026-11-29. */
  sessionHtml: 9_000,
  /** The first part of the search index (search/index.json), fetched on first search. Measured 5,159 on 2026-11-29. */
  searchIndex: 5_700,
  /** The second part (search/text.json, the abstracts), fetched after the first. Measured 13,031 on 2026-11-29. */
  searchText: 14_300,
  /** The lazy search chunk (search-engine: fuse.js and src/lib/search), imported on first search. Measured 7,530 on 2026-11-29. */
  searchChunk: 8_300,
} as const;

const fmt = (n: number) => n.toLocaleString('en-US');
const within = (what: string, bytes: number, budget: number, detail = '') =>
  expect(
    bytes,
    `${what}: ${fmt(bytes)} gzip bytes, budget ${fmt(budget)}${detail ? ` (${detail})` : ''}`,
  ).toBeLessThanOrEqual(budget);

test.describe('byte budgets of dist/ (gzip -9)', () => {
  test.beforeAll(() => {
    expect(existsSync(`${DIST}index.html`), 'dist/index.html is missing: run `npm run build` first').toBe(true);
  });

  test('JavaScript loaded with / stays under 12,000 bytes', () => {
    for (const page of ['index.html', 'zh/index.html']) {
      const home = pageCost(DIST, page, BASE);
      expect(home.js.files.length, `${page} loads its island`).toBeGreaterThan(0);
      within(`JS of ${page}`, home.js.gzip, BUDGET.homeJs, home.js.files.join(', '));
    }
  });

  test('HTML and CSS of /', () => {
    for (const page of ['index.html', 'zh/index.html']) {
      const home = pageCost(DIST, page, BASE);
      within(`HTML of ${page}`, home.html.gzip, BUDGET.homeHtml);
      within(
        `CSS of ${page} (files + inline)`,
        home.css.gzip + home.inlineCss.gzip,
        BUDGET.homeCss,
        home.css.files.join(', ') || 'all inline',
      );
    }
  });

  test('HTML of the largest session page', () => {
    for (const dir of ['', 'zh/']) {
      const page = largestSessionPage(`${DIST}${dir}`);
      expect(page, `dist/${dir}sessions/ has session pages`).toBeTruthy();
      within(`HTML of ${dir}${page}`, pageCost(DIST, `${dir}${page}`, BASE).html.gzip, BUDGET.sessionHtml);
    }
  });

  test('what the first search loads: search/index.json, then search/text.json, and the search-engine chunk', () => {
    expect(existsSync(`${DIST}search.json`), 'the single search.json is gone').toBe(false);
    within('search/index.json', gzipBytes(readFileSync(`${DIST}search/index.json`)), BUDGET.searchIndex);
    within('search/text.json', gzipBytes(readFileSync(`${DIST}search/text.json`)), BUDGET.searchText);
    const home = pageCost(DIST, 'index.html', BASE);
    const chunk = searchChunk(home);
    expect(
      chunk?.root,
      `search is a lazy chunk of /; lazy chunks: ${home.lazyChunks.map((c) => c.root).join(', ') || 'none'}`,
    ).toMatch(/(^|\/)search-engine\.[^/]+\.js$/);
    within('lazy search chunk', chunk!.gzip, BUDGET.searchChunk, chunk!.files.join(', '));
  });
});
