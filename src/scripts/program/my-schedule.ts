/**
 * My schedule: the starred-only view, overlaps named on the cards and, for the recipient of a
 * shared list (`?picks=codes`), the banner that offers to adopt it. The calendar file and the share
 * link load on first use (my-schedule-actions.ts).
 */
import { conflicts } from '../../lib/schedule';
import type { ViewState } from '../../lib/url-state';
import { t } from '../config';
import { setStarred, starStatus, starredSlugs } from '../stars';
import type { Item, RenderContext } from './items';

type Change = (apply: (state: ViewState) => void) => void;

export class MySchedule {
  private note: HTMLElement | null;
  private state?: ViewState;
  /** The starred slugs the overlap notes were last written for. */
  private flagged?: string;

  constructor(
    private root: HTMLElement,
    private items: readonly Item[],
    change: Change,
  ) {
    this.note = root.querySelector('[data-mine-note]');
    const on = (selector: string, handler: () => void) =>
      root.querySelector(selector)?.addEventListener('click', handler);
    on('[data-starred-toggle]', () => change((s) => (s.starred = !s.starred)));
    on('[data-export]', () => void this.act('exportCalendar'));
    on('[data-share]', () => void this.act('shareLink'));
    on('[data-star-picks]', () => {
      const codes = new Set(this.state?.picks);
      setStarred(
        this.items.filter((i) => codes.has(i.code)).map((i) => i.slug),
        true,
      );
      this.say(t()('mine.added'));
    });
    on('[data-clear-picks]', () => change((s) => (s.picks = [])));
  }

  private say(text: string) {
    if (this.note && this.note.textContent !== text) this.note.textContent = text;
  }

  private mine() {
    const set = new Set(starredSlugs());
    return this.items.filter((i) => set.has(i.slug));
  }

  render({ state, starred }: RenderContext) {
    this.state = state;
    const mine = this.items.filter((i) => starred.has(i.slug));
    const key = mine.map((i) => i.slug).join(' ');
    if (key !== this.flagged) {
      const before = new Set(this.flagged?.split(' '));
      this.flagged = key;
      const clash = conflicts(mine);
      // Only starred cards (now or before) can carry a note: the others are left alone.
      for (const item of this.items) {
        if (!starred.has(item.slug) && !before.has(item.slug)) continue;
        const flag = item.article.querySelector<HTMLElement>('[data-conflict]');
        if (!flag) continue;
        const other = clash.get(item.slug);
        flag.hidden = !other;
        const text = other ? t()('card.overlap', { title: other.titleText }) : '';
        if (flag.textContent !== text) flag.textContent = text;
      }
    }
    this.root.querySelector('[data-starred-toggle]')?.setAttribute('aria-pressed', String(state.starred));
    const count = this.root.querySelector('[data-star-count]');
    if (count) count.textContent = String(mine.length);
    const tools = this.root.querySelector<HTMLElement>('[data-mine]');
    if (tools) tools.hidden = mine.length === 0 && !state.starred;
    const status = starStatus();
    if (status !== 'ok') this.say(t()(status === 'unavailable' ? 'mine.unavailable' : 'mine.reset'));
    else if (state.starred && mine.length === 0) this.say(t()('mine.empty'));
    const shared = this.root.querySelector<HTMLElement>('[data-shared]');
    if (shared) {
      shared.hidden = state.picks.length === 0;
      const text = shared.querySelector('[data-shared-text]');
      if (text) text.textContent = t()('shared.text', { n: state.picks.length });
    }
  }

  /** Run an action of the lazily loaded module on the starred sessions and say how it went. */
  private async act(action: 'exportCalendar' | 'shareLink') {
    const items = this.mine();
    if (!items.length) return;
    const actions = await import('./my-schedule-actions');
    this.say(await actions[action](items));
  }
}
