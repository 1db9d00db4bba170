/** Ordering, grouping by day, neighbours and live state: pure functions over sessions. */
import { conferenceDate } from './time';

/** The fields the schedule logic needs; full sessions and the browser's lightweight records both fit. */
export interface Timed {
  slug: string;
  start: string;
  end: string;
  order?: number;
  room?: string;
}

export interface DayGroup<T extends Timed> {
  /** The conference day in the displayed zone, "YYYY-MM-DD". */
  date: string;
  sessions: T[];
}

/** Sort by start, then by end (shorter first), then program order, then slug: a total, stable order. */
export function compareSessions(a: Timed, b: Timed): number {
  return (
    Date.parse(a.start) - Date.parse(b.start) ||
    Date.parse(a.end) - Date.parse(b.end) ||
    (a.order ?? 0) - (b.order ?? 0) ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}

export function sortSessions<T extends Timed>(sessions: readonly T[]): T[] {
  return [...sessions].sort(compareSessions);
}

/**
 * Group sessions by their day in `zone`, days and sessions in time order. With `dayChange`
 * (minutes after midnight), sessions before that time belong to the day before.
 */
export function groupByDay<T extends Timed>(sessions: readonly T[], zone: string, dayChange = 0): DayGroup<T>[] {
  const days = new Map<string, T[]>();
  for (const s of sortSessions(sessions)) {
    const date = conferenceDate(s.start, zone, dayChange);
    const list = days.get(date);
    if (list) list.push(s);
    else days.set(date, [s]);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, list]) => ({ date, sessions: list }));
}

/** True when two sessions share some time (touching ends do not overlap). */
export function overlaps(a: Timed, b: Timed): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}

export interface Neighbours<T> {
  /** The session before this one in its room. */
  before?: T;
  /** The session after this one in its room. */
  after?: T;
  /** Sessions in other rooms (or the same room) running at the same time, in time order. */
  parallel: T[];
}

/**
 * A finder of what comes before, after and alongside a session, over `sorted` (in the order of
 * `sortSessions`). Made once per program: each query is a binary search and a short scan, so a
 * build of 5,000 session pages does not sort 5,000 times.
 */
export function neighbourFinder<T extends Timed>(sorted: readonly T[]): (session: T) => Neighbours<T> {
  const starts = sorted.map((s) => Date.parse(s.start));
  const ends = sorted.map((s) => Date.parse(s.end));
  let longest = 0;
  for (let i = 0; i < sorted.length; i++) longest = Math.max(longest, ends[i] - starts[i]);
  const index = new Map(sorted.map((s, i) => [s.slug, i]));
  /** The first index whose start is at or after `ms`. */
  const firstFrom = (ms: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (session) => {
    const i = index.get(session.slug) ?? -1;
    const start = Date.parse(session.start);
    const end = Date.parse(session.end);
    const parallel: T[] = [];
    // Everything that overlaps starts before `end` and no earlier than `start - longest`.
    for (let j = firstFrom(start - longest); j < sorted.length && starts[j] < end; j++)
      if (j !== i && ends[j] > start) parallel.push(sorted[j]);
    const sameRoom = (j: number) => sorted[j].room === session.room && j !== i;
    let before: T | undefined;
    for (let j = i - 1; j >= 0 && !before; j--) if (sameRoom(j) && ends[j] <= start) before = sorted[j];
    let after: T | undefined;
    for (let j = i + 1; j < sorted.length && !after; j++) if (sameRoom(j) && starts[j] >= end) after = sorted[j];
    return { before, after, parallel };
  };
}

export interface LiveState {
  /** Slugs of sessions running at `now`. */
  live: string[];
  /** Slugs of the sessions that start next after `now` (all that share the earliest start). */
  next: string[];
}

/** What is on at `now` and what starts next. Before the first session "next" is the opening. */
export function liveState(sessions: readonly Timed[], now: number): LiveState {
  const live: string[] = [];
  let first = Infinity;
  // Loops, not Math.min(...spread), which overflows the stack on very large programs.
  for (const s of sessions) {
    const start = Date.parse(s.start);
    if (start <= now && now < Date.parse(s.end)) live.push(s.slug);
    else if (start > now) first = Math.min(first, start);
  }
  const next = sessions.filter((s) => Date.parse(s.start) === first).map((s) => s.slug);
  return { live, next };
}

/** Each session that overlaps another in the list, with the first session it overlaps. */
export function conflicts<T extends Timed>(sessions: readonly T[]): Map<string, T> {
  const sorted = sortSessions(sessions);
  const out = new Map<string, T>();
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && Date.parse(sorted[j].start) < Date.parse(sorted[i].end); j++) {
      if (!overlaps(sorted[i], sorted[j])) continue;
      if (!out.has(sorted[i].slug)) out.set(sorted[i].slug, sorted[j]);
      if (!out.has(sorted[j].slug)) out.set(sorted[j].slug, sorted[i]);
    }
  }
  return out;
}

/** How long before the first session the "now" strip already shows. */
export const RUNNING_LEAD_MS = 86_400_000;

/** True from a day before the first session until the last one ends: the time "Jump to now" is useful. */
export function isRunning(sessions: readonly Timed[], now: number, lead = RUNNING_LEAD_MS): boolean {
  let first = Infinity;
  let last = -Infinity;
  for (const s of sessions) {
    first = Math.min(first, Date.parse(s.start));
    last = Math.max(last, Date.parse(s.end));
  }
  return now >= first - lead && now < last;
}
