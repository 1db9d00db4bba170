/**
 * Functions that run inside the measured page (serialised by Playwright, so each is self-contained).
 * They find the island's markup by its contract, never by styling classes: `[data-search]` (the
 * search box #q), `[data-status]` (the status line), `details[data-filters]`, `fieldset[data-facet]`
 * checkboxes and `nav[data-language-choice] a[data-value]`.
 */

/**
 * Installed before the page's scripts (addInitScript): notes when the search box becomes enabled
 * (the island enables its controls in one go, then renders synchronously, and a MutationObserver
 * runs after that task, so "ready" includes the first render), the long tasks, the layout shifts
 * (so a first render that moves the page shows), and when search/text.json has been parsed.
 */
export function readyProbe() {
  const bench = (window.__bench = { ready: undefined, longTasks: [], shifts: [], textReady: undefined });
  const observe = (type, push) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(push)).observe({ type, buffered: true });
    } catch {
      // This Chromium lacks the entry type: the figure is left out.
    }
  };
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => !e.hadRecentInput && bench.shifts.push({ start: e.startTime, value: e.value }));
  // The abstracts' part of the index: the site builds its full engine right after this promise
  // settles, in the same microtask checkpoint, so a task queued here runs once the engine is built.
  const json = Response.prototype.json;
  Response.prototype.json = function (...args) {
    const parsed = json.apply(this, args);
    if (/\/search\/text\.json(\?|$)/.test(this.url))
      parsed.then(() => setTimeout(() => (bench.textReady = performance.now()), 0)).catch(() => {});
    return parsed;
  };
  const check = (q) => {
    if (q.disabled) return false;
    bench.ready = performance.now();
    return true;
  };
  const found = new MutationObserver(() => {
    const q = document.querySelector('[data-search]');
    if (!q) return;
    found.disconnect();
    if (!check(q)) {
      const enabled = new MutationObserver(() => check(q) && enabled.disconnect());
      enabled.observe(q, { attributes: true, attributeFilter: ['disabled'] });
    }
  });
  found.observe(document, { childList: true, subtree: true });
}

/**
 * Installed once the page is interactive: times an interaction from its event to the status line
 * that shows its outcome, then to the next frame. `window.__expect('first')` makes the next
 * keystroke a first search, timed from the focus event (which starts the lazy load).
 */
export function latencyProbe() {
  const status = document.querySelector('[data-status]');
  const input = document.querySelector('[data-search]');
  const lat = (window.__lat = []);
  let pending;
  const start = (t0, done) => (pending = { t0, done });
  window.__expect = (kind) => (window.__kind = kind);
  const shows = (text) => {
    const query = input.value.trim();
    return query ? text.includes(`“${query}”`) && !/^Loading/.test(text) : !text.includes('matching');
  };
  input.addEventListener(
    'focus',
    (e) => {
      window.__focusAt = e.timeStamp;
      if (window.__kind === 'first') start(e.timeStamp, shows);
    },
    true,
  );
  input.addEventListener(
    'keydown',
    (e) => {
      if (window.__kind === 'first' && pending) return; // timed from the focus event
      start(e.timeStamp, shows);
    },
    true,
  );
  document.addEventListener(
    'click',
    (e) => {
      const el = e.target instanceof Element ? e.target : null;
      if (el?.matches('input[type=checkbox], [data-language-choice] a')) start(e.timeStamp, () => true);
    },
    true,
  );
  new MutationObserver(() => {
    if (!pending || !pending.done(status.textContent ?? '')) return;
    const { t0 } = pending;
    pending = undefined;
    const shown = performance.now() - t0;
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      lat.push({ status: shown, frame: performance.now() - t0 });
    };
    requestAnimationFrame(() => setTimeout(record, 0));
    setTimeout(record, 2000); // a hidden page may never paint
  }).observe(status, { childList: true, characterData: true, subtree: true });
}

/**
 * Picks the filter to toggle, the same kind on every program: the first facet checkbox (track,
 * then type, room, language) whose count is neither 0 nor everything, so that toggling it changes
 * the status line; else the language choice, alternating one language and "All". Marks the
 * elements with data-bench-toggle="on"/"off" and returns what it chose, or null.
 */
export function chooseToggle() {
  const numbers = (document.querySelector('[data-status]')?.textContent ?? '').replace(/,/g, '').match(/\d+/g) ?? [];
  const total = Math.max(0, ...numbers.map(Number));
  for (const facet of ['track', 'type', 'room', 'language']) {
    for (const box of document.querySelectorAll(`[data-facet="${facet}"] input[type=checkbox]`)) {
      const n = Number(box.closest('label')?.querySelector('[data-count]')?.textContent);
      if (n > 0 && n < total) {
        box.dataset.benchToggle = 'on';
        return { kind: 'checkbox', facet, value: box.value, sessions: n, of: total };
      }
    }
  }
  const one = document.querySelector('[data-language-choice] a[data-value]:not([data-value=""])');
  const all = document.querySelector('[data-language-choice] a[data-value=""]');
  if (!one || !all) return null;
  one.dataset.benchToggle = 'on';
  all.dataset.benchToggle = 'off';
  return { kind: 'language choice', value: one.dataset.value, of: total };
}

/** The figures of one load, a second after the island became ready (late long tasks land by then). */
export function loadFigures() {
  const nav = performance.getEntriesByType('navigation')[0];
  const { ready, longTasks, shifts } = window.__bench;
  return {
    interactive: ready,
    domContentLoaded: nav.domContentLoadedEventEnd,
    load: nav.loadEventEnd,
    longTasks: longTasks.reduce((n, t) => n + t.duration, 0),
    longest: Math.max(0, ...longTasks.map((t) => t.duration)),
    blocking: longTasks.reduce((n, t) => n + Math.max(0, t.duration - 50), 0),
    layoutShift: shifts.reduce((n, s) => n + s.value, 0),
  };
}
