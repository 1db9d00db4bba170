/**
 * My schedule: the starred-only view, overlaps named on the cards, the calendar file of the starred
 * sessions, a share link (`?picks=codes`) and, for its recipient, the banner that offers to adopt it.
 */
import { conflicts } from '../../lib/schedule';
import type { ViewState } from '../../lib/url-state';
import { siteConfig, sitePath, t } from '../config';
import { setStarred, starStatus, starredSlugs } from '../stars';
import type { Item, RenderContext } from './items';

type Change = (apply: (state: ViewState) => void) => void;

export class MySchedule {
  private note: HTMLElement | null;
  private state?: ViewState;

  constructor(
    private root: HTMLElement,
    private items: readonly Item[],
    change: Change,
  ) {
    this.note = root.querySelector('[data-mine-note]');
    const on = (selector: string, handler: () => void) => root.querySelector(selector)?.addEventListener('click', handler);
    on('[data-starred-toggle]', () => change((s) => (s.starred = !s.starred)));
    on('[data-export]', () => void this.export());
    on('[data-share]', () => void this.share());
    on('[data-star-picks]', () => {
      const codes = new Set(this.state?.picks);
      setStarred(this.items.filter((i) => codes.has(i.code)).map((i) => i.slug), true);
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
    const clash = conflicts(mine);
    for (const item of this.items) {
      const flag = item.article.querySelector<HTMLElement>('[data-conflict]');
      if (!flag) continue;
      const other = clash.get(item.slug);
      flag.hidden = !other;
      const text = other ? t()('card.overlap', { title: other.titleText }) : '';
      if (flag.textContent !== text) flag.textContent = text;
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

  /** Download the starred sessions as one calendar, merged from their per-session files. */
  private async export() {
    const items = this.mine();
    if (!items.length) return;
    try {
      const files = await Promise.all(
        items.map(async (i) => {
          const r = await fetch(sitePath(`/sessions/${encodeURIComponent(i.slug)}.ics`));
          if (!r.ok) throw new Error(String(r.status));
          return r.text();
        }),
      );
      const { mergeCalendars } = await import('../../lib/favourites');
      const name = t()('mine.calendarName', { event: siteConfig().event });
      const blob = new Blob([mergeCalendars(files, name)], { type: 'text/calendar' });
      const a = Object.assign(document.createElement('a'), {
        href: URL.createObjectURL(blob),
        download: `${siteConfig().storagePrefix}-my-schedule.ics`,
      });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      this.say(t()('mine.exported', { n: items.length }));
    } catch {
      this.say(t()('mine.exportFailed'));
    }
  }

  /** Copy a link that shows the starred sessions to whoever opens it. */
  private async share() {
    const codes = this.mine().map((i) => i.code);
    if (!codes.length) return;
    const url = new URL(location.pathname, location.href);
    url.search = `picks=${codes.map(encodeURIComponent).join(',')}`;
    try {
      await navigator.clipboard.writeText(url.href);
      this.say(t()('mine.copied'));
    } catch {
      this.say(t()('mine.copyThis', { url: url.href }));
    }
  }
}
