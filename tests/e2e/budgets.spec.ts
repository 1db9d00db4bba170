/**
 * Byte budgets of the built site (dist/), in gzip bytes at level 9. Times vary with the machine;
 * bytes do not, so the budgets are bytes. No browser: the files are read from dist/ directly, with
 * the same rules as `npm run bench` (tests/bench/assets.mjs) for what a page loads.
 *
 * The JavaScript budget of `/` is the project's (15,000 bytes). The others are this machine's
 * figures from tests/bench/RESULTS.md plus about 20% headroom: raising one is a decision, so do it
 * in the same change that explains why the bytes grew.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipBytes, largestSessionPage, pageCost, searchChunk } from '../bench/assets.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BASE = process.env.BASE_PATH ?? '/';

/** Budgets in gzip bytes (level 9); "measured" is the real program's figure on 2026-11-28 (commit bde1946). */
const BUDGET = {
  /** Everything `/` loads up front: <script src>, modulepreload and their static imports. The project's budget; measured 9,331. */
  homeJs: 15_000,
  /** The HTML of `/` (the whole 65-session program, inline CSS included). Measured 33,342. */
  homeHtml: 40_000,
  /** The CSS of `/`: stylesheet files plus inline <style>. Measured 2,979 (all inline). */
  homeCss: 3_600,
  /** The HTML of the largest session page. Measured 7,356. */
  sessionHtml: 8_750,
  /** The search index, fetched on first search. Measured 15,761. */
  searchJson: 19_000,
  /** The search chunk (fuse.js and src/lib/search), imported on first search. Measured 7,189. */
  searchChunk: 8_650,
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

  test('JavaScript loaded with / stays under 15,000 bytes', () => {
    const home = pageCost(DIST, 'index.html', BASE);
    expect(home.js.files.length, 'the program page loads its island').toBeGreaterThan(0);
    within('JS of /', home.js.gzip, BUDGET.homeJs, home.js.files.join(', '));
  });

  test('HTML and CSS of /', () => {
    const home = pageCost(DIST, 'index.html', BASE);
    within('HTML of /', home.html.gzip, BUDGET.homeHtml);
    within(
      'CSS of / (files + inline)',
      home.css.gzip + home.inlineCss.gzip,
      BUDGET.homeCss,
      home.css.files.join(', ') || 'all inline',
    );
  });

  test('HTML of the largest session page', () => {
    const page = largestSessionPage(DIST);
    expect(page, 'dist/sessions/ has session pages').toBeTruthy();
    within(`HTML of ${page}`, pageCost(DIST, page!, BASE).html.gzip, BUDGET.sessionHtml);
  });

  test('what the first search loads: search.json and the search chunk', () => {
    within('search.json', gzipBytes(readFileSync(`${DIST}search.json`)), BUDGET.searchJson);
    const home = pageCost(DIST, 'index.html', BASE);
    const chunk = searchChunk(home);
    expect(
      chunk,
      `search is a lazy chunk of /; lazy chunks: ${home.lazyChunks.map((c) => c.root).join(', ') || 'none'}`,
    ).toBeTruthy();
    within('lazy search chunk', chunk!.gzip, BUDGET.searchChunk, chunk!.files.join(', '));
  });
});
