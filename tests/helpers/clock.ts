/**
 * What a time should read, computed independently of the site's own formatting (src/lib/time.ts,
 * src/lib/facts.ts): dates and clocks from Intl's zone arithmetic only, words from the small tables
 * below. End-to-end tests compare the pages with these, so a shared bug cannot agree with itself.
 */

/** The interface languages of the site, as the tests name them. */
export type Locale = 'en' | 'zh';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZH_WEEKDAYS = '日一二三四五六';

const parts = (iso: string | number, zone: string) => {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const get = (type: string) => fmt.formatToParts(new Date(iso)).find((p) => p.type === type)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, clock: `${get('hour')}:${get('minute')}` };
};

/** "09:15": the 24-hour clock of an instant in a zone. */
export const clockIn = (iso: string | number, zone: string) => parts(iso, zone).clock;

/** "2022-04-26": the calendar date of an instant in a zone. */
export const dateIn = (iso: string | number, zone: string) => parts(iso, zone).date;

/**
 * The conference day of an instant: its date in the zone, or the day before when its clock is
 * earlier than the day change (minutes after midnight).
 */
export function conferenceDay(iso: string | number, zone: string, dayChange = 0): string {
  const { date, clock } = parts(iso, zone);
  const [h, m] = clock.split(':').map(Number);
  if (h * 60 + m >= dayChange) return date;
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** "UTC+8", "UTC−7" (a real minus sign), "UTC+5:45", or "UTC": a zone's offset at an instant. */
export function offsetIn(zone: string, iso: string | number): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 'UTC';
  const hours = String(Number(m[2]));
  return `UTC${m[1] === '-' ? '−' : '+'}${hours}${m[3] === '00' ? '' : `:${m[3]}`}`;
}

const ymd = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
};

/** A day heading: "Tuesday 26 April 2022", "2022年4月26日 星期二". */
export function longDay(date: string, locale: Locale): string {
  const { y, m, d, weekday } = ymd(date);
  return locale === 'zh'
    ? `${y}年${m}月${d}日 星期${ZH_WEEKDAYS[weekday]}`
    : `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** A day chip or tab: "Tue 26 Apr", "4月26日 周二". */
export function shortDay(date: string, locale: Locale): string {
  const { m, d, weekday } = ymd(date);
  return locale === 'zh'
    ? `${m}月${d}日 周${ZH_WEEKDAYS[weekday]}`
    : `${WEEKDAYS[weekday].slice(0, 3)} ${d} ${MONTHS[m - 1].slice(0, 3)}`;
}

/** A run of days within one month: "25–30 April 2022", "2022年4月25日至30日". */
export function dayRange(first: string, last: string, locale: Locale): string {
  const a = ymd(first);
  const b = ymd(last);
  if (a.y !== b.y || a.m !== b.m) throw new Error(`dayRange: ${first}–${last} spans months; extend the oracle`);
  return locale === 'zh' ? `${a.y}年${a.m}月${a.d}日至${b.d}日` : `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
}

/** Minutes between two instants. */
export const minutes = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 60_000;

/** The distinct calendar dates of instants in a zone, sorted. */
export const datesIn = (instants: readonly string[], zone: string) =>
  [...new Set(instants.map((i) => dateIn(i, zone)))].sort();
