/**
 * Large programs: past a size limit the list and the grid are split into one page per UTC day,
 * so no page carries thousands of sessions. Small programs keep everything on one page.
 */
import { localDate, UTC } from './time';

export interface DayPage {
  /** UTC calendar date, "YYYY-MM-DD". */
  date: string;
  /** Sessions starting that day. */
  count: number;
}

/** The UTC days of the program with their counts when it has more than `limit` sessions, else null. */
export function dayPages(sessions: readonly { start: string }[], limit: number): DayPage[] | null {
  if (sessions.length <= limit) return null;
  const counts = new Map<string, number>();
  for (const s of sessions) {
    const date = localDate(s.start, UTC);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, count]) => ({ date, count }));
}

/** The sessions that start on a UTC date. */
export const onDay = <T extends { start: string }>(sessions: readonly T[], date: string): T[] =>
  sessions.filter((s) => localDate(s.start, UTC) === date);

/** The path of a day's page: the first day is the view's own root ("/" or "/grid/"). */
export function dayPagePath(root: '/' | '/grid/', pages: readonly DayPage[], date: string): string {
  if (pages[0]?.date === date) return root;
  return root === '/' ? `/days/${date}/` : `/grid/${date}/`;
}

/** getStaticPaths of the day pages: every day but the first (which is the view's root), with all pages as props. */
export function dayPageRoutes(sessions: readonly { start: string }[], limit: number) {
  const pages = dayPages(sessions, limit) ?? [];
  return pages.slice(1).map((p) => ({ params: { date: p.date }, props: { pages } }));
}
