/** Tiny DOM helpers shared by the client scripts. */

/** localStorage that never throws: disabled, full or missing storage reads as empty and reports failure on write. */
export const storage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  remove(key: string) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      /* unavailable storage has nothing to remove */
    }
  },
  set(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
};

let device: string | null | undefined;

/** The viewer's own zone as the browser reports it, or null (asked once: the first Intl call is slow). */
export function deviceZone(): string | null {
  if (device !== undefined) return device;
  try {
    device = Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    device = null;
  }
  return device;
}

let pendingQuery: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Replace the query string without adding a history entry. While someone types, the address bar
 * follows a quarter second behind: `history.replaceState` cost up to 37 ms a keystroke on a loaded
 * machine, and only the last query matters.
 */
export function replaceQuery(query: string) {
  pendingQuery = query;
  timer ??= setTimeout(flushQuery, 250);
}

/** Write the pending query now: before a click can leave the page, or the page is hidden. */
function flushQuery() {
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (pendingQuery === undefined) return;
  const url = `${location.pathname}${pendingQuery ? `?${pendingQuery}` : ''}${location.hash}`;
  pendingQuery = undefined;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', flushQuery, true);
  document.addEventListener('keydown', (e) => e.key === 'Enter' && flushQuery(), true);
  window.addEventListener('pagehide', flushQuery);
}
