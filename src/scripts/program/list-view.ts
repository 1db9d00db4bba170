/**
 * The program as a list: day sections in the displayed zone, or one ranked section of search
 * results. Sections are built from the server's first section (same classes, no copies of markup)
 * and only when what is shown changes; results show a page at a time, so a keystroke moves at most
 * RESULTS_PAGE cards.
 */
import { groupByDay } from '../../lib/schedule';
import { formatDay } from '../../lib/time';
import { dayChangeIn } from '../../lib/facts';
import { factContext, t } from '../config';
import type { Item, ProgramView, ViewInput } from './items';
import { renderDayNav } from './day-nav';

/** Search results shown at first, and added by "Show more". */
export const RESULTS_PAGE = 50;

export class ListView implements ProgramView {
  private tpl: { section: HTMLElement; h2: HTMLElement; ol: HTMLElement } | undefined;
  /** What is on screen, as "heading|slug slug…" per section, so an unchanged view is not rebuilt. */
  private shown: string;
  private limit = RESULTS_PAGE;
  private lastQuery = '';
  private input?: ViewInput;

  constructor(
    private days: HTMLElement,
    private nav: HTMLElement | null,
    /** Render the whole program again (after "Show more", so highlights and marks follow). */
    private rerender: () => void,
  ) {
    const sections = [...days.querySelectorAll('section')];
    this.shown = sections
      .map((sec) => {
        const slugs = [...sec.querySelectorAll<HTMLElement>('article[data-slug]')].map((a) => a.dataset.slug);
        return `${sec.querySelector('h2')!.textContent!.trim()}|${slugs.join(' ')}`;
      })
      .join('\n');
    const section = sections[0];
    if (section)
      this.tpl = {
        section: section.cloneNode(false) as HTMLElement,
        h2: section.querySelector('h2')!.cloneNode(false) as HTMLElement,
        ol: section.querySelector('ol')!.cloneNode(false) as HTMLElement,
      };
  }

  regroup() {
    /* show() groups by day every time */
  }

  show(input: ViewInput) {
    this.input = input;
    const { visible, zone, query } = input;
    if (query !== this.lastQuery) this.limit = RESULTS_PAGE;
    this.lastQuery = query;
    const intl = t().intl;
    const groups = query
      ? [{ heading: t()('results.heading', { q: query }), key: 'results', items: visible.slice(0, this.limit) }]
      : groupByDay(visible, zone, dayChangeIn(zone, factContext())).map((d) => ({
          heading: formatDay(d.date, intl),
          key: d.date,
          items: d.sessions,
        }));
    if (this.nav && !query)
      renderDayNav(
        this.nav,
        groups.map((g) => ({ date: g.key, count: g.items.length })),
        '#d-',
      );
    const shown = groups.map((g) => `${g.heading}|${g.items.map((i) => i.slug).join(' ')}`).join('\n');
    if (shown === this.shown || !this.tpl) return undefined;
    this.shown = shown;
    this.days.classList.toggle('results', !!query);
    const sections = groups.filter((g) => g.items.length).map((g) => this.section(g.heading, g.key, g.items));
    const more = query ? visible.length - this.limit : 0;
    if (more > 0) sections.push(this.moreButton(more));
    this.days.replaceChildren(...sections);
    return undefined;
  }

  jumpTo(_now: number, _zone: string, live: readonly string[]) {
    const target =
      this.days.querySelector<HTMLElement>(
        live.map((s) => `article[data-slug="${CSS.escape(s)}"]`).join(',') || ':not(*)',
      ) ?? this.days.querySelector<HTMLElement>('[data-live]');
    target?.scrollIntoView({ block: 'center' });
    target?.querySelector<HTMLElement>('h3 a')?.focus({ preventScroll: true });
    return undefined;
  }

  /** A section like the server's, so its styles apply. */
  private section(heading: string, key: string, items: readonly Item[]) {
    const tpl = this.tpl!;
    const section = tpl.section.cloneNode(false) as HTMLElement;
    const h2 = tpl.h2.cloneNode(false) as HTMLElement;
    const ol = tpl.ol.cloneNode(false) as HTMLElement;
    section.dataset.date = key;
    h2.id = `d-${key}`;
    section.setAttribute('aria-labelledby', h2.id);
    h2.textContent = heading;
    ol.append(...items.map((i) => i.li));
    section.append(h2, ol);
    return section;
  }

  private moreButton(more: number) {
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'button more',
      textContent: t()('status.more', { n: Math.min(more, RESULTS_PAGE) }),
    });
    button.addEventListener('click', () => {
      const first = this.limit;
      this.limit += RESULTS_PAGE;
      this.rerender();
      this.input?.visible[first]?.title.focus();
    });
    return button;
  }
}
