/**
 * Lighthouse (the npm package, its Node API) with the system Chromium, default config: mobile
 * emulation with simulated throttling, as PageSpeed Insights runs it.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]);
};

/**
 * Score each URL. Resolves to [{ url, scores: {performance, …} (0–100), metrics, failing }], or
 * an entry with `error` for a URL Lighthouse could not audit.
 */
export async function lighthouseScores(urls, { timeoutMs = 180_000 } = {}) {
  if (!CHROME) throw new Error('no Chromium found (set CHROME_PATH)');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS, logLevel: 'silent' });
  const out = [];
  try {
    for (const url of urls) {
      try {
        const result = await withTimeout(
          lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }),
          timeoutMs,
          `Lighthouse on ${url}`,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error('no result');
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [
            c,
            (lhr.categories[c]?.score ?? null) === null ? null : Math.round(lhr.categories[c].score * 100),
          ]),
        );
        const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue]));
        // What keeps a category below 100: scored audits that did not pass.
        const failing = [];
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (
              ref.weight > 0 &&
              audit &&
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== 'informative'
            ) {
              failing.push({ category: c, id: ref.id, score: audit.score, displayValue: audit.displayValue });
            }
          }
        }
        // Where the (simulated) main-thread time goes, to explain a TBT.
        const items = (id) => lhr.audits[id]?.details?.items ?? [];
        const diagnostics = {
          mainThreadMs: Object.fromEntries(
            items('mainthread-work-breakdown').map((i) => [i.groupLabel ?? i.group, Math.round(i.duration)]),
          ),
          longTasks: items('long-tasks')
            .slice(0, 5)
            .map((i) => ({ url: i.url, startTime: Math.round(i.startTime), duration: Math.round(i.duration) })),
          transferKiB: Math.round((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024),
          domSize: lhr.audits['dom-size']?.numericValue,
        };
        out.push({
          url,
          scores,
          metrics,
          failing,
          diagnostics,
          runtimeError: lhr.runtimeError?.message,
          warnings: lhr.runWarnings,
        });
      } catch (error) {
        out.push({ url, error: String(error?.message ?? error) });
      }
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
