import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
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
} from '../../src/lib/grid';
import { groupByDay, overlaps, type Timed } from '../../src/lib/schedule';
import type { Room } from '../../src/lib/types';

/** The real program, read from content/ (vitest's root is the project). */
const ROOMS: Room[] = (
  parse(readFileSync('content/rooms.yaml', 'utf8')) as (Omit<Room, 'slug'> & { id: string })[]
).map(({ id, ...r }) => ({ slug: id, ...r }));
const PROGRAM: (Timed & { type: string })[] = readdirSync('content/sessions')
  .filter((f) => f.endsWith('.md'))
  .map((f) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/sessions/${f}`, 'utf8'))![1]));

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
  expect(problems).toEqual([]);
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

describe('CSS placement', () => {
  it('turns rows and tracks into grid lines after the time column and a header row', () => {
    const item = { rowStart: 37, rowEnd: 67, trackStart: 1, trackEnd: 2 };
    expect(gridPlacement(item)).toEqual({ gridRow: '37 / 67', gridColumn: '3 / 4' });
    expect(gridPlacement(item, { rowOffset: 1, columnOffset: 0 })).toEqual({ gridRow: '38 / 68', gridColumn: '2 / 3' });
    expect(columnPlacement({ trackStart: 2, trackEnd: 5 })).toBe('4 / 7');
  });

  it('gives rooms equal widths whatever their lanes', () => {
    const columns = [{ lanes: 1 }, { lanes: 3 }] as DayLayout['columns'];
    expect(gridTemplateColumns({ columns }, '4rem')).toBe('4rem minmax(0, 1fr) repeat(3, minmax(0, 0.3333fr))');
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
  });

  it('lays out an empty day as nothing', () => {
    const day = layoutDay(PROGRAM, ROOMS, 'UTC', '2022-05-01');
    expect(day).toMatchObject({ rows: 0, tracks: 0, columns: [], items: [], ticks: [] });
    expect(nowPosition(day, '2022-05-01T00:00:00Z', 'UTC')).toBeNull();
  });

  it('does not depend on the machine’s zone', () => {
    // Run under TZ=UTC and TZ=Asia/Kathmandu; the expectations above are literal either way.
    const shanghai = layoutDay(PROGRAM, ROOMS, 'Asia/Shanghai', '2022-04-26');
    expect(shanghai).toMatchObject({ start: '2022-04-25T16:00:00Z', end: '2022-04-26T16:00:00Z', rows: 288 });
    expect(bySlug(shanghai, 'running-istio-scale')).toMatchObject({ rowStart: 1, startLabel: '00:00' });
  });
});
