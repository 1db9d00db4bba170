/**
 * While the conference runs: Live and Up next marks on the cards, and a compact Now / Next strip
 * whose entries link to the sessions, with "Jump to now" that brings the live session into view.
 */
import { isRunning, liveState } from '../../lib/schedule';
import { localTime } from '../../lib/time';
import { pagePath, t } from '../config';
import type { Item, RenderContext } from './items';

export class Live {
  private strip: HTMLElement | null;
  live: string[] = [];

  constructor(
    root: HTMLElement,
    private items: readonly Item[],
    onJump: () => void,
  ) {
    this.strip = root.querySelector('[data-now]');
    this.strip?.querySelector('[data-jump-now]')?.addEventListener('click', onJump);
  }

  render({ now, zone }: RenderContext) {
    const { live, next } = liveState(this.items, now);
    this.live = live;
    const kinds = new Map<string, 'live' | 'next'>([
      ...next.map((s) => [s, 'next'] as const),
      ...live.map((s) => [s, 'live'] as const),
    ]);
    for (const item of this.items) {
      const kind = kinds.get(item.slug);
      const old = item.article.querySelector<HTMLElement>('[data-flag]');
      if (item.article.dataset.live !== kind) {
        if (kind) item.article.dataset.live = kind;
        else delete item.article.dataset.live;
      }
      if (old?.dataset.flag === kind) continue;
      old?.remove();
      if (kind) item.article.querySelector('[data-fact]')?.prepend(this.flag(kind), ' ');
    }
    if (!this.strip) return;
    const running = isRunning(this.items, now);
    this.strip.hidden = !running;
    if (!running) return;
    const bySlug = new Map(this.items.map((i) => [i.slug, i]));
    const entry = (slug: string, kind: 'live' | 'next') => {
      const item = bySlug.get(slug)!;
      const li = document.createElement('li');
      const label = kind === 'live' ? t()('live.now') : t()('live.nextAt', { time: localTime(item.start, zone) });
      const a = Object.assign(document.createElement('a'), {
        href: pagePath(`/sessions/${encodeURIComponent(slug)}/`),
        textContent: item.titleText,
      });
      li.append(this.flag(kind, label), a);
      return li;
    };
    this.strip
      .querySelector('[data-now-list]')
      ?.replaceChildren(
        ...live.slice(0, 4).map((s) => entry(s, 'live')),
        ...next.slice(0, 2).map((s) => entry(s, 'next')),
      );
  }

  private flag(kind: 'live' | 'next', text = t()(kind === 'live' ? 'live.label' : 'live.upNext')) {
    const el = Object.assign(document.createElement('strong'), { className: `flag flag-${kind}`, textContent: text });
    el.dataset.flag = kind;
    return el;
  }
}
