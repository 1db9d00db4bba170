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

/** Zones offered in the picker after "My time" and UTC. */
export const POPULAR_ZONES: readonly { zone: string; city: string }[] = [
  { zone: 'Asia/Shanghai', city: 'Beijing' },
  { zone: 'America/Los_Angeles', city: 'Los Angeles' },
  { zone: 'America/New_York', city: 'New York' },
  { zone: 'Europe/London', city: 'London' },
  { zone: 'Europe/Berlin', city: 'Berlin' },
  { zone: 'Asia/Kolkata', city: 'Bangalore' },
  { zone: 'Asia/Tokyo', city: 'Tokyo' },
  { zone: 'Australia/Sydney', city: 'Sydney' },
];

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

/** Minutes to add to UTC to get local time in `zone` at that instant (UTC+8 → 480). */
export function offsetMinutes(at: string | number | Date, zone: string): number {
  if (zone === UTC) return 0;
  const ms = toMs(at);
  const f = partsFormat(zone).formatToParts(new Date(ms));
  const get = (type: string) => Number(f.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE);
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

/** How many days the local date is from the UTC date (−1, 0 or +1). */
export function dayShift(at: string | number | Date, zone: string): number {
  return daysBetween(localDate(at, UTC), localDate(at, zone));
}

/** "+1 day", "−1 day", or "" when the local date is the UTC date. */
export function dayShiftLabel(shift: number): string {
  if (shift === 0) return '';
  const sign = shift > 0 ? '+' : '−';
  const n = Math.abs(shift);
  return `${sign}${n} day${n === 1 ? '' : 's'}`;
}

/** The date `n` days after a "YYYY-MM-DD" date. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date as a heading: "Monday 25 April 2022" (en) or "2022年4月25日星期一" (zh).
 * The date is a plain calendar date, so it is formatted in UTC and no zone can shift it.
 */
export function formatDay(date: string, locale = 'en-GB', style: 'long' | 'short' = 'long'): string {
  const key = `${locale}|${style}`;
  let fmt = dayFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, {
      timeZone: UTC,
      weekday: style,
      day: 'numeric',
      month: style,
      ...(style === 'long' ? { year: 'numeric' } : {}),
    });
    dayFormats.set(key, fmt);
  }
  return fmt.format(new Date(`${date}T12:00:00Z`)).replace(',', '');
}

/** "Asia/Shanghai, UTC+8" for the zone's offset at that instant. */
export function zoneLabel(zone: string, at: string | number | Date): string {
  const offset = formatOffset(offsetMinutes(at, zone));
  return zone === UTC ? 'UTC' : `${zone.replace(/_/g, ' ')}, ${offset}`;
}

/** Minutes between two instants. */
export function minutesBetween(a: string | number | Date, b: string | number | Date): number {
  return Math.round((toMs(b) - toMs(a)) / MINUTE);
}

/** "25 min", "2 h 30 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** An instant as UTC ISO without milliseconds: "2022-04-25T15:00:00Z". */
export function toUtcIso(at: string | number | Date): string {
  return new Date(toMs(at)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
