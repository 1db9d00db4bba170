import { describe, expect, it } from 'vitest';
import {
  isShort,
  SHORT_ROWS,
  chooseDay,
  columnPlacement,
  dayBounds,
  gridDays,
  gridPlacement,
  gridTemplateColumns,
  layoutDay,
  layoutDays,
  nowPosition,
  type DayLayout,
  type GridOptions,
} from '../../src/lib/grid';
import { groupByDay, overlaps, type Timed } from '../../src/lib/schedule';
import { localTime } from '../../src/lib/time';
import { DEFAULT_CONTENT, loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

/** The real program (IstioCon): its facts are the point of the expectations that name its sessions. */
const { rooms: ROOMS, sessions: PROGRAM } = loadProgram(DEFAULT_CONTENT);

const bySlug = (layout: DayLayout, slug: string) => {
  const item = layout.items.find((i) => i.slug === slug);
  if (!item) throw new Error(`${slug} is not on ${layout.date} in ${layout.zone}`);
  return item;
};
const span = (layout: DayLayout, slug: string) => bySlug(layout, slug).rowEnd - bySlug(layout, slug).rowStart;

/** mulberry32: a seeded PRNG so the random programs are the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const session = (slug: string, start: string, end: string, room = 'livestream'): Timed => ({ slug, start, end, room });

/** Every invariant a layout must keep, whatever the program. */
function checkLayout(layout: DayLayout, sessions: readonly Timed[]) {
  const problems: string[] = [];
  const fail = (slug: string, what: string) => problems.push(`${layout.date} ${layout.zone} ${slug}: ${what}`);
  const info = new Map(sessions.map((s) => [s.slug, s]));
  const slot = layout.slotMinutes * 60_000;
  const cells = new Map<string, string>();
  for (const item of layout.items) {
    const column = layout.columns[item.column];
    if (item.rowStart < 1 || item.rowEnd <= item.rowStart || item.rowEnd > layout.rows + 1) fail(item.slug, 'rows');
    if (item.lane >= item.lanes || item.lanes > column.lanes) fail(item.slug, 'lanes');
    if (item.trackStart < column.trackStart || item.trackEnd > column.trackEnd || item.trackEnd <= item.trackStart)
      fail(item.slug, 'tracks outside its room');
    if (info.get(item.slug)?.room !== column.room.slug && column.known) fail(item.slug, 'in another room’s column');
    // Proportional: a session on the slot grid spans exactly its duration in rows.
    const [start, end] = [Date.parse(item.start), Date.parse(item.end)];
    const clipped = item.continuesFromPreviousDay || item.continuesToNextDay;
    if (!clipped && end > start && (start - Date.parse(layout.start)) % slot === 0 && (end - start) % slot === 0)
      if (item.rowEnd - item.rowStart !== (end - start) / slot) fail(item.slug, 'span not proportional');
    for (let r = item.rowStart; r < item.rowEnd; r++)
      for (let t = item.trackStart; t < item.trackEnd; t++) {
        const other = cells.get(`${r}:${t}`);
        if (other) fail(item.slug, `shares row ${r}, track ${t} with ${other}`);
        cells.set(`${r}:${t}`, item.slug);
      }
  }
  // Sessions overlapping in time in one room sit in different lanes.
  const byColumn = new Map<number, DayLayout['items']>();
  for (const item of layout.items) {
    if (!byColumn.has(item.column)) byColumn.set(item.column, []);
    byColumn.get(item.column)!.push(item);
  }
  for (const items of byColumn.values()) {
    const sorted = [...items].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length && Date.parse(sorted[j].start) <= Date.parse(sorted[i].end); j++)
        if (overlaps(info.get(sorted[i].slug)!, info.get(sorted[j].slug)!) && sorted[i].lane === sorted[j].lane)
          fail(sorted[i].slug, `same lane as overlapping ${sorted[j].slug}`);
  }
  if (layout.tracks !== layout.columns.reduce((n, c) => n + c.lanes, 0)) fail('-', 'tracks');
  checkBreaks(layout, fail);
  expect(problems).toEqual([]);
}

/** Collapsed stretches: clear of items and ticks, in order, counted in `rows`, and mapped by nowPosition. */
function checkBreaks(layout: DayLayout, fail: (slug: string, what: string) => void) {
  const slot = layout.slotMinutes * 60_000;
  const now = (at: string) => nowPosition(layout, at, layout.zone);
  let removed = 0;
  layout.breaks.forEach((b, i) => {
    const what = `break ${b.startLabel}–${b.endLabel}`;
    const [start, end] = [Date.parse(b.start), Date.parse(b.end)];
    if (b.rowStart <= (i ? layout.breaks[i - 1].rowEnd : 1) || b.rowEnd <= b.rowStart || b.rowEnd > layout.rows)
      fail(what, 'rows out of order or at an edge');
    if (b.rowEnd - b.rowStart !== layout.breaks[0].rowEnd - layout.breaks[0].rowStart) fail(what, 'height');
    if (start < Date.parse(layout.start) || end <= start || end >= Date.parse(layout.end)) fail(what, 'instants');
    if (b.startLabel !== localTime(start, layout.zone) || b.endLabel !== localTime(end, layout.zone))
      fail(what, 'labels');
    if (now(b.start) !== b.rowStart || now(b.end) !== b.rowEnd) fail(what, 'now at its edges');
    const middle = now(new Date((start + end) / 2).toISOString())!;
    if (!(middle > b.rowStart && middle < b.rowEnd)) fail(what, 'now inside it');
    removed += (end - start) / slot - (b.rowEnd - b.rowStart);
    for (const item of layout.items) {
      if (item.rowStart < b.rowEnd && b.rowStart < item.rowEnd) fail(item.slug, `intersects ${what}`);
      if (Date.parse(item.start) < end && start < Date.parse(item.end)) fail(item.slug, `runs during ${what}`);
    }
    for (const tick of layout.ticks)
      if (tick.row >= b.rowStart && tick.row < b.rowEnd) fail(tick.label, `tick in ${what}`);
  });
  // Breaks give back their rows: the window is ceil(window / slot) rows at full height (or one
  // more, when a slot that does not divide roundMinutes pushes the last item past the window).
  const full = Math.ceil((Date.parse(layout.end) - Date.parse(layout.start)) / slot);
  const lastEnd = layout.items.reduce((n, item) => Math.max(n, item.rowEnd), 1);
  if (layout.items.length && layout.rows + removed !== full && lastEnd !== layout.rows + 1) fail('-', 'rows');
  for (let i = 1; i < layout.ticks.length; i++)
    if (layout.ticks[i].row <= layout.ticks[i - 1].row) fail(layout.ticks[i].label, 'ticks out of order');
  // The now line at a session's start is on its first row (inside it when the start is off the slot grid).
  for (const item of layout.items) {
    if (item.continuesFromPreviousDay) continue;
    const at = now(item.start);
    if (at === null || at < item.rowStart || at >= item.rowStart + 1) fail(item.slug, `now at its start: ${at}`);
  }
}

describe('the real program in UTC', () => {
  const day = layoutDay(PROGRAM, ROOMS, 'UTC', '2022-04-25');

  it('trims the window to the day’s sessions, rounded to the half hour', () => {
    expect(day).toMatchObject({
      start: '2022-04-25T15:00:00Z',
      end: '2022-04-25T20:30:00Z',
      startMinute: 900,
      endMinute: 1230,
    });
    expect(day).toMatchObject({ startLabel: '15:00', endLabel: '20:30', slotMinutes: 5, rows: 66 });
    expect(day.ticks.map((t) => t.label).slice(0, 3)).toEqual(['15:00', '15:30', '16:00']);
    expect(day.ticks[1]).toEqual({ row: 7, label: '15:30', minute: 930 });
    expect(day.ticks).toHaveLength(11);
  });

  it('spans rows in proportion to duration', () => {
    expect(span(day, 'istio-0-to-60-workshop')).toBe(30); // 150 minutes
    expect(span(day, 'state-istio')).toBe(5); // 25 minutes
    const tuesday = layoutDay(PROGRAM, ROOMS, 'UTC', '2022-04-26');
    expect(span(tuesday, 'tcpip-bypass-ebpf')).toBe(2); // a 10-minute lightning talk
    expect(bySlug(day, 'state-istio')).toMatchObject({ rowStart: 1, startLabel: '15:00', endLabel: '15:25' });
    expect(bySlug(day, 'istio-0-to-60-workshop')).toMatchObject({ rowStart: 37, rowEnd: 67 });
  });

  it('puts parallel sessions side by side in their rooms’ columns', () => {
    expect(day.columns.map((c) => [c.room.slug, c.lanes, c.trackStart, c.trackEnd])).toEqual([
      ['livestream', 1, 0, 1],
      ['workshop', 1, 1, 2],
    ]);
    const workshop = bySlug(day, 'istio-0-to-60-workshop');
    const beside = day.items.filter(
      (i) => i.slug !== workshop.slug && i.rowStart < workshop.rowEnd && workshop.rowStart < i.rowEnd,
    );
    expect(beside.map((i) => i.slug)).toEqual([
      'lessons-learned-on-multi-tenancy-controls',
      'proxyless-grpc',
      'istio-at-splunk',
    ]);
    for (const i of beside) {
      expect(i.column).not.toBe(workshop.column);
      expect(i.lanes).toBe(1);
    }
    checkLayout(day, PROGRAM);
  });

  it('puts later sessions lower, on every day and in every zone', () => {
    for (const zone of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Asia/Kathmandu', 'Pacific/Chatham']) {
      for (const layout of layoutDays(PROGRAM, ROOMS, zone)) {
        checkLayout(layout, PROGRAM);
        for (let i = 1; i < layout.items.length; i++) {
          const [a, b] = [layout.items[i - 1], layout.items[i]];
          if (a.start < b.start) expect(b.rowStart).toBeGreaterThan(a.rowStart);
          else expect(b.rowStart).toBe(a.rowStart);
        }
      }
    }
  });

  it('places every session of the program exactly once when none crosses midnight', () => {
    const all = layoutDays(PROGRAM, ROOMS, 'UTC');
    expect(all.map((l) => l.date)).toEqual(['2022-04-25', '2022-04-26', '2022-04-27', '2022-04-28', '2022-04-29']);
    expect(all.flatMap((l) => l.items.map((i) => i.slug)).sort()).toEqual(PROGRAM.map((s) => s.slug).sort());
  });
});

describe('days follow the displayed zone', () => {
  const PANEL = 'ecosystem-outlook-from-china'; // 2022-04-26T01:15Z

  it('regroups a session onto another local date', () => {
    expect(bySlug(layoutDay(PROGRAM, ROOMS, 'America/Los_Angeles', '2022-04-25'), PANEL).startLabel).toBe('18:15');
    expect(layoutDay(PROGRAM, ROOMS, 'America/Los_Angeles', '2022-04-26').items.some((i) => i.slug === PANEL)).toBe(
      false,
    );
    expect(bySlug(layoutDay(PROGRAM, ROOMS, 'Asia/Shanghai', '2022-04-26'), PANEL).startLabel).toBe('09:15');
    expect(gridDays(PROGRAM, 'America/Los_Angeles')).toEqual([
      '2022-04-25',
      '2022-04-26',
      '2022-04-27',
      '2022-04-28',
      '2022-04-29',
    ]);
    expect(gridDays(PROGRAM, 'Asia/Shanghai')).toEqual([
      '2022-04-25',
      '2022-04-26',
      '2022-04-27',
      '2022-04-28',
      '2022-04-29',
      '2022-04-30',
    ]);
  });

  it('clips a session at local midnight and flags both halves', () => {
    // The 150-minute workshop is 23:30–02:00 in India.
    const monday = layoutDay(PROGRAM, ROOMS, 'Asia/Kolkata', '2022-04-25');
    const tuesday = layoutDay(PROGRAM, ROOMS, 'Asia/Kolkata', '2022-04-26');
    const before = bySlug(monday, 'istio-0-to-60-workshop');
    const after = bySlug(tuesday, 'istio-0-to-60-workshop');
    expect(monday).toMatchObject({ startLabel: '20:30', endLabel: '00:00', end: '2022-04-25T18:30:00Z' });
    expect(before).toMatchObject({
      rowEnd: monday.rows + 1,
      continuesToNextDay: true,
      continuesFromPreviousDay: false,
    });
    expect(before.rowEnd - before.rowStart).toBe(6); // 23:30–24:00
    expect(after).toMatchObject({ rowStart: 1, rowEnd: 25, continuesFromPreviousDay: true, continuesToNextDay: false });
    expect([after.startLabel, after.endLabel]).toEqual(['23:30', '02:00']);
    expect(tuesday.startLabel).toBe('00:00');
  });

  it('lists a day reached only by a session that runs past midnight', () => {
    const late = [session('late', '2022-04-25T22:00:00Z', '2022-04-26T01:00:00Z')];
    expect(gridDays(late, 'UTC')).toEqual(['2022-04-25', '2022-04-26']);
    expect(layoutDay(late, ROOMS, 'UTC', '2022-04-26')).toMatchObject({
      startLabel: '00:00',
      endLabel: '01:00',
      rows: 12,
    });
    // Ending exactly at midnight does not reach the next day.
    expect(gridDays([session('x', '2022-04-25T22:00:00Z', '2022-04-26T00:00:00Z')], 'UTC')).toEqual(['2022-04-25']);
  });

  it('labels half- and quarter-hour zones on their own clock', () => {
    const kathmandu = layoutDay(PROGRAM, ROOMS, 'Asia/Kathmandu', '2022-04-25'); // UTC+5:45
    expect(kathmandu).toMatchObject({ startLabel: '20:30', startMinute: 1230, endLabel: '00:00' });
    expect(bySlug(kathmandu, 'state-istio')).toMatchObject({
      startLabel: '20:45',
      endLabel: '21:10',
      rowStart: 4,
      rowEnd: 9,
    });
    expect(kathmandu.ticks.slice(0, 3).map((t) => t.label)).toEqual(['20:30', '21:00', '21:30']);
    const chatham = layoutDay(PROGRAM, ROOMS, 'Pacific/Chatham', '2022-04-26'); // UTC+12:45
    expect(bySlug(chatham, 'state-istio')).toMatchObject({ startLabel: '03:45', rowStart: 4 });
    expect(chatham.startLabel).toBe('03:30');
    expect(bySlug(chatham, PANEL).startLabel).toBe('14:00');
  });
});

describe('DST days', () => {
  it('measures a 23-hour and a 25-hour local day', () => {
    const spring = dayBounds('2022-03-13', 'America/Los_Angeles');
    expect((spring.end - spring.start) / 3_600_000).toBe(23);
    const autumn = dayBounds('2022-10-30', 'Europe/Berlin');
    expect((autumn.end - autumn.start) / 3_600_000).toBe(25);
    expect(new Date(autumn.start).toISOString()).toBe('2022-10-29T22:00:00.000Z');
  });

  it('finds the start of a day whose midnight does not exist', () => {
    // Chile moved its clocks from 00:00 to 01:00 on 2022-09-11.
    const { start } = dayBounds('2022-09-11', 'America/Santiago');
    expect(new Date(start).toISOString()).toBe('2022-09-11T04:00:00.000Z');
  });

  it('positions by elapsed time when the clocks spring forward', () => {
    const sessions = [
      session('before', '2022-03-13T09:00:00Z', '2022-03-13T09:55:00Z'), // 01:00–01:55 PST
      session('across', '2022-03-13T09:30:00Z', '2022-03-13T10:30:00Z', 'workshop'), // 01:30 PST – 03:30 PDT
      session('after', '2022-03-13T10:00:00Z', '2022-03-13T10:30:00Z'), // 03:00–03:30 PDT
    ];
    const day = layoutDay(sessions, ROOMS, 'America/Los_Angeles', '2022-03-13');
    expect(day).toMatchObject({ startLabel: '01:00', endLabel: '03:30', rows: 18, startMinute: 60, endMinute: 150 });
    expect(span(day, 'across')).toBe(12); // one real hour, not two wall-clock hours
    expect(bySlug(day, 'after').rowStart).toBe(13);
    expect(bySlug(day, 'across')).toMatchObject({ startLabel: '01:30', endLabel: '03:30' });
    expect(day.ticks.map((t) => t.label)).toEqual(['01:00', '01:30', '03:00']);
    checkLayout(day, sessions);
  });

  it('positions by elapsed time when the clocks fall back', () => {
    const sessions = [
      session('first-0230', '2022-10-30T00:30:00Z', '2022-10-30T01:00:00Z'), // 02:30–03:00 CEST
      session('second-0230', '2022-10-30T01:30:00Z', '2022-10-30T02:00:00Z'), // 02:30–03:00 CET
    ];
    const day = layoutDay(sessions, ROOMS, 'Europe/Berlin', '2022-10-30');
    expect(day).toMatchObject({ startLabel: '02:30', endLabel: '03:00', rows: 18 });
    expect(day.ticks.map((t) => t.label)).toEqual(['02:30', '02:00', '02:30']);
    expect(bySlug(day, 'first-0230')).toMatchObject({ rowStart: 1, rowEnd: 7, startLabel: '02:30' });
    expect(bySlug(day, 'second-0230')).toMatchObject({ rowStart: 13, rowEnd: 19, startLabel: '02:30' });
    expect(bySlug(day, 'second-0230').lane).toBe(0);
  });
});

describe('lanes in one room', () => {
  it('gives overlapping sessions separate lanes and reuses a lane once free', () => {
    const sessions = [
      session('a', '2022-04-25T10:00:00Z', '2022-04-25T11:00:00Z'),
      session('b', '2022-04-25T10:30:00Z', '2022-04-25T11:30:00Z'),
      session('c', '2022-04-25T11:00:00Z', '2022-04-25T12:00:00Z'),
      session('d', '2022-04-25T12:00:00Z', '2022-04-25T12:30:00Z'),
      session('w', '2022-04-25T10:00:00Z', '2022-04-25T12:30:00Z', 'workshop'),
    ];
    const day = layoutDay(sessions, ROOMS, 'UTC', '2022-04-25');
    const lane = (slug: string) => [bySlug(day, slug).lane, bySlug(day, slug).lanes];
    expect([lane('a'), lane('b'), lane('c'), lane('d'), lane('w')]).toEqual([
      [0, 2],
      [1, 2],
      [0, 2],
      [0, 1],
      [0, 1],
    ]);
    expect(day.columns.map((c) => [c.lanes, c.trackStart, c.trackEnd])).toEqual([
      [2, 0, 2],
      [1, 2, 3],
    ]);
    expect([bySlug(day, 'a').trackStart, bySlug(day, 'a').trackEnd]).toEqual([0, 1]);
    expect([bySlug(day, 'd').trackStart, bySlug(day, 'd').trackEnd]).toEqual([0, 2]); // alone: the full room
    checkLayout(day, sessions);
  });

  it('shares lanes of a wide room fairly in a narrower cluster', () => {
    const at = (h: number, m: number) => `2022-04-25T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;
    const sessions = [
      session('x1', at(10, 0), at(11, 0)),
      session('x2', at(10, 0), at(11, 0)),
      session('x3', at(10, 0), at(11, 0)),
      session('y1', at(12, 0), at(13, 0)),
      session('y2', at(12, 0), at(13, 0)),
    ];
    const day = layoutDay(sessions, ROOMS, 'UTC', '2022-04-25');
    expect(day.columns[0].lanes).toBe(3);
    expect(['y1', 'y2'].map((s) => [bySlug(day, s).trackStart, bySlug(day, s).trackEnd])).toEqual([
      [0, 1],
      [1, 3],
    ]);
  });

  it('splits sessions that share a slot even without sharing a minute', () => {
    const apart = [
      session('p', '2022-04-25T10:00:00Z', '2022-04-25T10:12:00Z'),
      session('q', '2022-04-25T10:12:00Z', '2022-04-25T10:20:00Z'),
    ];
    const day = layoutDay(apart, ROOMS, 'UTC', '2022-04-25');
    expect([bySlug(day, 'p').lane, bySlug(day, 'q').lane]).toEqual([0, 1]);
    expect(layoutDay(apart, ROOMS, 'UTC', '2022-04-25', { slotMinutes: 1 }).columns[0].lanes).toBe(1);
    const touching = [
      session('p', '2022-04-25T10:00:00Z', '2022-04-25T10:10:00Z'),
      session('q', '2022-04-25T10:10:00Z', '2022-04-25T10:20:00Z'),
    ];
    expect(layoutDay(touching, ROOMS, 'UTC', '2022-04-25').columns[0].lanes).toBe(1);
  });

  it('gives a zero-length session one row', () => {
    const day = layoutDay([session('z', '2022-04-25T10:00:00Z', '2022-04-25T10:00:00Z')], ROOMS, 'UTC', '2022-04-25');
    expect(bySlug(day, 'z')).toMatchObject({ rowStart: 1, rowEnd: 2 });
    expect(day).toMatchObject({ startLabel: '10:00', endLabel: '10:30', rows: 6 });
  });
});

describe('rooms', () => {
  it('orders columns by room order and keeps unknown rooms at the end', () => {
    const sessions = [
      session('u', '2022-04-25T10:00:00Z', '2022-04-25T11:00:00Z', 'zoom-2'),
      { slug: 'none', start: '2022-04-25T10:00:00Z', end: '2022-04-25T11:00:00Z' },
      session('w', '2022-04-25T10:00:00Z', '2022-04-25T11:00:00Z', 'workshop'),
      session('l', '2022-04-25T10:00:00Z', '2022-04-25T11:00:00Z', 'livestream'),
    ];
    const reversed = [...ROOMS].reverse();
    const day = layoutDay(sessions, reversed, 'UTC', '2022-04-25');
    expect(day.columns.map((c) => [c.room.slug, c.known])).toEqual([
      ['livestream', true],
      ['workshop', true],
      ['', false],
      ['zoom-2', false],
    ]);
    expect(day.items.map((i) => [i.slug, i.column])).toEqual([
      ['l', 0],
      ['none', 2],
      ['u', 3],
      ['w', 1],
    ]);
  });

  it('leaves out rooms without sessions that day', () => {
    expect(layoutDay(PROGRAM, ROOMS, 'UTC', '2022-04-29').columns.map((c) => c.room.slug)).toEqual(['livestream']);
  });
});

describe('randomized programs (seeded)', () => {
  const ZONES = [
    'UTC',
    'Asia/Kathmandu',
    'America/Los_Angeles',
    'Europe/Berlin',
    'Pacific/Chatham',
    'Australia/Lord_Howe',
  ];

  function randomProgram(seed: number, n: number, days: number): Timed[] {
    const random = prng(seed);
    const base = Date.parse('2022-03-12T00:00:00Z'); // spans LA's and Lord Howe's DST changes
    const rooms = ['livestream', 'workshop', 'hall-c', 'extra'];
    return Array.from({ length: n }, (_, i) => {
      const aligned = random() < 0.7;
      const start = base + Math.floor((random() * days * 1440) / (aligned ? 5 : 1)) * (aligned ? 5 : 1) * 60_000;
      const minutes = [0, 10, 25, 35, 150, 7, 61, 600][Math.floor(random() * 8)];
      return {
        slug: `s${i}`,
        start: new Date(start).toISOString(),
        end: new Date(start + minutes * 60_000).toISOString(),
        room: rooms[Math.floor(random() * rooms.length)],
        order: i,
      };
    });
  }

  it.each(ZONES)('keeps every invariant in %s', (zone) => {
    const program = randomProgram(zone.length * 7919, 600, 4);
    const layouts = layoutDays(program, ROOMS, zone);
    expect(layouts.map((l) => l.date)).toEqual(gridDays(program, zone));
    const placed = new Map<string, string[]>();
    for (const layout of layouts) {
      expect(layout.items.length).toBeGreaterThan(0);
      checkLayout(layout, program);
      for (const item of layout.items) placed.set(item.slug, [...(placed.get(item.slug) ?? []), layout.date]);
    }
    // Each session is on its start day (as the list groups it), once per day it touches.
    for (const group of groupByDay(program, zone))
      for (const s of group.sessions) expect(placed.get(s.slug)?.[0]).toBe(group.date);
    for (const dates of placed.values()) expect(new Set(dates).size).toBe(dates.length);
  });

  it.each<[string, GridOptions]>([
    ['UTC', {}],
    ['America/Los_Angeles', { gapRows: 1 }],
    ['Australia/Lord_Howe', { maxGapMinutes: 0 }],
    ['Asia/Kathmandu', { slotMinutes: 7 }],
    ['Europe/Berlin', { slotMinutes: 10, roundMinutes: 60, gapRows: 3 }],
  ])('collapses the gaps of a sparse program in %s with %o', (zone, options) => {
    const program = randomProgram(zone.length * 31, 40, 4);
    const layouts = layoutDays(program, ROOMS, zone, options);
    const full = layoutDays(program, ROOMS, zone, { ...options, maxGapMinutes: Infinity });
    expect(layouts.some((l) => l.breaks.length)).toBe(true);
    // Breaks change rows only: the same items, lanes and tracks, each as many rows high, as at full height.
    const shape = (l: DayLayout) =>
      l.items.map(({ rowStart, rowEnd, ...rest }) => ({ ...rest, rows: rowEnd - rowStart }));
    layouts.forEach((layout, i) => {
      checkLayout(layout, program);
      expect(shape(layout)).toEqual(shape(full[i]));
      expect(layout.rows).toBeLessThanOrEqual(full[i].rows);
      for (let k = 1; k < layout.items.length; k++) {
        const [a, b] = [layout.items[k - 1], layout.items[k]];
        if (layout.breaks.some((br) => a.rowEnd <= br.rowStart && br.rowEnd <= b.rowStart))
          expect(b.rowStart).toBeGreaterThan(a.rowStart);
      }
    });
  });

  // Generous timeout: Intl is the cost, and the machine may be busy.
  it('lays out a 5,000-session program without a shared cell', { timeout: 30_000 }, () => {
    const program = randomProgram(2022, 5000, 10);
    const layouts = layoutDays(program, ROOMS, 'America/Los_Angeles');
    expect(layouts.reduce((n, l) => n + l.items.filter((i) => !i.continuesFromPreviousDay).length, 0)).toBe(5000);
    for (const layout of layouts) checkLayout(layout, program);
  });
});

describe('now', () => {
  const day = layoutDay(PROGRAM, ROOMS, 'UTC', '2022-04-25');

  it('gives the fractional row of the now line inside the window', () => {
    expect(nowPosition(day, '2022-04-25T15:00:00Z', 'UTC')).toBe(1);
    expect(nowPosition(day, '2022-04-25T15:30:00Z', 'UTC')).toBe(7);
    expect(nowPosition(day, Date.parse('2022-04-25T15:32:30Z'), 'UTC')).toBe(7.5);
    expect(nowPosition(day, new Date('2022-04-25T20:29:00Z'), 'UTC')).toBeCloseTo(66.8);
  });

  it('is null outside the window or on another local date', () => {
    expect(nowPosition(day, '2022-04-25T14:59:00Z', 'UTC')).toBeNull();
    expect(nowPosition(day, '2022-04-25T20:30:00Z', 'UTC')).toBeNull();
    expect(nowPosition(day, '2022-04-26T16:00:00Z', 'UTC')).toBeNull();
    expect(nowPosition(day, 'not a date', 'UTC')).toBeNull();
    const kolkata = layoutDay(PROGRAM, ROOMS, 'Asia/Kolkata', '2022-04-25');
    expect(nowPosition(kolkata, '2022-04-25T18:00:00Z', 'Asia/Kolkata')).toBe(1 + (3 * 60) / 5); // 23:30 IST
    expect(nowPosition(kolkata, '2022-04-25T16:00:00Z', 'Asia/Tokyo')).toBeNull(); // already the 26th in Tokyo
  });

  it('chooses the day to show', () => {
    const days = gridDays(PROGRAM, 'UTC');
    expect(chooseDay(days, 'UTC', { requested: '2022-04-27' })).toBe('2022-04-27');
    expect(chooseDay(days, 'UTC', { requested: '2022-05-01', now: '2022-04-26T12:00:00Z' })).toBe('2022-04-26');
    expect(chooseDay(days, 'Asia/Shanghai', { now: '2022-04-26T20:00:00Z' })).toBe('2022-04-27');
    expect(chooseDay(['2022-04-25', '2022-04-27'], 'UTC', { now: '2022-04-26T12:00:00Z' })).toBe('2022-04-27');
    expect(chooseDay(days, 'UTC', { now: '2023-01-01T00:00:00Z' })).toBe('2022-04-25');
    expect(chooseDay(days, 'UTC')).toBe('2022-04-25');
    expect(chooseDay([], 'UTC')).toBeUndefined();
  });
});

describe('collapsed gaps', () => {
  // Seen from Shanghai the program runs at night for Europe and America: 00:00–04:30, 10:00–13:15, 23:00–23:35.
  const ZONE = 'Asia/Shanghai';
  const day = layoutDay(PROGRAM, ROOMS, ZONE, '2022-04-28');
  const MORNING = { rowStart: 55, rowEnd: 57, start: '2022-04-27T20:30:00Z', end: '2022-04-28T02:00:00Z' };

  it('collapses the empty stretches of a Shanghai day to two rows each', () => {
    expect(day).toMatchObject({ startLabel: '00:00', endLabel: '00:00', startMinute: 0, endMinute: 1440 });
    expect(day.breaks).toEqual([
      { ...MORNING, startLabel: '04:30', endLabel: '10:00' },
      {
        rowStart: 99,
        rowEnd: 101,
        start: '2022-04-28T05:30:00Z',
        end: '2022-04-28T15:00:00Z',
        startLabel: '13:30',
        endLabel: '23:00',
      },
    ]);
    // 4.5 h + 3.5 h (13:15 rounded up to 13:30) + 1 h of rows at 5 minutes, and 2 rows per break.
    expect(day.rows).toBe((270 + 210 + 60) / 5 + 2 * 2);
    expect(day.rows).toBe(112); // not 288
    checkLayout(day, PROGRAM);
  });

  it('keeps sessions in time order and at full scale on both sides of a break', () => {
    const items = day.items;
    for (let i = 1; i < items.length; i++)
      if (items[i - 1].start < items[i].start) expect(items[i].rowStart).toBeGreaterThan(items[i - 1].rowStart);
    const before = items.filter((i) => i.rowEnd <= MORNING.rowStart);
    const after = items.filter((i) => i.rowStart >= MORNING.rowEnd);
    expect(before.length + after.length).toBe(items.length);
    expect(bySlug(day, 'workshop-anthos')).toMatchObject({ startLabel: '02:00', endLabel: '04:30', rowEnd: 55 });
    expect(span(day, 'workshop-anthos')).toBe(30); // 150 minutes, as at full height
    expect(after[0]).toMatchObject({ startLabel: '10:00', rowStart: 57, rowEnd: 64 }); // 35 minutes
    expect(items.at(-1)).toMatchObject({ startLabel: '23:00', rowStart: 101, rowEnd: 108 });
  });

  it('drops the ticks inside a break and keeps the rest on their rows', () => {
    const around = day.ticks.filter((t) => t.row >= 43 && t.row <= 63).map((t) => [t.row, t.label]);
    expect(around).toEqual([
      [43, '03:30'],
      [49, '04:00'],
      [57, '10:00'],
      [63, '10:30'],
    ]);
    expect(day.ticks.map((t) => t.label)).not.toContain('04:30');
    expect(day.ticks.map((t) => t.label)).not.toContain('13:30');
    expect(day.ticks.at(-1)).toEqual({ row: 107, label: '23:30', minute: 1410 });
  });

  it('moves the now line through a break in proportion and counts collapsed rows after it', () => {
    const now = (iso: string) => nowPosition(day, iso, ZONE);
    expect(now('2022-04-27T20:00:00Z')).toBe(49); // 04:00, before any break: as at full height
    expect(now('2022-04-27T20:30:00Z')).toBe(55); // 04:30, the break's first line
    expect(now('2022-04-27T23:15:00Z')).toBe(56); // 07:15, halfway through 04:30–10:00
    expect(now('2022-04-28T01:10:00Z')).toBeCloseTo(55 + (2 * 280) / 330, 10); // 09:10, 280 of its 330 minutes
    expect(now('2022-04-28T02:00:00Z')).toBe(57); // 10:00
    expect(now('2022-04-28T02:32:30Z')).toBe(63.5); // 10:32:30
    expect(now('2022-04-28T15:30:00Z')).toBe(107); // 23:30, after both breaks
    expect(now('2022-04-28T16:00:00Z')).toBeNull(); // midnight: the next day
  });

  it('collapses two stretches on another Shanghai day and none on a busy UTC day', () => {
    const tuesday = layoutDay(PROGRAM, ROOMS, ZONE, '2022-04-26');
    expect(tuesday.breaks.map((b) => [b.startLabel, b.endLabel, b.rowStart, b.rowEnd])).toEqual([
      ['04:30', '09:00', 55, 57],
      ['13:30', '23:00', 111, 113],
    ]);
    expect(bySlug(tuesday, 'ecosystem-outlook-from-china')).toMatchObject({ startLabel: '09:15', rowStart: 60 });
    const utc = layoutDay(PROGRAM, ROOMS, 'UTC', '2022-04-25');
    expect(utc).toMatchObject({ startLabel: '15:00', endLabel: '20:30', rows: 66, breaks: [] });
  });

  it('is off with maxGapMinutes: Infinity, giving the full-height layout of before', () => {
    // (A one-off comparison with the code before gaps existed found identical output; it is not
    // kept as hashes here because those would break on any content change.)
    for (const zone of [
      'UTC',
      'Asia/Shanghai',
      'America/Los_Angeles',
      'Asia/Kathmandu',
      'Pacific/Chatham',
      'Europe/Berlin',
    ]) {
      const layouts = layoutDays(PROGRAM, ROOMS, zone, { maxGapMinutes: Infinity });
      for (const layout of layouts) expect(layout.breaks).toEqual([]);
      // The geometry of before, whatever the content: the window in slots, a tick every 6 rows;
      // and on a day with nothing to collapse the default layout is that same layout.
      const defaults = layoutDays(PROGRAM, ROOMS, zone);
      layouts.forEach((layout, i) => {
        expect(layout.rows).toBe(Math.ceil((Date.parse(layout.end) - Date.parse(layout.start)) / 300_000));
        expect(layout.ticks.map((t) => t.row)).toEqual(layout.ticks.map((_, k) => 1 + 6 * k));
        if (!defaults[i].breaks.length) expect(defaults[i]).toEqual(layout);
      });
    }
  });

  it('snaps a stretch to the half hour before comparing it with maxGapMinutes', () => {
    const near = [
      session('a', '2022-04-25T10:00:00Z', '2022-04-25T10:40:00Z'),
      session('b', '2022-04-25T12:10:00Z', '2022-04-25T13:00:00Z'),
    ];
    // 90 empty minutes, but only 11:00–12:00 is whole half hours: not longer than 60.
    expect(layoutDay(near, ROOMS, 'UTC', '2022-04-25')).toMatchObject({ rows: 36, breaks: [] });
    // maxGapMinutes: 0 collapses any whole half hour; gapRows sets the height.
    const tight = layoutDay(near, ROOMS, 'UTC', '2022-04-25', { maxGapMinutes: 0, gapRows: 3 });
    expect(tight.breaks).toMatchObject([{ rowStart: 13, rowEnd: 16, startLabel: '11:00', endLabel: '12:00' }]);
    expect(bySlug(tight, 'b')).toMatchObject({ rowStart: 18, rowEnd: 28 });
    const far = [near[0], session('b', '2022-04-25T12:40:00Z', '2022-04-25T13:00:00Z')];
    const day = layoutDay(far, ROOMS, 'UTC', '2022-04-25');
    expect(day.breaks).toMatchObject([{ rowStart: 13, rowEnd: 15, startLabel: '11:00', endLabel: '12:30' }]);
    expect(bySlug(day, 'b')).toMatchObject({ rowStart: 17, rowEnd: 21 });
    expect(day.rows).toBe(36 - 18 + 2);
    checkLayout(day, far);
  });

  it('collapses only when no room has a session, and never into a zero-length session’s row', () => {
    const sessions = [
      session('a', '2022-04-25T10:00:00Z', '2022-04-25T10:30:00Z'),
      session('w', '2022-04-25T10:00:00Z', '2022-04-25T12:00:00Z', 'workshop'),
      session('b', '2022-04-25T14:00:00Z', '2022-04-25T14:30:00Z'),
    ];
    const day = layoutDay(sessions, ROOMS, 'UTC', '2022-04-25');
    expect(day.breaks.map((b) => [b.startLabel, b.endLabel])).toEqual([['12:00', '14:00']]);
    checkLayout(day, sessions);
    const point = [session('z', '2022-04-25T10:00:00Z', '2022-04-25T10:00:00Z'), sessions[2]];
    const zero = layoutDay(point, ROOMS, 'UTC', '2022-04-25');
    expect(zero.breaks).toMatchObject([{ rowStart: 7, startLabel: '10:30', endLabel: '14:00' }]);
    expect(bySlug(zero, 'z')).toMatchObject({ rowStart: 1, rowEnd: 2 });
    checkLayout(zero, point);
  });

  it('measures a break across a DST change in elapsed time and labels it on the wall clock', () => {
    const spring = [
      session('night', '2022-03-13T08:00:00Z', '2022-03-13T09:00:00Z'), // 00:00–01:00 PST
      session('morning', '2022-03-13T12:00:00Z', '2022-03-13T13:00:00Z'), // 05:00–06:00 PDT
    ];
    const la = layoutDay(spring, ROOMS, 'America/Los_Angeles', '2022-03-13');
    expect(la.rows).toBe(12 + 2 + 12);
    expect(la.breaks).toMatchObject([{ rowStart: 13, rowEnd: 15, startLabel: '01:00', endLabel: '05:00' }]);
    expect(nowPosition(la, '2022-03-13T10:30:00Z', 'America/Los_Angeles')).toBe(14); // 1.5 of 3 real hours
    checkLayout(la, spring);
    const autumn = [
      session('night', '2022-10-29T22:00:00Z', '2022-10-29T23:00:00Z'), // 00:00–01:00 CEST
      session('morning', '2022-10-30T03:00:00Z', '2022-10-30T04:00:00Z'), // 04:00–05:00 CET
    ];
    const berlin = layoutDay(autumn, ROOMS, 'Europe/Berlin', '2022-10-30');
    expect(berlin.breaks).toMatchObject([
      { start: '2022-10-29T23:00:00Z', end: '2022-10-30T03:00:00Z', startLabel: '01:00', endLabel: '04:00' },
    ]);
    expect(nowPosition(berlin, '2022-10-30T01:00:00Z', 'Europe/Berlin')).toBe(14); // 02:00 CET, 2 of 4 real hours
    checkLayout(berlin, autumn);
  });
});

describe('a day change (the neutral program: Berlin, days from 04:00)', () => {
  const neutral = loadProgram(NEUTRAL_CONTENT);
  const BERLIN = 'Europe/Berlin';
  const FOUR = { dayChange: 240 };
  const late = neutral.sessions.find((x) => x.slug === 'late-night')!; // 23:30–01:30 CET, 25–26 March 2023
  /** 01:30 CET to 03:30 CEST on Sunday 26 March: one real hour over the DST jump. */
  const night = session('night', '2023-03-26T01:30:00+01:00', '2023-03-26T03:30:00+02:00', 'room-b');

  it('runs a day from 04:00 to 04:00, 23 hours over the DST night', () => {
    const saturday = dayBounds('2023-03-25', BERLIN, 240);
    expect([new Date(saturday.start).toISOString(), new Date(saturday.end).toISOString()]).toEqual([
      '2023-03-25T03:00:00.000Z', // 04:00 CET
      '2023-03-26T02:00:00.000Z', // 04:00 CEST
    ]);
    const sunday = dayBounds('2023-03-26', BERLIN, 240);
    expect((sunday.end - sunday.start) / 3_600_000).toBe(24);
  });

  it('keeps the late session whole at the end of the evening’s day', () => {
    const day = layoutDay(neutral.sessions, neutral.rooms, BERLIN, '2023-03-25', FOUR);
    expect(day).toMatchObject({ date: '2023-03-25', dayChange: 240, startLabel: '09:00', endLabel: '01:30' });
    // 09:00–12:30 (42 rows), a break until 23:30 (2 rows), 23:30–01:30 (24 rows).
    expect(day.breaks.map((b) => [b.startLabel, b.endLabel])).toEqual([['12:30', '23:30']]);
    expect(day.rows).toBe(42 + 2 + 24);
    expect(bySlug(day, 'late-night')).toMatchObject({
      rowStart: 45,
      rowEnd: day.rows + 1,
      startLabel: '23:30',
      endLabel: '01:30',
      continuesFromPreviousDay: false,
      continuesToNextDay: false,
    });
    expect(day.items.at(-1)?.slug).toBe('late-night');
    checkLayout(day, neutral.sessions);
    // On calendar days the same session is cut at midnight and shown on both.
    const calendar = layoutDay(neutral.sessions, neutral.rooms, BERLIN, '2023-03-25');
    expect(bySlug(calendar, 'late-night')).toMatchObject({ continuesToNextDay: true, endLabel: '01:30' });
    expect(calendar.endLabel).toBe('00:00');
    const sunday = layoutDay(neutral.sessions, neutral.rooms, BERLIN, '2023-03-26');
    expect(bySlug(sunday, 'late-night')).toMatchObject({ continuesFromPreviousDay: true, rowStart: 1 });
    expect(layoutDay(neutral.sessions, neutral.rooms, BERLIN, '2023-03-26', FOUR).items.map((i) => i.slug)).toEqual([
      '服务网格',
      'closing',
    ]);
  });

  it('measures a session over the DST jump in real time', () => {
    const day = layoutDay([night], neutral.rooms, BERLIN, '2023-03-25', FOUR);
    expect(bySlug(day, 'night')).toMatchObject({ startLabel: '01:30', endLabel: '03:30', rowStart: 1, rowEnd: 13 });
    expect(day.ticks.map((t) => t.label)).toEqual(['01:30', '03:00']);
  });

  it('lists the days that have sessions from 04:00 to 04:00', () => {
    expect(gridDays(neutral.sessions, BERLIN, 240)).toEqual(['2023-03-25', '2023-03-26']);
    expect(gridDays([late], BERLIN, 240)).toEqual(['2023-03-25']);
    expect(gridDays([late], BERLIN)).toEqual(['2023-03-25', '2023-03-26']);
    expect(gridDays([night], BERLIN, 240)).toEqual(['2023-03-25']);
    expect(gridDays([night], BERLIN)).toEqual(['2023-03-26']);
    // A session past 04:00 reaches into the next conference day.
    const long = session('long', '2023-03-26T01:30:00+01:00', '2023-03-26T05:00:00+02:00');
    expect(gridDays([long], BERLIN, 240)).toEqual(['2023-03-25', '2023-03-26']);
    expect(
      layoutDays(neutral.sessions, neutral.rooms, BERLIN, FOUR)
        .flatMap((l) => l.items.map((i) => i.slug))
        .sort(),
    ).toEqual(neutral.sessions.map((x) => x.slug).sort());
  });

  it('chooses the conference day of now', () => {
    const days = ['2023-03-25', '2023-03-26'];
    const oneAm = '2023-03-26T01:00:00+01:00';
    expect(chooseDay(days, BERLIN, { now: oneAm, dayChange: 240 })).toBe('2023-03-25');
    expect(chooseDay(days, BERLIN, { now: oneAm })).toBe('2023-03-26');
    expect(chooseDay(days, BERLIN, { now: '2023-03-26T05:00:00+02:00', dayChange: 240 })).toBe('2023-03-26');
    expect(chooseDay(days, BERLIN, { requested: '2023-03-26', now: oneAm, dayChange: 240 })).toBe('2023-03-26');
  });

  it('moves the now line past midnight until the day changes', () => {
    const day = layoutDay(neutral.sessions, neutral.rooms, BERLIN, '2023-03-25', FOUR);
    // From the break's end at 23:30 (row 45): 90 minutes later is 18 rows on.
    expect(nowPosition(day, '2023-03-26T01:00:00+01:00', BERLIN)).toBe(45 + 18);
    expect(nowPosition(day, '2023-03-26T01:29:00+01:00', BERLIN)).toBeCloseTo(45 + 119 / 5, 10);
    expect(nowPosition(day, '2023-03-26T01:30:00+01:00', BERLIN)).toBeNull(); // the window's end
    // Asked in a zone where that instant is already Sunday morning (09:00 in Tokyo): not this day.
    expect(nowPosition(day, '2023-03-26T01:00:00+01:00', 'Asia/Tokyo')).toBeNull();
  });
});

describe('CSS placement', () => {
  it('turns rows and tracks into grid lines after the time column and a header row', () => {
    const item = { rowStart: 37, rowEnd: 67, trackStart: 1, trackEnd: 2 };
    expect(gridPlacement(item)).toEqual({ gridRow: '37 / 67', gridColumn: '3 / 4' });
    expect(gridPlacement(item, { rowOffset: 1, columnOffset: 0 })).toEqual({ gridRow: '38 / 68', gridColumn: '2 / 3' });
    expect(columnPlacement({ trackStart: 2, trackEnd: 5 })).toBe('4 / 7');
  });

  it('gives rooms equal widths whatever their lanes, never narrower than the minimum', () => {
    const columns = [{ lanes: 1 }, { lanes: 3 }] as DayLayout['columns'];
    expect(gridTemplateColumns({ columns }, '4rem')).toBe(
      '4rem minmax(0px, 1fr) repeat(3, minmax(calc(0px / 3), 0.3333fr))',
    );
    expect(gridTemplateColumns({ columns }, 'var(--time)', 'var(--col)')).toBe(
      'var(--time) minmax(var(--col), 1fr) repeat(3, minmax(calc(var(--col) / 3), 0.3333fr))',
    );
    expect(gridTemplateColumns({ columns: [] })).toBe('max-content');
  });
});

describe('options and edges', () => {
  it('honours the slot size', () => {
    const day = layoutDay(PROGRAM, ROOMS, 'UTC', '2022-04-25', { slotMinutes: 10, tickMinutes: 60 });
    expect(day.rows).toBe(33);
    expect(span(day, 'istio-0-to-60-workshop')).toBe(15);
    expect(day.ticks.map((t) => t.label)).toEqual(['15:00', '16:00', '17:00', '18:00', '19:00', '20:00']);
  });

  it('rejects bad options and zones instead of guessing', () => {
    expect(() => layoutDay(PROGRAM, ROOMS, 'UTC', '2022-04-25', { slotMinutes: 0 })).toThrow(RangeError);
    expect(() => layoutDay(PROGRAM, ROOMS, 'UTC', '2022-04-25', { slotMinutes: 2.5 })).toThrow(RangeError);
    expect(() => layoutDay(PROGRAM, ROOMS, 'Mars/Olympus', '2022-04-25')).toThrow(RangeError);
    for (const bad of [{ maxGapMinutes: -1 }, { maxGapMinutes: NaN }, { gapRows: 0 }, { gapRows: 1.5 }])
      expect(() => layoutDay(PROGRAM, ROOMS, 'UTC', '2022-04-25', bad)).toThrow(RangeError);
  });

  it('lays out a program without sessions as no days', () => {
    expect(gridDays([], 'UTC')).toEqual([]);
    expect(gridDays([], 'Europe/Berlin', 240)).toEqual([]);
    expect(layoutDays([], [], 'Europe/Berlin', { dayChange: 240 })).toEqual([]);
    expect(layoutDay([], [], 'UTC', '2022-04-25')).toMatchObject({ rows: 0, columns: [], items: [], breaks: [] });
  });

  it('lays out an empty day as nothing', () => {
    const day = layoutDay(PROGRAM, ROOMS, 'UTC', '2022-05-01');
    expect(day).toMatchObject({ rows: 0, tracks: 0, columns: [], items: [], ticks: [] });
    expect(nowPosition(day, '2022-05-01T00:00:00Z', 'UTC')).toBeNull();
  });

  it('does not depend on the machine’s zone', () => {
    // Run under TZ=UTC and TZ=Asia/Kathmandu; the expectations above are literal either way.
    const shanghai = layoutDay(PROGRAM, ROOMS, 'Asia/Shanghai', '2022-04-26', { maxGapMinutes: Infinity });
    expect(shanghai).toMatchObject({ start: '2022-04-25T16:00:00Z', end: '2022-04-26T16:00:00Z', rows: 288 });
    expect(bySlug(shanghai, 'running-istio-scale')).toMatchObject({ rowStart: 1, startLabel: '00:00' });
    expect(layoutDay(PROGRAM, ROOMS, 'Asia/Shanghai', '2022-04-26').rows).toBe(124);
  });
});

describe('isShort', () => {
  it('marks cards under SHORT_ROWS rows, whose stars wait until the card opens', () => {
    expect(SHORT_ROWS).toBe(4);
    expect(isShort({ rowStart: 10, rowEnd: 13 })).toBe(true); // 15 minutes at 5-minute rows
    expect(isShort({ rowStart: 10, rowEnd: 14 })).toBe(false); // 20 minutes
  });
});
