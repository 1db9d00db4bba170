/**
 * Figures from a real headless Chromium (Playwright), against a served build. Every time is read
 * with performance.now() inside the page, so Playwright's own round trips are not counted.
 *
 * - interactive: navigation start -> the search box #q is enabled. The island enables it in its
 *   connectedCallback and then renders synchronously, and a MutationObserver only runs after that
 *   task, so the figure includes the island's first render. Median of `loads` cold loads, with
 *   the long tasks (Long Tasks API) of the first second after it: their sum, the longest, and the
 *   blocking time (each task's excess over 50 ms, as Lighthouse's TBT counts it, but unthrottled).
 * - search: keydown -> the status line reports the results for the new query (MutationObserver on
 *   [data-status]). The first keystroke, right after focusing the box, includes the lazy load of the
 *   search chunk and search.json (timed from the focus event), and is reported apart.
 * - filter: click on a language checkbox -> the status line is rewritten. Median of `toggles`.
 * For search and filter, "frame" adds the next rendered frame (requestAnimationFrame + a task),
 * which includes style and layout of the updated list.
 */
import { chromium } from '@playwright/test';

export { CHROME, CHROME_ARGS } from '../chromium.mjs';
import { CHROME, CHROME_ARGS } from '../chromium.mjs';

export const median = (xs) => percentile(xs, 50);
/** Nearest-rank percentile. */
export function percentile(xs, p) {
  if (!xs.length) return undefined;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const round = (x) => (x === undefined ? undefined : Math.round(x * 10) / 10);

/** Runs in the page before its scripts: notes when #q becomes enabled. */
function readyProbe() {
  const bench = (window.__bench = { ready: undefined, longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the figure is left out.
  }
  const check = (q) => {
    if (q.disabled) return false;
    bench.ready = performance.now();
    return true;
  };
  const found = new MutationObserver(() => {
    const q = document.getElementById('q');
    if (!q) return;
    found.disconnect();
    if (!check(q)) {
      const enabled = new MutationObserver(() => check(q) && enabled.disconnect());
      enabled.observe(q, { attributes: true, attributeFilter: ['disabled'] });
    }
  });
  found.observe(document, { childList: true, subtree: true });
}

/** Runs in the page once it is interactive: times interactions to the status line. */
function latencyProbe() {
  const status = document.querySelector('[data-status]');
  const input = document.getElementById('q');
  const lat = (window.__lat = []);
  let pending;
  const start = (t0, done) => (pending = { t0, done });
  window.__expect = (kind) => {
    window.__kind = kind;
  };
  input.addEventListener(
    'focus',
    (e) =>
      window.__kind === 'first' &&
      start(e.timeStamp, (text) => text.includes(`“${input.value.trim()}”`) && !/^Loading/.test(text)),
    true,
  );
  input.addEventListener(
    'keydown',
    (e) => {
      if (window.__kind === 'first' && pending) return; // timed from the focus event
      start(e.timeStamp, (text) =>
        input.value.trim()
          ? text.includes(`“${input.value.trim()}”`) && !/^Loading/.test(text)
          : !text.includes('matching'),
      );
    },
    true,
  );
  document.addEventListener(
    'click',
    (e) => e.target instanceof HTMLInputElement && e.target.type === 'checkbox' && start(e.timeStamp, () => true),
    true,
  );
  new MutationObserver(() => {
    if (!pending || !pending.done(status.textContent ?? '')) return;
    const { t0 } = pending;
    pending = undefined;
    const status_ = performance.now() - t0;
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      lat.push({ status: status_, frame: performance.now() - t0 });
    };
    requestAnimationFrame(() => setTimeout(record, 0));
    setTimeout(record, 2000); // a hidden page may never paint
  }).observe(status, { childList: true, characterData: true, subtree: true });
}

async function openProgram(browser, url, timeout) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  await page.addInitScript(readyProbe);
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForFunction(() => window.__bench.ready !== undefined, null, { timeout });
  return { context, page };
}

/**
 * All browser figures for one served build. `url` is the program page.
 * `query` is typed up to `rounds` times (a new round starts only within `typingBudgetMs`);
 * `toggles` filter clicks are timed.
 */
export async function browserFigures(
  url,
  { loads = 3, query = 'multicluster', rounds = 3, typingBudgetMs = 60_000, toggles = 5, timeout = 120_000 } = {},
) {
  if (!CHROME) throw new Error('no Chromium found (set CHROME_PATH)');
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS, headless: true, timeout: 60_000 });
  try {
    const loadsOut = [];
    for (let i = 0; i < loads; i += 1) {
      const { context, page } = await openProgram(browser, url, timeout);
      await page.waitForTimeout(1000); // let late long tasks land
      loadsOut.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const tasks = window.__bench.longTasks;
          return {
            interactive: window.__bench.ready,
            domContentLoaded: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
            longTasks: tasks.reduce((n, t) => n + t.duration, 0),
            longest: Math.max(0, ...tasks.map((t) => t.duration)),
            blocking: tasks.reduce((n, t) => n + Math.max(0, t.duration - 50), 0),
          };
        }),
      );
      await context.close();
    }

    // Search: fresh page, so the first keystroke pays for the lazy load.
    let { context, page } = await openProgram(browser, url, timeout);
    await page.evaluate(latencyProbe);
    const keystrokes = [];
    let first;
    const typingStarted = performance.now();
    // Further rounds only while they fit the budget: at 5,000 sessions one keystroke can take seconds.
    for (
      let round = 0;
      round < rounds && (round === 0 || performance.now() - typingStarted < typingBudgetMs);
      round += 1
    ) {
      for (let i = 0; i < query.length; i += 1) {
        const isFirst = round === 0 && i === 0;
        await page.evaluate((kind) => window.__expect(kind), isFirst ? 'first' : 'key');
        const before = await page.evaluate(() => window.__lat.length);
        if (isFirst) await page.locator('#q').press(query[i]);
        else await page.keyboard.press(query[i]);
        await page.waitForFunction((n) => window.__lat.length > n, before, { timeout });
        const sample = await page.evaluate(() => window.__lat.at(-1));
        if (isFirst) first = sample;
        else keystrokes.push(sample);
      }
      const results = await page.locator('[data-status]').textContent();
      if (round === 0) first.resultText = results?.trim();
      await page.evaluate((kind) => window.__expect(kind), 'key');
      const before = await page.evaluate(() => window.__lat.length);
      await page.keyboard.press('Escape');
      await page.waitForFunction((n) => window.__lat.length > n, before, { timeout });
    }
    await context.close();

    // Filter: fresh page, open the panel, toggle a language on and off.
    ({ context, page } = await openProgram(browser, url, timeout));
    await page.evaluate(latencyProbe);
    await page.locator('details.filters > summary').click();
    const box = page.locator('[data-facet="language"] input[type=checkbox]').last();
    const filters = [];
    for (let i = 0; i < toggles; i += 1) {
      const before = await page.evaluate(() => window.__lat.length);
      await box.click();
      await page.waitForFunction((n) => window.__lat.length > n, before, { timeout });
      filters.push(await page.evaluate(() => window.__lat.at(-1)));
    }
    await context.close();

    const stat = (xs, key) => ({
      median: round(median(xs.map((x) => x[key]))),
      p95: round(
        percentile(
          xs.map((x) => x[key]),
          95,
        ),
      ),
    });
    return {
      interactiveMs: round(median(loadsOut.map((l) => l.interactive))),
      domContentLoadedMs: round(median(loadsOut.map((l) => l.domContentLoaded))),
      loadMs: round(median(loadsOut.map((l) => l.load))),
      longTasksMs: round(median(loadsOut.map((l) => l.longTasks))),
      longestTaskMs: round(median(loadsOut.map((l) => l.longest))),
      blockingMs: round(median(loadsOut.map((l) => l.blocking))),
      loads: loadsOut.map((l) => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, round(v)]))),
      firstSearch: { statusMs: round(first.status), frameMs: round(first.frame), result: first.resultText },
      keystroke: { samples: keystrokes.length, status: stat(keystrokes, 'status'), frame: stat(keystrokes, 'frame') },
      filter: { samples: filters.length, status: stat(filters, 'status'), frame: stat(filters, 'frame') },
    };
  } finally {
    await browser.close();
  }
}
