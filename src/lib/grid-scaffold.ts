/**
 * The timetable's scaffold for one day, as markup nodes: the corner, room heads, time lines with
 * their labels, the "No sessions" bands of collapsed stretches and the now line. Built by the server
 * for the event's zone and by the island for the viewer's, from the same function.
 */
import type { Translator } from './i18n';
import { columnPlacement, gridTemplateColumns, type DayLayout } from './grid';
import { h, type VNode } from './vnode';

/** The CSS grid template of a day: the time column, the rooms (never narrower than --col), the rows. */
export function dayTemplate(layout: Pick<DayLayout, 'columns' | 'rows'>): Record<string, string> {
  return {
    'grid-template-columns': gridTemplateColumns(layout, 'var(--time)', 'var(--col)'),
    'grid-template-rows': layout.rows ? `var(--head) repeat(${layout.rows}, var(--slot))` : 'var(--head)',
  };
}

export function dayScaffold(layout: DayLayout, t: Translator): VNode {
  return h(
    'div',
    { class: 'scaffold', 'aria-hidden': 'true', 'data-scaffold': '' },
    dayTemplate(layout),
    h('div', { class: 'corner' }),
    // Behind the time labels, full height: cards scrolled sideways pass under it, not through it.
    h('div', { class: 'time-col' }),
    ...layout.columns.map((c) =>
      h('div', { class: 'room-head' }, { 'grid-column': columnPlacement(c), 'grid-row': '1' }, c.room.name),
    ),
    ...layout.ticks.flatMap((tk) => [
      h('div', { class: tk.minute % 60 === 0 ? 'tick hour' : 'tick' }, { 'grid-row': String(tk.row + 1) }),
      h('div', { class: 'tick-label' }, { 'grid-row': String(tk.row + 1) }, tk.label),
    ]),
    ...layout.breaks.map((b) =>
      h(
        'div',
        { class: 'gap' },
        { 'grid-row': `${b.rowStart + 1} / ${b.rowEnd + 1}` },
        t('grid.break', { from: b.startLabel, to: b.endLabel }),
      ),
    ),
    h('div', { class: 'now-line', 'data-now-line': '', hidden: '' }),
  );
}

/**
 * A whole day of the timetable around its sessions: the section, its heading, the scrolling frame,
 * the scaffold and the list the sessions go in (at the `#slot` node).
 */
export function gridDayNode(layout: DayLayout, heading: string, t: Translator): VNode {
  return h(
    'section',
    { class: 'grid-day', id: `day-${layout.date}`, 'data-date': layout.date, 'aria-labelledby': `gd-${layout.date}` },
    undefined,
    h('h2', { id: `gd-${layout.date}`, class: 'grid-day-title' }, undefined, heading),
    // A named <section> is a region landmark: the frame scrolls, so it takes focus for the keyboard.
    h(
      'section',
      {
        class: 'frame',
        tabindex: '0',
        'aria-label': t('grid.region', { day: heading }),
        'data-frame': '',
      },
      undefined,
      h(
        'div',
        { class: 'timetable', 'data-rooms': String(layout.columns.length) },
        undefined,
        dayScaffold(layout, t),
        h('ol', { class: 'slots', 'data-slots': '' }, dayTemplate(layout), h('#slot')),
      ),
    ),
  );
}
