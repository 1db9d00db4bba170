/**
 * Geometry of the timetable grid (/grid/): one local day in a named zone, time running down
 * in rows of `slotMinutes`, one column per room, and lanes inside a room when its sessions overlap.
 *
 * Choices, briefly:
 * - Rows measure elapsed time, not wall-clock time. A row is `slotMinutes` of real time counted
 *   from the window's first instant, so on a DST day (23 or 25 local hours) a 60-minute session
 *   still spans 60 minutes of rows and nothing is placed twice or squeezed; only the labels show
 *   the jump (01:30, 03:00 in spring; 01:00, 01:30, 01:00 in autumn).
 * - A session's rows are its clipped start rounded down and its end rounded up to a slot, so
 *   sessions that overlap in time always overlap in rows. Lanes are then coloured on those rows,
 *   which is what guarantees that no two items share a cell, even with times off the slot.
 * - Days follow the displayed zone. A session that crosses local midnight is clipped to each day
 *   it touches and flagged on both sides; its labels keep its real start and end.
 * - Long empty stretches collapse. Seen from Shanghai, one day of a program streamed for Europe
 *   and America runs 00:00–04:30, 10:00–13:15 and 23:00–23:35; at full height most of the grid
 *   would be blank. A stretch in which no room has a session, snapped inward to `roundMinutes`,
 *   becomes a break of a few rows when it is longer than `maxGapMinutes`. Rows stay elapsed time
 *   on either side of a break, so only the break itself is out of scale, and it says so (`breaks`).
 *
 * Pure: zone and "now" are parameters, nothing reads the machine's zone or clock.
 */
import type { Room } from './types';
import type { Timed } from './schedule';
import { compareSessions, groupByDay } from './schedule';
import { addDays, conferenceDate, localDate, localTime, offsetMinutes, toUtcIso } from './time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Rows are 5 minutes unless told otherwise: a 10-minute lightning talk spans 2 rows. */
export const DEFAULT_SLOT_MINUTES = 5;
/** The day's window is rounded outward to this many local minutes (the half hour). */
export const DEFAULT_ROUND_MINUTES = 30;
/** A time-column label every this many minutes. */
export const DEFAULT_TICK_MINUTES = 30;
/** An empty stretch longer than this many minutes collapses into a break. */
export const DEFAULT_MAX_GAP_MINUTES = 60;
/** A break is this many rows high, whatever its length. */
export const DEFAULT_GAP_ROWS = 2;

export interface GridOptions {
  /** Minutes per grid row; a positive integer. Default 5. */
  slotMinutes?: number;
  /** The window opens and closes on a multiple of this many local minutes. Default 30. */
  roundMinutes?: number;
  /** Minutes between time-column labels, rounded to a whole number of slots. Default 30. */
  tickMinutes?: number;
  /**
   * An empty stretch (no session in any room) longer than this many minutes, once snapped inward
   * to `roundMinutes`, collapses into a break of `gapRows` rows. Default 60. `Infinity` turns
   * collapsing off (the layout is then the full-height one, with no breaks); 0 is not "off" but
   * "collapse every empty stretch that covers a whole `roundMinutes` step".
   */
  maxGapMinutes?: number;
  /** Rows a collapsed stretch keeps; a positive integer. Default 2. */
  gapRows?: number;
  /**
   * Minutes after midnight at which a day begins (the event's day change, in its own zone): a day
   * then runs from that time to the same time the next day. Default 0, the calendar day.
   */
  dayChange?: number;
}

export interface GridColumn {
  /** The room; an unknown room slug gets a stand-in with `known: false`. */
  room: Room;
  /** Position among the day's columns, from 0. */
  index: number;
  /** How many lanes the room needs that day: the most sessions it runs at once. */
  lanes: number;
  /** First lane track of the room, counting all rooms' tracks from 0 (time column excluded). */
  trackStart: number;
  /** Track after the room's last one (exclusive). */
  trackEnd: number;
  /** False for a room slug that is not in the rooms list. */
  known: boolean;
}

export interface GridItem {
  slug: string;
  /** Index into `columns`. */
  column: number;
  /** Lane within the room, from 0. */
  lane: number;
  /** Lanes in this item's overlap cluster: the item is 1/lanes of the room wide. 1 when alone. */
  lanes: number;
  /** First track the item covers (same numbering as GridColumn.trackStart). */
  trackStart: number;
  /** Track after its last one (exclusive). */
  trackEnd: number;
  /** CSS grid row line where the item starts, from 1 (the window's first row). */
  rowStart: number;
  /** CSS grid row line where it ends (exclusive); always > rowStart. */
  rowEnd: number;
  /** The session's real start and end, UTC ISO (not clipped). */
  start: string;
  end: string;
  /** Its real start and end on the 24-hour clock of the zone, "HH:mm". */
  startLabel: string;
  endLabel: string;
  /** It began on an earlier local day and is clipped at this day's start. */
  continuesFromPreviousDay: boolean;
  /** It ends on a later local day and is clipped at this day's end. */
  continuesToNextDay: boolean;
}

export interface GridTick {
  /** CSS grid row line the label sits on. */
  row: number;
  /** "HH:mm" in the zone. */
  label: string;
  /** Wall-clock minutes after local midnight (0–1439); `minute % 60 === 0` marks full hours. */
  minute: number;
}

/**
 * A collapsed empty stretch, snapped inward from the sessions around it: `start` is the end of the
 * sessions before it rounded up to `roundMinutes`, `end` the start of the next one rounded down
 * (then to whole rows, which changes nothing when `slotMinutes` divides `roundMinutes`).
 * No item and no tick lies in [rowStart, rowEnd).
 */
export interface GridBreak {
  /** CSS grid row line where the break starts (same numbering as GridItem.rowStart). */
  rowStart: number;
  /** Row line where it ends (exclusive): rowStart + `gapRows`. The next session starts here or later. */
  rowEnd: number;
  /** First and closing instant of the stretch, UTC ISO. */
  start: string;
  end: string;
  /** The same on the 24-hour clock of the zone, "HH:mm". */
  startLabel: string;
  endLabel: string;
}

export interface DayLayout {
  /** The local date, "YYYY-MM-DD". */
  date: string;
  /** The zone the layout was computed in. */
  zone: string;
  /** The day change it was computed with (minutes after midnight). */
  dayChange: number;
  /** First and last instant of the window, UTC ISO (end exclusive). */
  start: string;
  end: string;
  /** Wall-clock minutes after local midnight at which the window opens. */
  startMinute: number;
  /**
   * startMinute plus the window's elapsed minutes, so (endMinute − startMinute) / slotMinutes is
   * the number of rows before any break collapses, even on a DST day, where it differs from the
   * closing wall-clock time.
   */
  endMinute: number;
  /** "HH:mm" of the window's first and closing instants. */
  startLabel: string;
  endLabel: string;
  slotMinutes: number;
  /** Number of grid rows in the window, breaks counted at their collapsed height. */
  rows: number;
  /** Lane tracks over all rooms (the sum of the columns' lanes). */
  tracks: number;
  columns: GridColumn[];
  /** In program order (start, end, order, slug), which is also the reading order. */
  items: GridItem[];
  /** A label every `tickMinutes` of elapsed time from the window's start, none inside a break. */
  ticks: GridTick[];
  /** The collapsed empty stretches, in time order; empty when none is long enough. */
  breaks: GridBreak[];
}

/** A session with its instants parsed once. */
interface Parsed<T extends Timed> {
  session: T;
  startMs: number;
  endMs: number;
}

/** Minutes after midnight of an "HH:mm" label. */
const minuteOfDay = (label: string) => Number(label.slice(0, 2)) * 60 + Number(label.slice(3, 5));

const mod = (n: number, m: number) => ((n % m) + m) % m;

const parse = <T extends Timed>(sessions: readonly T[]): Parsed<T>[] =>
  sessions.map((session) => {
    const startMs = Date.parse(session.start);
    // An end before the start is treated as a zero-length session rather than dropped.
    return { session, startMs, endMs: Math.max(startMs, Date.parse(session.end)) };
  });

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer, not ${value}`);
  return value;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0)
    throw new RangeError(`${name} must be a number of minutes, 0 or more (Infinity: never), not ${value}`);
  return value;
}

/** The first instant whose local date in `zone` is `date` or later. */
function firstInstantOf(date: string, zone: string): number {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(midnightUtc)) throw new RangeError(`Not a date: ${date}`);
  const guess = midnightUtc - offsetMinutes(midnightUtc - offsetMinutes(midnightUtc, zone) * MINUTE, zone) * MINUTE;
  if (localDate(guess, zone) === date && localDate(guess - MINUTE, zone) < date) return guess;
  // Local midnight does not exist (a DST change at 00:00): search for the day's first minute.
  // Offsets lie within −12 h and +14 h, so the answer is inside this bracket.
  let lo = midnightUtc - 15 * HOUR;
  let hi = midnightUtc + 13 * HOUR;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
    if (localDate(mid, zone) >= date) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The first instant at or after `minutes` past local midnight of `date` in `zone`. */
function firstInstantAt(date: string, minutes: number, zone: string): number {
  if (!minutes) return firstInstantOf(date, zone);
  const target = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE;
  const wall = (ms: number) => ms + offsetMinutes(ms, zone) * MINUTE;
  const guess = target - offsetMinutes(target - offsetMinutes(target, zone) * MINUTE, zone) * MINUTE;
  if (wall(guess) === target) return guess;
  // The time does not exist that day (skipped by a DST change): the first instant after it.
  let lo = target - 15 * HOUR;
  let hi = target + 13 * HOUR;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
    if (wall(mid) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The day `date` in `zone` as instants: `start` inclusive, `end` exclusive, in ms. 24 hours long,
 * except 23 or 25 on a DST change. With `dayChange`, the day runs from that time of day to the
 * same time the next day. Throws RangeError for an unknown zone.
 */
export function dayBounds(date: string, zone: string, dayChange = 0): { start: number; end: number } {
  return { start: firstInstantAt(date, dayChange, zone), end: firstInstantAt(addDays(date, 1), dayChange, zone) };
}

/** The instant rounded down (or up) to a multiple of `unit` ms on the zone's wall clock. */
function roundLocal(ms: number, zone: string, unit: number, up: boolean): number {
  const rest = mod(ms + offsetMinutes(ms, zone) * MINUTE, unit);
  if (rest === 0) return ms;
  return up ? ms + unit - rest : ms - rest;
}

/**
 * The local dates ("YYYY-MM-DD") on which sessions run in `zone`, in order: every start date
 * (as `groupByDay` groups them) plus any later date a session continues into past midnight,
 * so that each date listed has items in `layoutDay` and each item's day is listed.
 */
export function gridDays(sessions: readonly Timed[], zone: string, dayChange = 0): string[] {
  const groups = groupByDay(sessions, zone, dayChange);
  const days = new Set(groups.map((g) => g.date));
  const ends = new Map<string, number>();
  const endOf = (date: string) => {
    let end = ends.get(date);
    if (end === undefined) ends.set(date, (end = firstInstantAt(addDays(date, 1), dayChange, zone)));
    return end;
  };
  for (const group of groups)
    for (const s of group.sessions) {
      const endMs = Date.parse(s.end);
      for (let d = group.date; endMs > endOf(d);) {
        // A calendar date the zone skipped (Pacific/Apia, 2011-12-30) has no instants: not a day.
        if (endOf(addDays(d, 1)) > endOf(d)) days.add(addDays(d, 1));
        d = addDays(d, 1);
      }
    }
  return [...days].sort();
}

/** A tiny binary min-heap; the lane colouring stays O(n log n) on a 5,000-session day. */
class Heap<T> {
  private items: T[] = [];
  private readonly less: (a: T, b: T) => boolean;
  constructor(less: (a: T, b: T) => boolean) {
    this.less = less;
  }
  get size() {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T) {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.less(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last !== undefined) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

interface Placed {
  rowStart: number;
  rowEnd: number;
  lane: number;
  lanes: number;
}

/**
 * Interval-graph colouring of one room's items on their rows: greedy by start, each item takes
 * the lowest lane free at its start (an item ending on a row frees it for one starting there).
 * This uses as many lanes as the most items sharing a row, the fewest possible. An overlap
 * cluster closes when every lane is free again; its items all get its lane count as `lanes`.
 * `placed` must be sorted by rowStart. Returns the room's lane count.
 */
function colourLanes(placed: readonly Placed[]): number {
  const busy = new Heap<{ rowEnd: number; lane: number }>(
    (a, b) => a.rowEnd < b.rowEnd || (a.rowEnd === b.rowEnd && a.lane < b.lane),
  );
  let free = new Heap<number>((a, b) => a < b);
  let next = 0;
  let clusterStart = 0;
  let clusterLanes = 0;
  let roomLanes = 0;
  const close = (end: number) => {
    for (let j = clusterStart; j < end; j++) placed[j].lanes = clusterLanes;
    roomLanes = Math.max(roomLanes, clusterLanes);
  };
  placed.forEach((p, i) => {
    while (busy.size && busy.peek()!.rowEnd <= p.rowStart) free.push(busy.pop()!.lane);
    if (busy.size === 0 && i > clusterStart) {
      close(i);
      clusterStart = i;
      clusterLanes = 0;
      free = new Heap<number>((a, b) => a < b);
      next = 0;
    }
    p.lane = free.size ? free.pop()! : next++;
    clusterLanes = Math.max(clusterLanes, p.lane + 1);
    busy.push({ rowEnd: p.rowEnd, lane: p.lane });
  });
  close(placed.length);
  return roomLanes;
}

function layoutParsed<T extends Timed>(
  parsed: readonly Parsed<T>[],
  rooms: readonly Room[],
  zone: string,
  date: string,
  options: GridOptions,
): DayLayout {
  const slotMinutes = positiveInteger(options.slotMinutes, DEFAULT_SLOT_MINUTES, 'slotMinutes');
  const roundMinutes = positiveInteger(options.roundMinutes, DEFAULT_ROUND_MINUTES, 'roundMinutes');
  const tickSlots = Math.max(
    1,
    Math.round(positiveInteger(options.tickMinutes, DEFAULT_TICK_MINUTES, 'tickMinutes') / slotMinutes),
  );
  const maxGapMinutes = nonNegative(options.maxGapMinutes, DEFAULT_MAX_GAP_MINUTES, 'maxGapMinutes');
  const gapRows = positiveInteger(options.gapRows, DEFAULT_GAP_ROWS, 'gapRows');
  const slot = slotMinutes * MINUTE;
  const day = dayBounds(date, zone, nonNegative(options.dayChange, 0, 'dayChange'));
  // With one offset all day (the usual case) labels need no Intl call each; a DST day asks Intl.
  // (This assumes no zone changes its offset twice in one day and back, which tzdb never does.)
  const dayOffset = offsetMinutes(day.start, zone);
  const steady = day.end > day.start && offsetMinutes(day.end - 1, zone) === dayOffset;
  const clock = (ms: number) =>
    steady && ms >= day.start && ms < day.end
      ? new Date(ms + dayOffset * MINUTE).toISOString().slice(11, 16)
      : localTime(ms, zone);

  const inDay = parsed
    .filter(({ startMs, endMs }) =>
      endMs > startMs ? startMs < day.end && endMs > day.start : startMs >= day.start && startMs < day.end,
    )
    .sort((a, b) => compareSessions(a.session, b.session));

  let windowStart = day.start;
  let windowEnd = day.start;
  if (inDay.length) {
    // Loops, not Math.min(...spread): a bench day may hold more items than the argument limit.
    let first = Infinity;
    let last = -Infinity;
    for (const p of inDay) {
      first = Math.min(first, p.startMs);
      last = Math.max(last, p.endMs);
    }
    first = Math.max(day.start, first);
    last = Math.min(day.end, last);
    windowStart = Math.max(day.start, roundLocal(first, zone, roundMinutes * MINUTE, false));
    windowEnd = Math.min(day.end, roundLocal(Math.max(last, first + 1), zone, roundMinutes * MINUTE, true));
  }

  const rowOf = (ms: number, up: boolean) => 1 + (up ? Math.ceil : Math.floor)((ms - windowStart) / slot);
  const lineMs = (line: number) => windowStart + (line - 1) * slot;
  const placed = inDay.map((p) => {
    const rowStart = rowOf(Math.max(p.startMs, day.start), false);
    return {
      p,
      room: p.session.room ?? '',
      rowStart,
      rowEnd: Math.max(rowStart + 1, rowOf(Math.min(p.endMs, day.end), true)),
      lane: 0,
      lanes: 1,
    };
  });
  // A slot that does not divide roundMinutes can push the last item one row past the window.
  const fullRows = placed.reduce((n, x) => Math.max(n, x.rowEnd - 1), Math.ceil((windowEnd - windowStart) / slot));

  // Gaps, as full-height row lines [from, to): where every item so far has ended and the next one
  // has not begun, snapped inward to the round grid and then to whole rows (the same thing when
  // the slot divides roundMinutes), so no item can reach into one. `removed` is cumulative.
  const gaps: { from: number; to: number; removed: number }[] = [];
  if (maxGapMinutes !== Infinity) {
    const round = roundMinutes * MINUTE;
    let reach = placed[0]?.rowEnd ?? 0;
    let removed = 0;
    for (const x of placed) {
      if (x.rowStart > reach) {
        const from = rowOf(roundLocal(lineMs(reach), zone, round, true), true);
        const to = rowOf(roundLocal(lineMs(x.rowStart), zone, round, false), false);
        if (to - from > gapRows && (to - from) * slot > maxGapMinutes * MINUTE)
          gaps.push({ from, to, removed: (removed += to - from - gapRows) });
      }
      reach = Math.max(reach, x.rowEnd);
    }
  }
  const rows = fullRows - (gaps.length && gaps[gaps.length - 1].removed);
  /** A full-height row line outside the gaps (or on an edge) as a collapsed one. */
  const collapse = (line: number) => {
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gaps[mid].to <= line) lo = mid + 1;
      else hi = mid;
    }
    return line - (lo && gaps[lo - 1].removed);
  };

  // Columns: known rooms in their order, then unknown room slugs alphabetically.
  const known = new Map(rooms.map((r) => [r.slug, r])); // a slug listed twice makes one column
  const maxOrder = rooms.reduce((n, r) => Math.max(n, r.order), 0);
  const used = [...new Set(placed.map((x) => x.room))];
  const unknown = used.filter((slug) => !known.has(slug)).sort();
  const columnRooms = [
    ...[...known.values()]
      .filter((r) => used.includes(r.slug))
      .sort((a, b) => a.order - b.order || (a.slug < b.slug ? -1 : 1)),
    ...unknown.map((slug, i): Room => ({ slug, name: slug, order: maxOrder + 1 + i })),
  ];
  const columnIndex = new Map(columnRooms.map((r, i) => [r.slug, i]));

  const columns: GridColumn[] = [];
  let tracks = 0;
  columnRooms.forEach((room, index) => {
    const mine = placed.filter((x) => x.room === room.slug).sort((a, b) => a.rowStart - b.rowStart);
    const lanes = colourLanes(mine);
    columns.push({ room, index, lanes, trackStart: tracks, trackEnd: tracks + lanes, known: known.has(room.slug) });
    tracks += lanes;
  });

  const items = placed.map(({ p, room, rowStart, rowEnd, lane, lanes }): GridItem => {
    const column = columns[columnIndex.get(room)!];
    // Split the room's lanes among the cluster's: disjoint, covering, each at least one track.
    const share = (k: number) => Math.floor((k * column.lanes) / lanes);
    return {
      slug: p.session.slug,
      column: column.index,
      lane,
      lanes,
      trackStart: column.trackStart + share(lane),
      trackEnd: column.trackStart + share(lane + 1),
      rowStart: collapse(rowStart),
      rowEnd: collapse(rowEnd),
      start: toUtcIso(p.startMs),
      end: toUtcIso(p.endMs),
      startLabel: clock(p.startMs),
      endLabel: clock(p.endMs),
      continuesFromPreviousDay: p.startMs < day.start,
      continuesToNextDay: p.endMs > day.end,
    };
  });

  const ticks: GridTick[] = [];
  for (let line = 1, g = 0; inDay.length && line <= fullRows; line += tickSlots) {
    while (g < gaps.length && gaps[g].to <= line) g++;
    if (g < gaps.length && gaps[g].from <= line) continue; // its row is inside a break
    const label = clock(lineMs(line));
    ticks.push({ row: collapse(line), label, minute: minuteOfDay(label) });
  }

  const breaks = gaps.map(({ from, to }): GridBreak => {
    const rowStart = collapse(from);
    return {
      rowStart,
      rowEnd: rowStart + gapRows,
      start: toUtcIso(lineMs(from)),
      end: toUtcIso(lineMs(to)),
      startLabel: clock(lineMs(from)),
      endLabel: clock(lineMs(to)),
    };
  });

  const startMinute = minuteOfDay(clock(windowStart));
  return {
    date,
    zone,
    dayChange: options.dayChange ?? 0,
    start: toUtcIso(windowStart),
    end: toUtcIso(windowEnd),
    startMinute,
    endMinute: startMinute + Math.round((windowEnd - windowStart) / MINUTE),
    startLabel: clock(windowStart),
    endLabel: clock(windowEnd),
    slotMinutes,
    rows,
    tracks,
    columns,
    items,
    ticks,
    breaks,
  };
}

/**
 * The grid of one local day: the window trimmed to the day's first start and last end rounded
 * outward to `roundMinutes` (never beyond the day), rows of `slotMinutes` of elapsed time, a
 * column per room that has sessions that day (rooms by `order`, unknown slugs after them), and
 * a lane per overlapping session in a room so no two items share a cell. Empty stretches longer
 * than `maxGapMinutes` collapse into `gapRows`-high breaks (`maxGapMinutes: Infinity` keeps the
 * full height). A day without sessions gives an empty layout (0 rows). Throws RangeError for an
 * unknown zone or a bad option.
 */
export function layoutDay<T extends Timed>(
  sessions: readonly T[],
  rooms: readonly Room[],
  zone: string,
  date: string,
  options: GridOptions = {},
): DayLayout {
  return layoutParsed(parse(sessions), rooms, zone, date, options);
}

/** `layoutDay` for every date of `gridDays`, parsing the sessions once. */
export function layoutDays<T extends Timed>(
  sessions: readonly T[],
  rooms: readonly Room[],
  zone: string,
  options: GridOptions = {},
): DayLayout[] {
  const parsed = parse(sessions);
  return gridDays(sessions, zone, options.dayChange).map((date) => layoutParsed(parsed, rooms, zone, date, options));
}

/**
 * The fractional row line of a "now" line in a layout (1 = the window's top edge), or null when
 * `now` is outside the window [start, end) or falls on another local date in `zone` (a layout
 * from another zone). Inside a break the line moves through the break's rows in proportion to
 * the time elapsed in the stretch, so it never stands still for hours or jumps backwards.
 */
export function nowPosition(layout: DayLayout, now: string | number | Date, zone: string): number | null {
  const ms = typeof now === 'number' ? now : typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (Number.isNaN(ms) || layout.rows === 0) return null;
  const start = Date.parse(layout.start);
  if (ms < start || ms >= Date.parse(layout.end)) return null;
  if (conferenceDate(ms, zone, layout.dayChange) !== layout.date) return null;
  // Count rows from the last edge at or before `now`: the window's start or a break's end.
  let from = start;
  let row = 1;
  for (const b of layout.breaks) {
    const [breakStart, breakEnd] = [Date.parse(b.start), Date.parse(b.end)];
    if (ms < breakStart) break;
    if (ms < breakEnd) return b.rowStart + ((b.rowEnd - b.rowStart) * (ms - breakStart)) / (breakEnd - breakStart);
    [from, row] = [breakEnd, b.rowEnd];
  }
  return row + (ms - from) / (layout.slotMinutes * MINUTE);
}

/**
 * The date to show: `requested` when the program has it; otherwise, while the conference runs,
 * the day of `now` in `zone` (or the next day with sessions); otherwise the first day.
 * Undefined only when there are no days.
 */
export function chooseDay(
  days: readonly string[],
  zone: string,
  { requested, now, dayChange = 0 }: { requested?: string; now?: string | number | Date; dayChange?: number } = {},
): string | undefined {
  if (requested && days.includes(requested)) return requested;
  if (now !== undefined && days.length) {
    const today = conferenceDate(now, zone, dayChange);
    if (today >= days[0] && today <= days[days.length - 1]) return days.find((d) => d >= today);
  }
  return days[0];
}

export interface Placement {
  /** CSS `grid-row`, e.g. "13 / 15". */
  gridRow: string;
  /** CSS `grid-column`, e.g. "2 / 3". */
  gridColumn: string;
}

/**
 * CSS grid lines for an item. `rowOffset` counts the rows above the window (a header row: 1);
 * `columnOffset` counts the columns before the first room (the time column: 1, the default).
 */
export function gridPlacement(
  item: Pick<GridItem, 'rowStart' | 'rowEnd' | 'trackStart' | 'trackEnd'>,
  { rowOffset = 0, columnOffset = 1 }: { rowOffset?: number; columnOffset?: number } = {},
): Placement {
  return {
    gridRow: `${item.rowStart + rowOffset} / ${item.rowEnd + rowOffset}`,
    gridColumn: `${item.trackStart + 1 + columnOffset} / ${item.trackEnd + 1 + columnOffset}`,
  };
}

/**
 * Rows below which a card is too short to hold its star beside its title (4 rows: 20 minutes at
 * the default slot): its star then shows when the card opens, on hover, focus or a tap, so the
 * stars of back-to-back short sessions never crowd each other.
 */
export const SHORT_ROWS = 4;

/** True for an item too short for its star (see SHORT_ROWS). */
export const isShort = (item: Pick<GridItem, 'rowStart' | 'rowEnd'>) => item.rowEnd - item.rowStart < SHORT_ROWS;

/** CSS `grid-column` of a room's header: all of its lane tracks. */
export const columnPlacement = (column: Pick<GridColumn, 'trackStart' | 'trackEnd'>, columnOffset = 1): string =>
  `${column.trackStart + 1 + columnOffset} / ${column.trackEnd + 1 + columnOffset}`;

/**
 * CSS `grid-template-columns`: the time column, then each room as wide as the others whatever
 * its lane count (its lanes share one `fr`), never narrower than `minColumn` (a CSS length, e.g.
 * "var(--col)"), so 60 rooms scroll sideways instead of shrinking to unreadable slivers.
 */
export function gridTemplateColumns(
  layout: Pick<DayLayout, 'columns'>,
  timeColumn = 'max-content',
  minColumn = '0px',
): string {
  const rooms = layout.columns.map((c) =>
    c.lanes === 1
      ? `minmax(${minColumn}, 1fr)`
      : `repeat(${c.lanes}, minmax(calc(${minColumn} / ${c.lanes}), ${Number((1 / c.lanes).toFixed(4))}fr))`,
  );
  return [timeColumn, ...rooms].join(' ');
}
