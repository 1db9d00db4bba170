/**
 * Source times to instants. Exports write times three ways: an instant with an offset (pretalx),
 * a local date and clock time in the event's zone (Sessionize, older frab), or a duration after a
 * start. Local times are resolved in the zone the user names, never in the machine's own zone.
 */
import { ImportError } from './model';
import { canonicalZone, localDate, localTime, offsetMinutes } from '../time';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** An ISO 8601 instant: a date and time with "Z" or an offset. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
/** A floating local date and time, as Sessionize writes it. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * The instant of a wall-clock time in `zone`. Of a time the clocks pass twice (autumn), the first;
 * undefined for a time they skip (spring) or a date or time that does not exist.
 */
export function zonedInstant(localDateTime: string, zone: string): number | undefined {
  const m = LOCAL.exec(localDateTime);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  // The offsets on either side of any change of the clocks near that wall time.
  const offsets = new Set([
    offsetMinutes(wall - DAY, zone),
    offsetMinutes(wall, zone),
    offsetMinutes(wall + DAY, zone),
  ]);
  const fits = [...offsets].map((o) => wall - o * MINUTE).filter((t) => offsetMinutes(t, zone) * MINUTE === wall - t);
  return fits.length ? Math.min(...fits) : undefined;
}

/** A source time as an instant: an ISO instant as is, a floating local time in `zone`; else undefined. */
export function sourceInstant(value: string, zone: string): number | undefined {
  const text = value.trim();
  if (INSTANT.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return zonedInstant(text, zone);
}

/** Minutes of a frab duration, "HH:MM" or "HH:MM:SS" (hours may exceed 24); undefined otherwise. */
export function durationMinutes(value: string): number | undefined {
  const m = /^(\d{1,3}):([0-5]\d)(?::[0-5]\d)?$/.exec(value.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** "HH:MM" of a clock time written "H:MM", "HH:MM" or "HH:MM:SS"; undefined otherwise. */
export function clockTime(value: string): string | undefined {
  const m = /^(\d{1,2}):([0-5]\d)(?::[0-5]\d)?$/.exec(value.trim());
  return m && Number(m[1]) < 24 ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}

/** The day change of a source that gives each day's start as an instant: that start's clock time in `zone`. */
export function dayChangeOf(dayStart: string, zone: string): string | undefined {
  const ms = sourceInstant(dayStart, zone);
  return ms === undefined ? undefined : localTime(ms, zone);
}

/** A conference day the source declares, "2024-02-03" or an instant's date in `zone`; undefined if neither. */
export function sourceDate(value: string | undefined, zone: string): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = sourceInstant(value, zone);
  return ms === undefined ? undefined : localDate(ms, zone);
}

/**
 * The event's zone: the one the user gives wins (exports often name "UTC" for a local event),
 * then the one the file names; without either, `missing` says why the file needs one.
 */
export function eventZone(given: string | undefined, named: string | undefined, path: string, missing: string): string {
  if (given !== undefined) {
    const zone = canonicalZone(given);
    if (!zone) throw new ImportError(`"${given}" is not a time zone: give an IANA zone like --zone Europe/Brussels`);
    return zone;
  }
  if (named !== undefined) {
    const zone = canonicalZone(named);
    if (!zone)
      throw new ImportError(`"${named}" is not an IANA time zone: give the event's zone with --zone`, { path });
    return zone;
  }
  throw new ImportError(`${missing}: give the event's zone with --zone, like --zone Europe/Brussels`);
}
