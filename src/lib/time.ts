/**
 * Time zones and formatting, shared by the build and the browser.
 *
 * Offsets are read from Intl.DateTimeFormat in an explicit zone. date-fns-tz is used in the unit
 * tests as a second opinion (tests/unit/time.test.ts), not shipped: its `getTimezoneOffset` reads
 * a Date as wall-clock time (an hour off within a DST change), `formatInTimeZone` follows the
 * host's own zone near the host's DST change, and bundling `formatInTimeZone` costs 8,394 bytes
 * gzip (esbuild, minified) against 1,676 for every export of this module. Nothing here reads the
 * machine's own zone: every function takes the zone as a parameter.
 */

export const UTC = 'UTC';

const MINUTE = 60_000;
const DAY = 86_400_000;

const toMs = (at: string | number | Date): number =>
  typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();

const validity = new Map<string, string | null>();

/**
 * The canonical name of an IANA zone (or "UTC"), or null when the zone is unknown.
 * Accepts any case ("asia/shanghai") and returns the spelling Intl uses.
 */
export function canonicalZone(zone: unknown): string | null {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return null;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return null;
  const cached = validity.get(zone);
  if (cached !== undefined) return cached;
  let result: string | null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    // Older ICU resolves current names to legacy aliases (Asia/Kolkata → Asia/Calcutta): keep the
    // name the visitor used, only fixing its case, unless Intl's name is the same one.
    result = resolved.toLowerCase() === zone.toLowerCase() ? resolved : /[A-Z]/.test(zone) ? zone : titleCase(zone);
    if (/^(Etc\/)?(UTC|GMT|UCT|Universal|Zulu)$/i.test(result)) result = UTC;
    result = LEGACY_ZONES[result] ?? result;
  } catch {
    result = null;
  }
  validity.set(zone, result);
  return result;
}

/** Legacy names some ICU versions still report (Chromium under TZ=Asia/Kathmandu says "Asia/Katmandu"). */
const LEGACY_ZONES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'America/Godthab': 'America/Nuuk',
};

/** "america/los_angeles" → "America/Los_Angeles". */
const titleCase = (zone: string) =>
  zone.replace(/(^|[/_-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());

/** True when `zone` names a zone this runtime knows. */
export const isValidZone = (zone: unknown): zone is string => canonicalZone(zone) !== null;

const offsets = new Map<string, number | null>();
const QUARTER_HOUR = 15 * MINUTE;

/** Offsets from here on are remembered per quarter hour (see offsetMinutes). */
const CACHE_FROM = Date.UTC(1980, 0, 1);

/** The offset at an instant, asked of Intl. */
function intlOffset(ms: number, zone: string): number {
  const f = partsFormat(zone).formatToParts(new Date(ms));
  const get = (type: string) => Number(f.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/**
 * Minutes to add to UTC to get local time in `zone` at that instant (UTC+8 → 480). A large day
 * asks for thousands of offsets, so from 1980 on they are remembered per zone and quarter hour of
 * UTC — but only for a quarter hour whose first and last second have the same offset: a few zones
 * change at 00:01 local time, inside a quarter hour (checked for every zone in tests/unit/time.test.ts).
 */
export function offsetMinutes(at: string | number | Date, zone: string): number {
  if (zone === UTC) return 0;
  const ms = toMs(at);
  if (ms < CACHE_FROM) return intlOffset(ms, zone);
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const key = `${zone}|${bucket}`;
  const known = offsets.get(key);
  if (known !== undefined) return known ?? intlOffset(ms, zone);
  const first = intlOffset(bucket * QUARTER_HOUR, zone);
  const steady = first === intlOffset((bucket + 1) * QUARTER_HOUR - 1000, zone);
  if (offsets.size > 20_000) offsets.clear();
  offsets.set(key, steady ? first : null);
  return steady ? first : intlOffset(ms, zone);
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached numeric formatter for a zone; throws RangeError for an unknown zone. */
function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone: ${zone}`);
    }
    partsFormats.set(zone, f);
  }
  return f;
}

/** "UTC", "UTC+8", "UTC+5:45", "UTC−3:30" (with a true minus sign). */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** "+08:00" style offset for ISO strings. */
export function isoOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock fields of an instant in a zone. */
export function wallClock(at: string | number | Date, zone: string) {
  const ms = toMs(at);
  const shifted = new Date(ms + offsetMinutes(ms, zone) * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar date of an instant in a zone, "YYYY-MM-DD". */
export function localDate(at: string | number | Date, zone: string): string {
  const w = wallClock(at, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The 24-hour clock time of an instant in a zone, "HH:mm". */
export function localTime(at: string | number | Date, zone: string): string {
  const w = wallClock(at, zone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** Whole days between two "YYYY-MM-DD" dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** How many calendar days the date in `zone` is ahead of the date in `reference` (−2 to +2). */
export function dayShift(at: string | number | Date, zone: string, reference: string = UTC): number {
  return daysBetween(localDate(at, reference), localDate(at, zone));
}

/**
 * The conference day of an instant: its date in `zone`, counting the hours before `dayChange`
 * (minutes after midnight) as the previous day, so a session at 01:00 after an evening program
 * stays with that evening. With dayChange 0 it is the calendar date.
 */
export function conferenceDate(at: string | number | Date, zone: string, dayChange = 0): string {
  const w = wallClock(at, zone);
  const date = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  return w.hour * 60 + w.minute < dayChange ? addDays(date, -1) : date;
}

/** Minutes after midnight of "HH:MM" or "HH:MM:SS" (seconds ignored); 0 for anything else. */
export function clockMinutes(clock: string | undefined): number {
  const m = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(clock ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}

/** True for "YYYY-MM-DD" naming a day that exists: not 2022-02-31, which Date.parse rolls over. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** True for an ISO instant whose date is real and whose clock fields are in range. */
export function isRealInstant(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!m || !isRealDate(m[1])) return false;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return false;
  return !Number.isNaN(Date.parse(value));
}

/** The date `n` days after a "YYYY-MM-DD" date. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(intl: string, style: 'long' | 'short', year: boolean): Intl.DateTimeFormat {
  const key = `${intl}|${style}|${year}`;
  let fmt = dayFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(intl, {
      timeZone: UTC,
      weekday: style,
      day: 'numeric',
      month: style,
      ...(year ? { year: 'numeric' } : {}),
    });
    dayFormats.set(key, fmt);
  }
  return fmt;
}

/**
 * A calendar date as a heading, in the locale's own order with the weekday set off by a space:
 * "Tuesday 26 April 2022" / "Tue 26 Apr" (en-GB), "2022年4月26日 星期二" / "4月26日 周二" (zh).
 * The date is a plain calendar date, so it is formatted in UTC and no zone can shift it.
 * `long` has the year, `short` does not.
 */
/** Formatted days, remembered: a list of 340 sessions has a handful of dates. */
const days = new Map<string, string>();

export function formatDay(date: string, intl = 'en-GB', style: 'long' | 'short' = 'long'): string {
  const key = `${date}|${intl}|${style}`;
  const known = days.get(key);
  if (known !== undefined) return known;
  const parts = dayFormat(intl, style, style === 'long').formatToParts(new Date(`${date}T12:00:00Z`));
  const weekday = parts.findIndex((p) => p.type === 'weekday');
  const text = (list: Intl.DateTimeFormatPart[]) =>
    list
      .map((p) => p.value)
      .join('')
      .replace(/^[\s,，]+|[\s,，]+$/g, '');
  const out =
    weekday < 0
      ? text(parts)
      : [text(parts.slice(0, weekday)), parts[weekday].value, text(parts.slice(weekday + 1))].filter(Boolean).join(' ');
  if (days.size > 2_000) days.clear();
  days.set(key, out);
  return out;
}

/** Minutes between two instants. */
export function minutesBetween(a: string | number | Date, b: string | number | Date): number {
  return Math.round((toMs(b) - toMs(a)) / MINUTE);
}

/** An instant as UTC ISO without milliseconds: "2022-04-25T15:00:00Z". */
export function toUtcIso(at: string | number | Date): string {
  return new Date(toMs(at)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
