/**
 * Large programs: past a size limit the list and the timetable are split into one page per
 * conference day (in the event's zone, with its day change), so no page carries thousands of
 * sessions. Small programs keep everything on one page.
 */
import { conferenceDate } from './time';

export interface DayPage {
  /** The conference day, "YYYY-MM-DD". */
  date: string;
  /** Sessions that day. */
  count: number;
}

/** How the program's days are counted: the event's zone and day change. */
export interface DayRule {
  zone: string;
  dayChange: number;
}

/** The conference days of the program with their counts when it has more than `limit` sessions, else null. */
export function dayPages(sessions: readonly { start: string }[], limit: number, rule: DayRule): DayPage[] | null {
  if (sessions.length <= limit) return null;
  const counts = new Map<string, number>();
  for (const s of sessions) {
    const date = conferenceDate(s.start, rule.zone, rule.dayChange);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, count]) => ({ date, count }));
}

/** The sessions of a conference day. */
export const onDay = <T extends { start: string }>(sessions: readonly T[], date: string, rule: DayRule): T[] =>
  sessions.filter((s) => conferenceDate(s.start, rule.zone, rule.dayChange) === date);

/** The path of a day's page: the first day is the view's own root ("/" or "/grid/"). */
export function dayPagePath(root: '/' | '/grid/', pages: readonly DayPage[], date: string): string {
  if (pages[0]?.date === date) return root;
  return root === '/' ? `/days/${date}/` : `/grid/${date}/`;
}

/** The day page that lists a session's conference day, or "/" for a small program. */
export function dayPageOf(start: string, pages: readonly DayPage[] | null, rule: DayRule): string {
  if (!pages) return '/';
  return dayPagePath('/', pages, conferenceDate(start, rule.zone, rule.dayChange));
}

/** The day pages after the first (which is the view's root), with all pages as props. */
export function dayPageRoutes(sessions: readonly { start: string }[], limit: number, rule: DayRule) {
  const pages = dayPages(sessions, limit, rule) ?? [];
  return pages.slice(1).map((p) => ({ params: { date: p.date }, props: { pages } }));
}
