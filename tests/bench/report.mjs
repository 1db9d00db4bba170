/**
 * The benchmark's Markdown report: one table per section, then the Targets table (targets.mjs),
 * so the figures can be pasted into tests/bench/RESULTS.md as they are printed.
 */
import { searchChunk } from './assets.mjs';
import { targetRows } from './targets.mjs';

const LEFT = new Set([
  'program',
  'page',
  'source',
  'interface languages',
  'query',
  'filter toggled',
  'what',
  'target',
  'met',
]);
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `|${head.map((h) => (LEFT.has(h) ? ' --- ' : ' ---: ')).join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ].join('\n')
    : '(not run)';
const n = (x) => (x === undefined || x === null ? '—' : x.toLocaleString('en-US'));
const ms = (x) => (x === undefined || x === null ? '—' : Math.round(x).toLocaleString('en-US'));
const withRaw = (w) => (w ? `${n(w.gzip)} (${n(w.raw)})` : '—');
const error = (e) => `FAILED: ${e}`;

function buildTable(results) {
  return table(
    [
      'program',
      'source',
      'sessions',
      'speakers',
      'rooms',
      'days',
      'interface languages',
      'build (s)',
      'peak RSS (MiB)',
      'HTML pages',
      'dist (MiB)',
    ],
    results.map((r) => [
      r.label,
      r.content?.source ?? (r.error ? error(r.error) : '—'),
      n(r.content?.sessions),
      n(r.content?.speakers),
      n(r.content?.rooms),
      n(r.content?.days),
      r.content?.locales?.join(', ') ?? '—',
      r.build?.ok ? r.build.seconds : r.build ? `FAILED${r.build.timedOut ? ' (timeout)' : ''}` : '—',
      r.build?.peakRssMiB ? n(r.build.peakRssMiB) : '—',
      n(r.weight?.htmlPages),
      r.weight?.distMiB ?? '—',
    ]),
  );
}

function bytesTables(results) {
  const pages = [];
  const search = [];
  for (const r of results) {
    if (!r.weight) continue;
    for (const p of r.weight.pages)
      pages.push(
        p.page
          ? [
              r.label,
              `${p.label} (${p.page})`,
              withRaw(p.html),
              n(p.js.gzip),
              `${n(p.css.gzip)} / ${n(p.inlineCss.gzip)}`,
            ]
          : [r.label, p.label, '—', '—', '—'],
      );
    const home = r.weight.pages.find((p) => p.label === '/' && p.page);
    search.push([
      r.label,
      withRaw(home && searchChunk(home)),
      withRaw(r.weight.search.index),
      withRaw(r.weight.search.text),
    ]);
  }
  return [
    table(['program', 'page', 'HTML', 'JS at load', 'CSS files / inline'], pages),
    '\n#### What the first search loads (gzip -9, raw in brackets)\n',
    table(['program', 'search-engine chunk', 'search/index.json', 'search/text.json'], search),
  ].join('\n');
}

function loadTable(results) {
  const rows = [];
  for (const r of results.filter((x) => x.browser)) {
    const b = r.browser;
    if (b.error) {
      rows.push([r.label, '', error(b.error), '', '', '', '']);
      continue;
    }
    for (const [page, l] of [
      ['/', b],
      ['/grid/', b.grid],
    ])
      rows.push(
        l?.error
          ? [r.label, page, error(l.error), '', '', '', '']
          : [
              r.label,
              page,
              ms(l.interactiveMs),
              ms(l.domContentLoadedMs),
              `${ms(l.longTasksMs)} (${ms(l.longestTaskMs)})`,
              ms(l.blockingMs),
              l.layoutShift ?? '—',
            ],
      );
  }
  return table(
    ['program', 'page', 'interactive', 'DOMContentLoaded', 'long tasks (longest)', 'blocking', 'layout shift'],
    rows,
  );
}

function interactionTable(results) {
  const rows = results
    .filter((r) => r.browser && !r.browser.error)
    .map((r) => {
      const b = r.browser;
      const f = b.filter;
      const k = b.keystroke;
      return [
        r.label,
        `“${b.query}” (${k.result ?? '—'})`,
        `${ms(b.firstSearch.statusMs)} / ${ms(b.firstSearch.frameMs)}`,
        ms(b.fullIndexMs),
        `${ms(k.status.median)} / ${ms(k.status.p95)}`,
        `${ms(k.frame.median)} / ${ms(k.frame.p95)}`,
        k.samples,
        f.error ? f.error : `${f.kind} ${f.facet ?? ''} “${f.value}”`.replace('  ', ' '),
        f.error ? '—' : `${ms(f.status.median)} / ${ms(f.frame.median)}`,
      ];
    });
  return table(
    [
      'program',
      'query',
      'first search (shown / painted)',
      'full index',
      'keystroke median / p95',
      'keystroke to painted median / p95',
      'keystrokes',
      'filter toggled',
      'filter median (shown / painted)',
    ],
    rows,
  );
}

function lighthouseTable(results) {
  const rows = [];
  for (const r of results) {
    if (!r.lighthouse) continue;
    if (r.lighthouse.error) {
      rows.push([r.label, `could not run: ${r.lighthouse.error}`, '', '', '', '', '', '', '', '']);
      continue;
    }
    for (const s of r.lighthouse) {
      if (s.error) rows.push([r.label, s.label, `error: ${s.error}`, '', '', '', '', '', '', '']);
      else
        rows.push([
          r.label,
          s.label,
          s.scores.performance,
          s.scores.accessibility,
          s.scores['best-practices'],
          s.scores.seo,
          ms(s.metrics.fcp),
          ms(s.metrics.lcp),
          ms(s.metrics.tbt),
          s.metrics.cls === undefined ? '—' : Math.round(s.metrics.cls * 1000) / 1000,
        ]);
    }
  }
  const below = results.flatMap((r) =>
    Array.isArray(r.lighthouse)
      ? r.lighthouse.flatMap((s) =>
          (s.failing ?? []).map(
            (f) => `${r.label} ${s.label}: ${f.category} › ${f.id} (${f.displayValue ?? `score ${f.score}`})`,
          ),
        )
      : [],
  );
  const scores = table(
    ['program', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
    rows,
  );
  return below.length ? `${scores}\n\nBelow 100 because of:\n${below.map((b) => `- ${b}`).join('\n')}` : scores;
}

/** The whole report for `results` (one entry per program, in the order run). */
export function report(results) {
  return [
    '### Programs and build\n',
    buildTable(results),
    '\n### Bytes per page (gzip -9; raw HTML in brackets; inline CSS is also part of the HTML)\n',
    bytesTables(results),
    '\n### Loading `/` and `/grid/` in headless Chromium (this machine, no throttling; ms, median of 3)\n',
    loadTable(results),
    '\n### Search and filter on `/` in headless Chromium (ms)\n',
    interactionTable(results),
    '\n### Lighthouse 12.2.3 (default mobile config, simulated throttling)\n',
    lighthouseTable(results),
    '\n### Targets (the performance issue)\n',
    table(['program', 'what', 'measured', 'target', 'met'], targetRows(results)),
  ].join('\n');
}
