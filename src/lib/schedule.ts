/** Ordering, grouping by day and neighbours: pure functions over sessions. */
import { localDate } from './time';

/** The fields the schedule logic needs; full sessions and the browser's lightweight records both fit. */
export interface Timed {
  slug: string;
  start: string;
  end: string;
  order?: number;
  room?: string;
}

export interface DayGroup<T extends Timed> {
  /** Local calendar date in the displayed zone, "YYYY-MM-DD". */
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

/** Group sessions by their local start date in `zone`, days and sessions in time order. */
export function groupByDay<T extends Timed>(sessions: readonly T[], zone: string): DayGroup<T>[] {
  const days = new Map<string, T[]>();
  for (const s of sortSessions(sessions)) {
    const date = localDate(s.start, zone);
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
  /** The session that precedes this one in the program, not counting parallel ones. */
  before?: T;
  /** The session that follows this one. */
  after?: T;
  /** Sessions running at the same time as this one. */
  parallel: T[];
}

/** What comes before, after and alongside a session. */
export function neighbours<T extends Timed>(session: T, all: readonly T[]): Neighbours<T> {
  const sorted = sortSessions(all);
  const parallel = sorted.filter((s) => s.slug !== session.slug && overlaps(s, session));
  const others = sorted.filter((s) => s.slug === session.slug || !overlaps(s, session));
  const i = others.findIndex((s) => s.slug === session.slug);
  return { before: i > 0 ? others[i - 1] : undefined, after: others[i + 1], parallel };
}

export interface LiveState {
  /** Slugs of sessions running at `now`. */
  live: string[];
  /** Slugs of the sessions that start next after `now` (all that share the earliest start). */
  next: string[];
}

/** What is on at `now` and what starts next. Before the first session "next" is the opening. */
export function liveState(sessions: readonly Timed[], now: number): LiveState {
  const live = sessions.filter((s) => Date.parse(s.start) <= now && now < Date.parse(s.end)).map((s) => s.slug);
  const upcoming = sessions.filter((s) => Date.parse(s.start) > now);
  // A loop, not Math.min(...spread), which overflows the stack on very large programs.
  let first = Infinity;
  for (const s of upcoming) first = Math.min(first, Date.parse(s.start));
  const next = upcoming.filter((s) => Date.parse(s.start) === first).map((s) => s.slug);
  return { live, next };
}

/** Slugs of the sessions that overlap at least one other session in the list. */
export function conflicts(sessions: readonly Timed[]): Set<string> {
  const sorted = sortSessions(sessions);
  const out = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && Date.parse(sorted[j].start) < Date.parse(sorted[i].end); j++) {
      if (overlaps(sorted[i], sorted[j])) out.add(sorted[i].slug).add(sorted[j].slug);
    }
  }
  return out;
}

/** How long before the first session the "now" bar already shows. */
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
