/** The program as a list: day sections in the displayed zone, or one ranked section of search results. */
import { groupByDay } from '../lib/schedule';
import { formatDay } from '../lib/time';
import type { Item, ProgramView, ViewInput } from './item';

const LOCALE = 'en-GB';

export class ListView implements ProgramView {
  private tpl: { section: HTMLElement; h2: HTMLElement; ol: HTMLElement };

  constructor(private days: HTMLElement) {
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
    if (query) {
      this.days.classList.add('results');
      this.days.replaceChildren(this.section(`Results for “${query}”`, 'results', visible));
    } else {
      this.days.classList.remove('results');
      this.days.replaceChildren(
        ...groupByDay(visible, zone).map((day) => this.section(formatDay(day.date, LOCALE), day.date, day.sessions)),
      );
    }
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
