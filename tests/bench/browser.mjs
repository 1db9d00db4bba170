/**
 * Figures from a real headless Chromium (Playwright), against a served build, without CPU or
 * network throttling: what a visitor on this machine would wait. Every time is read with
 * performance.now() or event timestamps inside the page (tests/bench/probes.mjs), so Playwright's
 * own round trips are not counted.
 *
 * - load (of `/` and of `/grid/`): navigation start -> the search box is enabled, which includes
 *   the island's first render; median of `loads` cold loads, with the long tasks of the second
 *   after it (sum, longest, and blocking = each task's excess over 50 ms, as Lighthouse counts TBT,
 *   but unthrottled) and the layout shift (the island's first render must move nothing).
 * - first search: focus + first keystroke -> the status line shows that query's results; pays for
 *   the lazy search engine and search/index.json. Then "full index": focus -> search/text.json
 *   parsed and the engine rebuilt with the abstracts; the timed keystrokes start after it, so they
 *   measure the engine a visitor types into, not a one-off rebuild.
 * - keystroke: keydown -> the status line shows the results for the new query; "painted" adds the
 *   next frame (requestAnimationFrame + a task: style, layout and paint of the new list). The
 *   program's query is typed character by character, cleared with Escape, and typed again until
 *   `samples` keystrokes are timed (or `typingBudgetMs` is spent: a slow program gets fewer).
 * - filter: click on a filter (probes.mjs chooseToggle) -> status updated, and to the next frame.
 */
import { chromium } from '@playwright/test';
import { chooseToggle, latencyProbe, loadFigures, readyProbe } from './probes.mjs';

export { CHROME, CHROME_ARGS } from '../chromium.mjs';
import { CHROME, CHROME_ARGS } from '../chromium.mjs';

export const median = (xs) => percentile(xs, 50);
/** Nearest-rank percentile. */
export function percentile(xs, p) {
  if (!xs.length) return undefined;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const round = (x) => (x === undefined || x === null || Number.isNaN(x) ? undefined : Math.round(x * 10) / 10);
const stat = (xs, key) => ({
  median: round(median(xs.map((x) => x[key]))),
  p95: round(
    percentile(
      xs.map((x) => x[key]),
      95,
    ),
  ),
});

async function openPage(browser, url, timeout) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  await page.addInitScript(readyProbe);
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForFunction(() => window.__bench.ready !== undefined, null, { timeout });
  return { context, page };
}

/** The next interaction's figures: `act` triggers it, the probe records it. */
async function timed(page, act, timeout) {
  const before = await page.evaluate(() => window.__lat.length);
  await act();
  await page.waitForFunction((n) => window.__lat.length > n, before, { timeout });
  return page.evaluate(() => window.__lat.at(-1));
}

/** Median figures of `count` cold loads of `url`. */
async function loadsOf(browser, url, count, timeout) {
  const loads = [];
  for (let i = 0; i < count; i += 1) {
    const { context, page } = await openPage(browser, url, timeout);
    await page.waitForTimeout(1000);
    loads.push(await page.evaluate(loadFigures));
    await context.close();
  }
  const mid = (key) => round(median(loads.map((l) => l[key])));
  return {
    interactiveMs: mid('interactive'),
    domContentLoadedMs: mid('domContentLoaded'),
    loadMs: mid('load'),
    longTasksMs: mid('longTasks'),
    longestTaskMs: mid('longest'),
    blockingMs: mid('blocking'),
    layoutShift: Math.max(...loads.map((l) => Math.round(l.layoutShift * 1000) / 1000)),
    loads: loads.map((l) => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, round(v)]))),
  };
}

async function searchFigures(browser, url, { query, samples, typingBudgetMs, timeout }) {
  const { context, page } = await openPage(browser, url, timeout);
  try {
    await page.evaluate(latencyProbe);
    const box = page.locator('[data-search]');
    await page.evaluate(() => window.__expect('first'));
    const first = await timed(page, () => box.press(query[0]), timeout);
    first.result = (await page.locator('[data-status]').textContent())?.trim();
    await page.evaluate(() => window.__expect('key'));
    const fullIndexMs = await page
      .waitForFunction(() => window.__bench.textReady, null, { timeout: 30_000 })
      .then(() => page.evaluate(() => window.__bench.textReady - window.__focusAt))
      .catch(() => undefined);

    const keystrokes = [];
    const started = performance.now();
    let result;
    for (let typed = query.slice(0, 1); keystrokes.length < samples; typed = '') {
      if (performance.now() - started > typingBudgetMs) break;
      for (const key of query.slice(typed.length))
        keystrokes.push(await timed(page, () => page.keyboard.press(key), timeout));
      result ??= (await page.locator('[data-status]').textContent())?.trim();
      await timed(page, () => page.keyboard.press('Escape'), timeout);
    }
    return {
      query,
      firstSearch: { statusMs: round(first.status), frameMs: round(first.frame), result: first.result },
      fullIndexMs: round(fullIndexMs),
      keystroke: {
        samples: keystrokes.length,
        result,
        status: stat(keystrokes, 'status'),
        frame: stat(keystrokes, 'frame'),
      },
    };
  } finally {
    await context.close();
  }
}

async function filterFigures(browser, url, { toggles, timeout }) {
  const { context, page } = await openPage(browser, url, timeout);
  try {
    await page.evaluate(latencyProbe);
    const chosen = await page.evaluate(chooseToggle);
    if (!chosen) return { error: 'no filter to toggle on this page' };
    if (chosen.kind === 'checkbox') {
      const panel = page.locator('details[data-filters]');
      if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
    }
    const on = page.locator('[data-bench-toggle="on"]');
    const off = chosen.kind === 'checkbox' ? on : page.locator('[data-bench-toggle="off"]');
    const clicks = [];
    for (let i = 0; i < toggles; i += 1) clicks.push(await timed(page, () => (i % 2 ? off : on).click(), timeout));
    return { ...chosen, samples: clicks.length, status: stat(clicks, 'status'), frame: stat(clicks, 'frame') };
  } finally {
    await context.close();
  }
}

/**
 * All browser figures for one served build: `origin` serves it; `/` is the list page (for a large
 * program, its first day) and `/grid/` the timetable. `query` must match a few titles.
 */
export async function browserFigures(
  origin,
  { loads = 3, query, samples = 40, typingBudgetMs = 90_000, toggles = 6, timeout = 120_000 } = {},
) {
  if (!CHROME) throw new Error('no Chromium found (set CHROME_PATH)');
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS, headless: true, timeout: 60_000 });
  try {
    const list = await loadsOf(browser, `${origin}/`, loads, timeout);
    const grid = await loadsOf(browser, `${origin}/grid/`, loads, timeout).catch((error) => ({
      error: String(error?.message ?? error).split('\n')[0],
    }));
    const search = await searchFigures(browser, `${origin}/`, { query, samples, typingBudgetMs, timeout });
    const filter = await filterFigures(browser, `${origin}/`, { toggles, timeout });
    return { ...list, grid, ...search, filter };
  } finally {
    await browser.close();
  }
}
