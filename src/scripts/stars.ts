/**
 * The starred sessions ("My schedule"), kept in localStorage. Storage that is disabled, full or
 * corrupted never breaks the page: the list then lives for this visit only and `starStatus()`
 * says why. Every change is announced as an `ic-stars` event on window.
 */
import { parseStarred, serializeStarred, STARRED_KEY } from '../lib/prefs';
import { storage } from './dom';

export const STARS_EVENT = 'ic-stars';

/** "ok"; "unavailable": storage is disabled or full; "reset": what was stored could not be read. */
export type StarStatus = 'ok' | 'unavailable' | 'reset';

let starred: string[] | null = null;
let status: StarStatus = 'ok';

function load(): string[] {
  if (starred) return starred;
  const parsed = parseStarred(storage.get(STARRED_KEY));
  starred = parsed ?? [];
  if (parsed === null) status = 'reset';
  if (!storage.set('istiocon:probe', '1')) status = 'unavailable';
  else storage.remove('istiocon:probe');
  return starred;
}

export const starStatus = (): StarStatus => (load(), status);
export const isStarred = (slug: string) => load().includes(slug);
export const starredSlugs = (): readonly string[] => load();

/** Star (add) or unstar several sessions at once. */
export function setStarred(slugs: readonly string[], add: boolean) {
  const current = new Set(load());
  for (const s of slugs) {
    if (add) current.add(s);
    else current.delete(s);
  }
  starred = [...current];
  if (!storage.set(STARRED_KEY, serializeStarred(starred))) status = 'unavailable';
  else if (status === 'reset') status = 'ok';
  window.dispatchEvent(new CustomEvent(STARS_EVENT));
}

export const toggleStar = (slug: string) => setStarred([slug], !isStarred(slug));

window.addEventListener('storage', (e) => {
  if (e.key !== STARRED_KEY) return;
  starred = null;
  window.dispatchEvent(new CustomEvent(STARS_EVENT));
});

/** <ic-star data-star-slug="…">: the toggle button for one session. */
class IcStar extends HTMLElement {
  private wired = false;

  connectedCallback() {
    // The program moves cards between day sections, which reconnects this element: wire once.
    const button = this.querySelector('button');
    if (!button || this.wired) return;
    this.wired = true;
    const slug = this.dataset.starSlug!;
    const sync = () => button.setAttribute('aria-pressed', String(isStarred(slug)));
    button.disabled = false;
    button.addEventListener('click', () => toggleStar(slug));
    window.addEventListener(STARS_EVENT, sync);
    sync();
  }
}

if (!customElements.get('ic-star')) customElements.define('ic-star', IcStar);
