import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-Hans.json';
import { dayScaffold, dayTemplate, gridDayNode } from '../../src/lib/grid-scaffold';
import { layoutDay } from '../../src/lib/grid';
import { createTranslator } from '../../src/lib/i18n';
import { h, styleText, type VNode } from '../../src/lib/vnode';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const tEn = createTranslator('en', en);
const tZh = createTranslator('zh-Hans', zh);

/** Every node of a tree, depth first. */
const walk = (node: VNode): VNode[] => [node, ...(node.children ?? []).flatMap(walk)];
const withClass = (root: VNode, name: string) =>
  walk(root).filter((n) => (n.attrs?.class ?? '').split(' ').includes(name));

const neutral = loadProgram(NEUTRAL_CONTENT);
/** Saturday in Berlin, days from 04:00: three rooms (room C with two lanes), one break 12:30–23:30. */
const LAYOUT = layoutDay(neutral.sessions, neutral.rooms, 'Europe/Berlin', '2023-03-25', { dayChange: 240 });

describe('h and styleText', () => {
  it('makes a node of a tag, attributes, style, text and children', () => {
    expect(h('div')).toEqual({ tag: 'div', attrs: {} });
    expect(h('p', { class: 'x' }, { 'grid-row': '2' }, 'a', 'b')).toEqual({
      tag: 'p',
      attrs: { class: 'x' },
      style: { 'grid-row': '2' },
      text: 'ab',
    });
    const child = h('span', { id: 'c' });
    expect(h('li', undefined, undefined, child, 'text')).toEqual({
      tag: 'li',
      attrs: {},
      text: 'text',
      children: [child],
    });
    expect(h('i', {}, undefined, '')).toEqual({ tag: 'i', attrs: {} });
  });
  it('writes a style record as an attribute value', () => {
    expect(styleText({ 'grid-row': '2', 'grid-column': '1 / -1' })).toBe('grid-row: 2; grid-column: 1 / -1');
    expect(styleText({})).toBe('');
  });
});

describe('dayTemplate', () => {
  it('gives the time column, a column per room (lanes sharing it) and the rows', () => {
    expect(LAYOUT.columns.map((c) => [c.room.slug, c.lanes])).toEqual([
      ['hall-a', 1],
      ['room-b', 1],
      ['room-c', 2],
    ]);
    expect(dayTemplate(LAYOUT)).toEqual({
      'grid-template-columns':
        'var(--time) minmax(var(--col), 1fr) minmax(var(--col), 1fr) repeat(2, minmax(calc(var(--col) / 2), 0.5fr))',
      'grid-template-rows': `var(--head) repeat(${LAYOUT.rows}, var(--slot))`,
    });
  });
});

describe('dayScaffold', () => {
  const scaffold = dayScaffold(LAYOUT, tEn);

  it('is hidden from assistive technology and marked for the island', () => {
    expect(scaffold.tag).toBe('div');
    expect(scaffold.attrs).toEqual({ class: 'scaffold', 'aria-hidden': 'true', 'data-scaffold': '' });
    expect(scaffold.style).toEqual(dayTemplate(LAYOUT));
    expect(withClass(scaffold, 'corner')).toHaveLength(1);
  });

  it('has one head per column, over all of its lanes, in the first row', () => {
    const heads = withClass(scaffold, 'room-head');
    expect(heads.map((n) => n.text)).toEqual(['Hall A', 'Room B', 'Room C']);
    // Time column is line 1–2; room C's two lanes are tracks 2 and 3, lines 4 to 6.
    expect(heads.map((n) => n.style)).toEqual([
      { 'grid-column': '2 / 3', 'grid-row': '1' },
      { 'grid-column': '3 / 4', 'grid-row': '1' },
      { 'grid-column': '4 / 6', 'grid-row': '1' },
    ]);
  });

  it('has a line and a label per tick, a row below the head row', () => {
    const lines = withClass(scaffold, 'tick');
    const labels = withClass(scaffold, 'tick-label');
    expect(LAYOUT.ticks.length).toBeGreaterThan(5);
    expect(lines).toHaveLength(LAYOUT.ticks.length);
    expect(labels.map((n) => n.text)).toEqual(LAYOUT.ticks.map((tk) => tk.label));
    expect(labels.map((n) => n.style)).toEqual(LAYOUT.ticks.map((tk) => ({ 'grid-row': String(tk.row + 1) })));
    expect(lines.map((n) => n.style)).toEqual(LAYOUT.ticks.map((tk) => ({ 'grid-row': String(tk.row + 1) })));
    // Full hours are marked.
    expect(lines.map((n) => n.attrs?.class)).toEqual(
      LAYOUT.ticks.map((tk) => (tk.label.endsWith(':00') ? 'tick hour' : 'tick')),
    );
    expect(labels[0].text).toBe('09:00');
  });

  it('has a gap per break that says, translated, what is left out', () => {
    expect(LAYOUT.breaks).toHaveLength(1);
    const [b] = LAYOUT.breaks;
    const gaps = withClass(scaffold, 'gap');
    expect(gaps).toEqual([
      {
        tag: 'div',
        attrs: { class: 'gap' },
        style: { 'grid-row': `${b.rowStart + 1} / ${b.rowEnd + 1}` },
        text: 'No sessions 12:30–23:30',
      },
    ]);
    expect(withClass(dayScaffold(LAYOUT, tZh), 'gap')[0].text).toBe('12:30–23:30 无安排');
  });

  it('ends with one now line, hidden until the island places it', () => {
    const now = withClass(scaffold, 'now-line');
    expect(now).toHaveLength(1);
    expect(now[0].attrs).toEqual({ class: 'now-line', 'data-now-line': '', hidden: '' });
    expect(scaffold.children?.at(-1)).toBe(now[0]);
  });

  it('is only a corner, the time column and a now line for a day without sessions', () => {
    const empty = dayScaffold(layoutDay([], [], 'UTC', '2022-04-25'), tEn);
    expect(empty.children?.map((n) => n.attrs?.class)).toEqual(['corner', 'time-col', 'now-line']);
  });
});

describe('gridDayNode', () => {
  const node = gridDayNode(LAYOUT, 'Saturday 25 March 2023', tEn);

  it('is a section for the day, labelled by its heading', () => {
    expect(node.tag).toBe('section');
    expect(node.attrs).toEqual({
      class: 'grid-day',
      id: 'day-2023-03-25',
      'data-date': '2023-03-25',
      'aria-labelledby': 'gd-2023-03-25',
    });
    const heading = walk(node).find((n) => n.tag === 'h2')!;
    expect(heading).toEqual({
      tag: 'h2',
      attrs: { id: 'gd-2023-03-25', class: 'grid-day-title' },
      text: 'Saturday 25 March 2023',
    });
  });

  it('scrolls in a focusable region (a named section) in the interface language', () => {
    const [frame] = withClass(node, 'frame');
    expect(frame.tag).toBe('section');
    expect(frame.attrs).toMatchObject({ tabindex: '0', 'data-frame': '' });
    expect(frame.attrs?.['aria-label']).toBe('Saturday 25 March 2023: rooms side by side, scroll sideways for more');
    const zhFrame = withClass(gridDayNode(LAYOUT, '2023年3月25日 星期六', tZh), 'frame')[0];
    expect(zhFrame.attrs?.['aria-label']).toBe('2023年3月25日 星期六：各会场并排，左右滚动查看更多');
    expect(withClass(node, 'timetable')[0].attrs).toMatchObject({ 'data-rooms': '3' });
  });

  it('holds the scaffold and the list the sessions go in, at the #slot node', () => {
    const [timetable] = withClass(node, 'timetable');
    expect(timetable.children?.map((n) => n.tag)).toEqual(['div', 'ol']);
    expect(timetable.children?.[0]).toEqual(dayScaffold(LAYOUT, tEn));
    const list = timetable.children![1];
    expect(list.attrs).toEqual({ class: 'slots', 'data-slots': '' });
    expect(list.style).toEqual(dayTemplate(LAYOUT));
    expect(list.children).toEqual([{ tag: '#slot', attrs: {} }]);
    expect(walk(node).filter((n) => n.tag === '#slot')).toHaveLength(1);
  });
});
