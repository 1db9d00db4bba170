/**
 * The targets of the performance issue, each with the figure that answers it, so the report can
 * print every figure beside its target. One entry per target; `value` reads the figure from the
 * program's results (undefined when it was not measured), `met` judges it, `show` formats it.
 *
 * Readings where the issue leaves room, chosen strict: "kB" and "GB" are decimal (1.5 GB =
 * 1,430 MiB); "JS at load" is the most any of the weighed pages loads; "a list page" is the largest
 * list page (`/` or another day's page); "first search" and both keystroke targets are judged on the
 * time to the painted frame, not only to the status line; CLS is the worst of the three pages.
 */

const page = (r, label) => r.weight?.pages.find((p) => p.label === label && p.page);
const lighthouse = (r, label) =>
  Array.isArray(r.lighthouse) ? r.lighthouse.find((s) => s.label === label && s.scores) : undefined;
const all = (r, read) => {
  const values = ['/', '/grid/', 'session (largest)'].map((label) => read(lighthouse(r, label)));
  return values.some((v) => v === undefined || v === null) ? undefined : values;
};
const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const ms = (n) => `${Math.round(n).toLocaleString('en-US')} ms`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const performanceOn = (label) => ({
  program: 'fosdem',
  what: `Lighthouse mobile performance, ${label}`,
  target: '≥ 90',
  value: (r) => lighthouse(r, label)?.scores.performance ?? undefined,
  met: (v) => v >= 90,
  show: String,
});

const perfectOn = (label) => ({
  program: '65',
  what: `Lighthouse mobile performance / accessibility / best practices / SEO, ${label}`,
  target: '100 / 100 / 100 / 100',
  value: (r) => {
    const scores = lighthouse(r, label)?.scores;
    return scores && CATEGORIES.every((c) => typeof scores[c] === 'number')
      ? CATEGORIES.map((c) => scores[c])
      : undefined;
  },
  met: (v) => v.every((s) => s === 100),
  show: (v) => v.join(' / '),
});

const keystrokeP95 = (program, limit) => ({
  program,
  what: 'search keystroke to painted results, p95 (no throttling)',
  target: `≤ ${limit} ms`,
  value: (r) => r.browser?.keystroke?.frame.p95,
  met: (v) => v <= limit,
  show: ms,
});

export const TARGETS = [
  performanceOn('/'),
  performanceOn('/grid/'),
  {
    program: 'fosdem',
    what: 'HTML of the largest list page, gzip',
    target: '≤ 100 kB',
    value: (r) => (page(r, 'list (largest day)') ?? page(r, '/'))?.html.gzip,
    met: (v) => v <= 100_000,
    show: bytes,
  },
  {
    program: 'fosdem',
    what: 'JS loaded at start, gzip (the most of `/`, `/grid/`, a session page)',
    target: '≤ 12 kB',
    value: (r) => {
      const pages = r.weight?.pages.filter((p) => p.page);
      return pages?.length ? Math.max(...pages.map((p) => p.js.gzip)) : undefined;
    },
    met: (v) => v <= 12_000,
    show: bytes,
  },
  keystrokeP95('fosdem', 50),
  {
    program: 'fosdem',
    what: 'first search: focus + keystroke to painted results (engine + search/index.json)',
    target: '≤ 300 ms',
    value: (r) => r.browser?.firstSearch?.frameMs,
    met: (v) => v <= 300,
    show: ms,
  },
  perfectOn('/'),
  perfectOn('/grid/'),
  perfectOn('session (largest)'),
  {
    program: '65',
    what: 'CLS, Lighthouse, worst of `/`, `/grid/`, the session page',
    target: '0',
    value: (r) => {
      const cls = all(r, (s) => s?.metrics.cls);
      return cls && Math.max(...cls);
    },
    met: (v) => Math.round(v * 1000) === 0,
    show: (v) => String(Math.round(v * 1000) / 1000),
  },
  {
    program: '65',
    what: "layout shift of the island's first render, Chromium, `/` and `/grid/`",
    target: '0',
    value: (r) => {
      const shifts = [r.browser?.layoutShift, r.browser?.grid?.layoutShift];
      return shifts.every((s) => typeof s === 'number') ? Math.max(...shifts) : undefined;
    },
    met: (v) => v === 0,
    show: String,
  },
  {
    program: '65',
    what: 'TBT, Lighthouse, worst of `/`, `/grid/`, the session page',
    target: '≤ 50 ms',
    value: (r) => {
      const tbt = all(r, (s) => s?.metrics.tbt);
      return tbt && Math.max(...tbt);
    },
    met: (v) => v <= 50,
    show: ms,
  },
  {
    program: '5000',
    what: 'build wall time',
    target: '≤ 90 s',
    value: (r) => (r.build?.ok ? r.build.seconds : undefined),
    met: (v) => v <= 90,
    show: (v) => `${v} s`,
  },
  {
    program: '5000',
    what: 'build peak memory (maximum RSS)',
    target: '≤ 1.5 GB (1,430 MiB)',
    value: (r) => (r.build?.ok ? r.build.peakRssMiB : undefined),
    met: (v) => v * 2 ** 20 <= 1.5e9,
    show: (v) => `${v.toLocaleString('en-US')} MiB`,
  },
  keystrokeP95('5000', 100),
];

/** One row per target: [program, what, measured, target, verdict]. */
export function targetRows(results) {
  return TARGETS.map((t) => {
    const r = results.find((x) => x.key === t.program);
    const value = r ? t.value(r) : undefined;
    const verdict = value === undefined ? 'not measured' : t.met(value) ? '✓' : '✗';
    return [t.program, t.what, value === undefined ? '—' : t.show(value), t.target, verdict];
  });
}
