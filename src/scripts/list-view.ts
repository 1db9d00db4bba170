/** The program as a list: day sections in the displayed zone, or one ranked section of search results. */
import { groupByDay } from '../lib/schedule';
import { formatDay } from '../lib/time';
import type { Item, ProgramView, ViewInput } from './item';

const LOCALE = 'en-GB';

export class ListView implements ProgramView {
  private tpl: { section: HTMLElement; h2: HTMLElement; ol: HTMLElement };
  /** What is on screen, as "heading|slug slug…" per section, so an unchanged view is not rebuilt. */
  private shown: string;

  constructor(private days: HTMLElement) {
    this.shown = [...days.querySelectorAll('section')]
      .map(
        (sec) =>
          `${sec.querySelector('h2')!.textContent!.trim()}|${[...sec.querySelectorAll<HTMLElement>('article[data-slug]')].map((a) => a.dataset.slug).join(' ')}`,
      )
      .join('\n');
    const section = days.querySelector<HTMLElement>('section')!;
    this.tpl = {
      section: section.cloneNode(false) as HTMLElement,
      h2: section.querySelector('h2')!.cloneNode(false) as HTMLElement,
      ol: section.querySelector('ol')!.cloneNode(false) as HTMLElement,
    };
  }

  regroup() {
    /* show() groups by day every time */
  }

  show({ visible, zone, query }: ViewInput) {
    const groups = query
      ? [{ heading: `Results for “${query}”`, key: 'results', items: visible }]
      : groupByDay(visible, zone).map((d) => ({ heading: formatDay(d.date, LOCALE), key: d.date, items: d.sessions }));
    const shown = groups.map((g) => `${g.heading}|${g.items.map((i) => i.slug).join(' ')}`).join('\n');
    if (shown === this.shown) return undefined;
    this.shown = shown;
    this.days.classList.toggle('results', !!query);
    this.days.replaceChildren(...groups.map((g) => this.section(g.heading, g.key, g.items)));
    return undefined;
  }

  jumpTo() {
    const target = this.days.querySelector<HTMLElement>('[data-live="live"], [data-live="next"]');
    target?.scrollIntoView({ block: 'center' });
    target?.querySelector<HTMLElement>('.title a')?.focus({ preventScroll: true });
    return undefined;
  }

  /** A section cloned from the server-rendered one, so its scoped styles apply. */
  private section(heading: string, key: string, items: readonly Item[]) {
    const section = this.tpl.section.cloneNode(false) as HTMLElement;
    const h2 = this.tpl.h2.cloneNode(false) as HTMLElement;
    const ol = this.tpl.ol.cloneNode(false) as HTMLElement;
    section.dataset.date = key;
    h2.id = `d-${key}`;
    section.setAttribute('aria-labelledby', h2.id);
    h2.textContent = heading;
    ol.append(...items.map((i) => i.li));
    section.append(h2, ol);
    return section;
  }
}
