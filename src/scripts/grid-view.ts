/**
 * The program as a timetable: one day at a time in the displayed zone. Geometry comes from
 * src/lib/grid.ts; this file only builds the day sections from the server-rendered templates.
 */
import {
  chooseDay,
  columnPlacement,
  gridPlacement,
  gridTemplateColumns,
  layoutDays,
  nowPosition,
  type DayLayout,
} from '../lib/grid';
import type { Room } from '../lib/types';
import { groupByDay } from '../lib/schedule';
import { formatDay, localDate } from '../lib/time';
import type { Item, ProgramView, ViewInput } from './item';

const LOCALE = 'en-GB';
/** A shallow copy without inline styles: styles are set through CSSOM, which the CSP allows. */
const clone = <T extends Element>(el: T) => {
  const copy = el.cloneNode(false) as T;
  copy.removeAttribute('style');
  return copy;
};

/** Rows and columns of a day's grid, set through CSSOM (no style attribute, so the CSP holds). */
function template(el: HTMLElement, layout: DayLayout) {
  el.style.gridTemplateColumns = gridTemplateColumns(layout, '3.5rem');
  el.style.gridTemplateRows = `var(--head) repeat(${layout.rows}, var(--slot))`;
}

export class GridView implements ProgramView {
  private layouts: DayLayout[] = [];
  private sections = new Map<string, HTMLElement>();
  private tpl: Record<
    'section' | 'h2' | 'table' | 'scaffold' | 'head' | 'tick' | 'gap' | 'now' | 'ol' | 'tabLi' | 'tab',
    HTMLElement
  >;
  private current?: string;

  constructor(
    private root: HTMLElement,
    private items: Item[],
    private rooms: Room[],
    private onDay: (day: string) => void,
  ) {
    const s = root.querySelector<HTMLElement>('.grid-day')!;
    const tab = root.querySelector<HTMLElement>('[data-tabs] a')!;
    this.tpl = {
      section: clone(s),
      h2: clone(s.querySelector('h2')!),
      table: clone(s.querySelector<HTMLElement>('.timetable')!),
      scaffold: clone(s.querySelector<HTMLElement>('.scaffold')!),
      head: clone(s.querySelector<HTMLElement>('.room-head')!),
      tick: clone(s.querySelector<HTMLElement>('.tick')!),
      now: clone(s.querySelector<HTMLElement>('[data-now-line]')!),
      gap: Object.assign(document.createElement('div'), { className: 'gap' }),
      ol: clone(s.querySelector<HTMLElement>('.slots')!),
      tabLi: clone(tab.parentElement!),
      tab: clone(tab),
    };
    this.daysEl.classList.add('js');
    root.querySelector('[data-tabs]')!.addEventListener('click', (e) => {
      const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-day]');
      if (!a) return;
      e.preventDefault();
      this.onDay(a.dataset.day!);
    });
    root.addEventListener('keydown', (e) => this.arrows(e));
  }

  private get daysEl() {
    return this.root.querySelector<HTMLElement>('[data-grid-days]')!;
  }

  regroup(zone: string) {
    this.layouts = layoutDays(this.items, this.rooms, zone);
    const bySlug = new Map(this.items.map((i) => [i.slug, i]));
    this.sections.clear();
    const sections = this.layouts.map((layout) => {
      const section = clone(this.tpl.section);
      section.id = `day-${layout.date}`;
      section.dataset.date = layout.date;
      const h2 = clone(this.tpl.h2);
      h2.id = `gd-${layout.date}`;
      h2.textContent = formatDay(layout.date, LOCALE);
      section.setAttribute('aria-labelledby', h2.id);
      const scaffold = clone(this.tpl.scaffold);
      template(scaffold, layout);
      for (const c of layout.columns) {
        const head = clone(this.tpl.head);
        head.style.gridColumn = columnPlacement(c);
        head.style.gridRow = '1';
        head.textContent = c.room.name;
        scaffold.append(head);
      }
      for (const t of layout.ticks) {
        const tick = clone(this.tpl.tick);
        tick.className = t.minute % 60 === 0 ? 'tick hour' : 'tick';
        tick.style.gridRow = String(t.row + 1);
        tick.textContent = t.label;
        scaffold.append(tick);
      }
      for (const b of layout.breaks) {
        const gap = clone(this.tpl.gap);
        gap.style.gridRow = `${b.rowStart + 1} / ${b.rowEnd + 1}`;
        gap.textContent = `No sessions ${b.startLabel}–${b.endLabel}`;
        scaffold.append(gap);
      }
      const now = clone(this.tpl.now);
      now.hidden = true;
      scaffold.append(now);
      const ol = clone(this.tpl.ol);
      template(ol, layout);
      for (const gi of layout.items) {
        const item = bySlug.get(gi.slug);
        if (!item) continue;
        // A session that crosses midnight appears on both days; the DOM node lives on its start day.
        if (gi.continuesFromPreviousDay) continue;
        const p = gridPlacement(gi, { rowOffset: 1 });
        item.li.style.gridRow = p.gridRow;
        item.li.style.gridColumn = p.gridColumn;
        item.li.dataset.col = String(gi.column);
        ol.append(item.li);
      }
      const table = clone(this.tpl.table);
      table.append(scaffold, ol);
      section.append(h2, table);
      this.sections.set(layout.date, section);
      return section;
    });
    this.daysEl.replaceChildren(...sections);
    const tabs = this.layouts.map((l) => {
      const li = clone(this.tpl.tabLi);
      const a = clone(this.tpl.tab) as HTMLAnchorElement;
      a.href = `#day-${l.date}`;
      a.dataset.day = l.date;
      a.textContent = formatDay(l.date, LOCALE, 'short');
      li.append(a);
      return li;
    });
    this.root.querySelector('[data-tabs] ul')!.replaceChildren(...tabs);
  }

  show({ visible, zone, day, now }: ViewInput) {
    const shown = new Set(visible.map((i) => i.slug));
    for (const item of this.items) item.li.hidden = !shown.has(item.slug);
    const counts = new Map(groupByDay(visible, zone).map((d) => [d.date, d.sessions.length]));
    // Choose among the days that show something, so a filter never lands on an empty day.
    const all = this.layouts.map((l) => l.date);
    const busy = all.filter((d) => counts.get(d));
    const days = busy.length ? busy : all;
    this.current = chooseDay(days, zone, { requested: day, now });
    for (const [date, section] of this.sections) {
      section.toggleAttribute('data-current', date === this.current);
      const layout = this.layouts.find((l) => l.date === date)!;
      const line = section.querySelector<HTMLElement>('[data-now-line]')!;
      const row = nowPosition(layout, now, zone);
      line.hidden = row === null;
      if (row !== null) line.style.setProperty('--now-row', String(row));
    }
    for (const a of this.root.querySelectorAll<HTMLAnchorElement>('[data-tabs] a[data-day]')) {
      const n = counts.get(a.dataset.day!) ?? 0;
      a.setAttribute('aria-current', String(a.dataset.day === this.current));
      a.textContent = `${formatDay(a.dataset.day!, LOCALE, 'short')} (${n})`;
    }
    return this.current;
  }

  jumpTo(now: number, zone: string) {
    const day = localDate(now, zone);
    if (!this.sections.has(day)) return undefined;
    this.onDay(day);
    const line = this.sections.get(day)!.querySelector<HTMLElement>('[data-now-line]:not([hidden])');
    (line ?? this.sections.get(day))!.scrollIntoView({ block: 'center' });
    return day;
  }

  /** Arrow keys move between sessions: up/down in time order, left/right to the nearest session in the next column. */
  private arrows(e: KeyboardEvent) {
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key)) return;
    const from = (e.target as Element).closest<HTMLElement>('.slot');
    if (!from || !(e.target as Element).matches('.title a')) return;
    const slots = [...from.parentElement!.querySelectorAll<HTMLElement>('.slot:not([hidden])')];
    const i = slots.indexOf(from);
    let to: HTMLElement | undefined;
    if (e.key === 'ArrowDown') to = slots[i + 1];
    else if (e.key === 'ArrowUp') to = slots[i - 1];
    else {
      const col = Number(from.dataset.col) + (e.key === 'ArrowRight' ? 1 : -1);
      const top = from.getBoundingClientRect().top;
      to = slots
        .filter((s) => Number(s.dataset.col) === col)
        .sort(
          (a, b) => Math.abs(a.getBoundingClientRect().top - top) - Math.abs(b.getBoundingClientRect().top - top),
        )[0];
    }
    if (!to) return;
    e.preventDefault();
    to.querySelector<HTMLElement>('.title a')?.focus();
  }
}
