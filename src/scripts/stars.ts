/**
 * My schedule: the starred sessions, kept in localStorage under the site's prefix. Storage that is
 * disabled, full or corrupted never breaks the page: the list then lives for this visit only and
 * `starStatus()` says why. Every change is announced as a `STARS_EVENT` on window. The star buttons
 * (`button[data-star]`) are wired by one listener for the whole page.
 */
import { parseStarred, serializeStarred } from '../lib/prefs';
import { storage } from './dom';
import { keys } from './config';

export const STARS_EVENT = 'ic-stars';

/** "ok"; "unavailable": storage is disabled or full; "reset": what was stored could not be read. */
export type StarStatus = 'ok' | 'unavailable' | 'reset';

let starred: string[] | null = null;
let status: StarStatus = 'ok';

function load(): string[] {
  if (starred) return starred;
  const parsed = parseStarred(storage.get(keys().starred));
  starred = parsed ?? [];
  if (parsed === null) status = 'reset';
  const probe = `${keys().starred}:probe`;
  if (!storage.set(probe, '1')) status = 'unavailable';
  else storage.remove(probe);
  return starred;
}

export const starStatus = (): StarStatus => (load(), status);
export const starredSlugs = (): readonly string[] => load();

/** Star (add) or unstar several sessions at once. */
export function setStarred(slugs: readonly string[], add: boolean) {
  const current = new Set(load());
  for (const s of slugs) {
    if (add) current.add(s);
    else current.delete(s);
  }
  starred = [...current];
  if (!storage.set(keys().starred, serializeStarred(starred))) status = 'unavailable';
  else if (status === 'reset') status = 'ok';
  window.dispatchEvent(new CustomEvent(STARS_EVENT));
}

/** Show each star button's state. */
export function syncStars(root: ParentNode = document) {
  const set = new Set(load());
  for (const b of root.querySelectorAll<HTMLButtonElement>('button[data-star]')) {
    const pressed = String(set.has(b.dataset.star ?? ''));
    if (b.getAttribute('aria-pressed') !== pressed) b.setAttribute('aria-pressed', pressed);
    b.disabled = false;
  }
}

let wired = false;

/** Enable the star buttons and keep them in step with the list (also across tabs). */
export function wireStars() {
  if (wired) return;
  wired = true;
  document.addEventListener('click', (e) => {
    const b = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-star]');
    if (b?.dataset.star) setStarred([b.dataset.star], b.getAttribute('aria-pressed') !== 'true');
  });
  window.addEventListener(STARS_EVENT, () => syncStars());
  window.addEventListener('storage', (e) => {
    if (e.key !== keys().starred) return;
    starred = null;
    window.dispatchEvent(new CustomEvent(STARS_EVENT));
  });
  syncStars();
}
