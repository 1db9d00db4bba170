/**
 * The program as a timetable: one day at a time in the displayed zone. Geometry comes from
 * src/lib/grid.ts and the markup from src/lib/grid-scaffold.ts (as on the server); this file only
 * places the session cards and keeps the day, the now line and the tabs in step.
 */
import { chooseDay, gridPlacement, isShort, layoutDay, layoutDays, nowPosition, type DayLayout } from '../../lib/grid';
import { dayScaffold, gridDayNode } from '../../lib/grid-scaffold';
import type { Room } from '../../lib/types';
import { groupByDay } from '../../lib/schedule';
import { conferenceDate, formatDay } from '../../lib/time';
import { dayChangeIn } from '../../lib/facts';
import { factContext, t } from '../config';
import { build } from '../vnode';
import { renderDayNav } from './day-nav';
import type { Item, ProgramView, ViewInput } from './items';

/** Where every card sits in a layout: equal keys mean the same cells, whatever the labels. */
const placementKey = (l: DayLayout) =>
  `${l.rows}|${l.tracks}|${l.columns.map((c) => c.room.slug).join(',')}|${l.items
    .map((i) => `${i.slug}:${i.rowStart}-${i.rowEnd}:${i.trackStart}-${i.trackEnd}`)
    .join(' ')}`;

/** Phones read the timetable as an agenda (grid.css); "jump to now" then goes to a card, not the line. */
const AGENDA = '(max-width: 40rem)';

export class GridView implements ProgramView {
  private layouts = new Map<string, DayLayout>();
  private sections = new Map<string, HTMLElement>();
  /** The zone the sections were built for: the server built them in the event's zone. */
  private builtFor: string;
  /** Days laid out for a narrowed selection (only what is shown): the slugs they were laid out for. */
  private narrowedDays = new Map<string, string>();
  private current?: string;
  private zone: string;
  private readonly days: HTMLElement;
  private readonly nav: HTMLElement | null;

  constructor(
    root: HTMLElement,
    private items: Item[],
    private rooms: Room[],
    private onDay: (day: string) => void,
  ) {
    this.days = root.querySelector<HTMLElement>('[data-grid-days]')!;
    this.nav = root.querySelector<HTMLElement>('[data-daynav]');
    this.days.classList.add('js');
    this.builtFor = this.zone = factContext().eventZone;
    this.layouts = new Map(this.layoutAll(this.zone).map((l) => [l.date, l]));
    for (const s of this.days.querySelectorAll<HTMLElement>('section[data-date]'))
      this.sections.set(s.dataset.date!, s);
    this.nav?.addEventListener('click', (e) => {
      const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-day]');
      if (!a) return;
      e.preventDefault();
      this.onDay(a.dataset.day!);
    });
    root.addEventListener('keydown', (e) => this.arrows(e));
    root.addEventListener('click', (e) => this.openOnTap(e));
  }

  /**
   * Without hover (a touch screen), a first tap on a card whose text is cut opens it over the grid,
   * instead of following its link; a second tap follows it. Phones read the agenda, never cut.
   */
  private openOnTap(e: MouseEvent) {
    if (!matchMedia('(hover: none)').matches || matchMedia(AGENDA).matches) return;
    const li = (e.target as Element).closest<HTMLElement>('li[data-col]');
    for (const open of this.days.querySelectorAll<HTMLElement>('li[data-open]'))
      if (open !== li) open.removeAttribute('data-open');
    const card = li?.querySelector<HTMLElement>('article');
    // Measured against the cell, not the card: the tap has already given the card :hover, which
    // lets it grow past the cell, so the card itself no longer looks cut.
    if (!li || !card || li.hasAttribute('data-open') || card.scrollHeight <= li.clientHeight + 1) return;
    e.preventDefault();
    li.setAttribute('data-open', '');
  }

  private layoutAll(zone: string, items: readonly Item[] = this.items) {
    return layoutDays(items, this.rooms, zone, { dayChange: dayChangeIn(zone, factContext()) });
  }

  regroup(zone: string) {
    this.zone = zone;
    if (zone === this.builtFor) return;
    this.builtFor = zone;
    const old = this.layouts;
    this.layouts = new Map(this.layoutAll(zone).map((l) => [l.date, l]));
    this.narrowedDays.clear();
    this.sections = new Map(
      [...this.layouts.values()].map((l) => {
        // Most zone changes move only the clock: the same cells with other labels. Keep the cards then.
        const kept = this.sections.get(l.date);
        const before = old.get(l.date);
        if (kept && before && placementKey(before) === placementKey(l)) {
          kept.querySelector('[data-scaffold]')?.replaceWith(build(dayScaffold(l, t()))!);
          return [l.date, kept];
        }
        return [l.date, this.buildDay(l)];
      }),
    );
    this.days.replaceChildren(...this.sections.values());
  }

  /** A day's section with its cards placed (cards that began the day before stay on their own day). */
  private buildDay(layout: DayLayout): HTMLElement {
    const section = build(gridDayNode(layout, formatDay(layout.date, t().intl), t()))!;
    const list = section.querySelector<HTMLElement>('[data-slots]')!;
    const bySlug = new Map(this.items.map((i) => [i.slug, i]));
    for (const gi of layout.items) {
      const item = bySlug.get(gi.slug);
      if (!item || gi.continuesFromPreviousDay) continue;
      const p = gridPlacement(gi, { rowOffset: 1 });
      item.li.style.gridRow = p.gridRow;
      item.li.style.gridColumn = p.gridColumn;
      item.li.dataset.col = String(gi.column);
      item.li.toggleAttribute('data-short', isShort(gi));
      list.append(item.li);
    }
    return section;
  }

  /** Lay a day out again for what is shown (so a filtered day is not 3,000 px of empty rows), or back in full. */
  private relayout(date: string, visible: readonly Item[] | null) {
    const old = this.sections.get(date);
    const key = visible?.map((i) => i.slug).join(' ');
    if (!old || key === this.narrowedDays.get(date)) return;
    const dayChange = dayChangeIn(this.zone, factContext());
    const layout = visible ? layoutDay(visible, this.rooms, this.zone, date, { dayChange }) : this.layouts.get(date)!;
    if (key !== undefined) this.narrowedDays.set(date, key);
    else this.narrowedDays.delete(date);
    const section = this.buildDay(layout);
    section.toggleAttribute('data-current', old.hasAttribute('data-current'));
    old.replaceWith(section);
    this.sections.set(date, section);
  }

  show({ visible, zone, day, now, narrowed }: ViewInput) {
    const shown = new Set(visible.map((i) => i.slug));
    for (const item of this.items) if (item.li.hidden === shown.has(item.slug)) item.li.hidden = !shown.has(item.slug);
    const dayChange = dayChangeIn(zone, factContext());
    const counts = new Map(groupByDay(visible, zone, dayChange).map((d) => [d.date, d.sessions]));
    const all = [...this.layouts.keys()];
    // Choose among the days that show something, so a filter never lands on an empty day.
    const busy = all.filter((d) => counts.get(d)?.length);
    this.current = chooseDay(busy.length ? busy : all, zone, { requested: day, now, dayChange });
    for (const date of all) this.relayout(date, narrowed && date === this.current ? (counts.get(date) ?? []) : null);
    for (const [date, section] of this.sections) {
      section.toggleAttribute('data-current', date === this.current);
      const line = section.querySelector<HTMLElement>('[data-now-line]');
      const layout = this.layouts.get(date);
      const row = layout && !this.narrowedDays.has(date) ? nowPosition(layout, now, zone) : null;
      if (line) line.hidden = row === null;
      if (line && row !== null) line.style.setProperty('--now-row', String(row));
    }
    if (this.nav)
      renderDayNav(
        this.nav,
        all.map((date) => ({ date, count: counts.get(date)?.length ?? 0 })),
        '#day-',
        this.current,
      );
    return this.current;
  }

  jumpTo(now: number, zone: string, live: readonly string[]) {
    const day = conferenceDate(now, zone, dayChangeIn(zone, factContext()));
    if (!this.sections.has(day)) return undefined;
    this.onDay(day);
    const section = this.sections.get(day)!;
    const card = live.length
      ? section.querySelector<HTMLElement>(`article[data-slug="${CSS.escape(live[0])}"]`)
      : section.querySelector<HTMLElement>('[data-live]');
    if (matchMedia(AGENDA).matches || !section.querySelector('[data-now-line]:not([hidden])')) {
      (card ?? section).scrollIntoView({ block: 'center' });
    } else {
      const frame = section.querySelector<HTMLElement>('[data-frame]')!;
      const line = section.querySelector<HTMLElement>('[data-now-line]')!;
      frame.scrollIntoView({ block: 'start' });
      frame.scrollTop =
        line.getBoundingClientRect().top - frame.getBoundingClientRect().top + frame.scrollTop - frame.clientHeight / 3;
    }
    card?.querySelector<HTMLElement>('h3 a')?.focus({ preventScroll: true });
    return day;
  }

  /** Arrow keys move between sessions: up/down in time order, left/right to the nearest session in the next column. */
  private arrows(e: KeyboardEvent) {
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key)) return;
    const target = e.target as Element;
    const from = target.closest<HTMLElement>('li[data-col]');
    if (!from || !target.matches('h3 a')) return;
    const slots = [...from.parentElement!.querySelectorAll<HTMLElement>('li[data-col]:not([hidden])')];
    const i = slots.indexOf(from);
    let to: HTMLElement | undefined;
    if (e.key === 'ArrowDown') to = slots[i + 1];
    else if (e.key === 'ArrowUp') to = slots[i - 1];
    else {
      const col = Number(from.dataset.col) + (e.key === 'ArrowRight' ? 1 : -1);
      const top = from.getBoundingClientRect().top;
      const distance = (s: HTMLElement) => Math.abs(s.getBoundingClientRect().top - top);
      to = slots.filter((s) => Number(s.dataset.col) === col).sort((a, b) => distance(a) - distance(b))[0];
    }
    if (!to) return;
    e.preventDefault();
    to.querySelector<HTMLElement>('h3 a')?.focus();
  }
}
