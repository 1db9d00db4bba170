/**
 * One rendering of each time fact. The .astro components call these at build time in the event's
 * zone, and the island calls the same functions in the viewer's zone, so server and client cannot
 * disagree. Each returns plain strings; markup carries them in `data-part` elements (see
 * src/lib/island.ts) so the island can rewrite the text without rebuilding anything.
 */
import type { Translator } from './i18n';
import {
  conferenceDate,
  dayShift,
  formatDay,
  formatOffset,
  localDate,
  localTime,
  minutesBetween,
  offsetMinutes,
  UTC,
} from './time';

/** What every fact needs besides the instant and the zone shown. */
export interface FactContext {
  t: Translator;
  /** The event's zone: its clock is the reference ("07:00–07:25 UTC") and its days carry the day change. */
  eventZone: string;
  /** Minutes after midnight before which a session belongs to the previous conference day. */
  dayChange: number;
}

/** The day change applies in the event's own zone only: elsewhere a day is a calendar day. */
export const dayChangeIn = (zone: string, ctx: Pick<FactContext, 'eventZone' | 'dayChange'>) =>
  zone === ctx.eventZone ? ctx.dayChange : 0;

/** The day a session is listed under in `zone`: its conference day there. */
export const groupDate = (start: string | number, zone: string, ctx: Pick<FactContext, 'eventZone' | 'dayChange'>) =>
  conferenceDate(start, zone, dayChangeIn(zone, ctx));

/** A zone's name for people: "UTC", the dictionary's city ("北京"), else the IANA city ("Los Angeles"). */
export function zoneName(zone: string, t: Translator): string {
  if (zone === UTC) return 'UTC';
  const key = `zone.${zone}`;
  if (t.has(key)) return t(key);
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** "UTC+8", or "UTC" for UTC itself, at that instant. */
export const offsetLabel = (zone: string, at: string | number) => formatOffset(offsetMinutes(at, zone));

/** "25 min", "2 h 30 min" in the interface language. */
export function duration(minutes: number, t: Translator): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return t('duration.minutes', { m });
  return m ? t('duration.hoursMinutes', { h, m }) : t('duration.hours', { h });
}

/** "+1 day from UTC", "−1 day from Brussels time", or "" when the date is the event's. */
export function shiftLabel(at: string | number, zone: string, ctx: FactContext): string {
  if (zone === ctx.eventZone) return '';
  const shift = dayShift(at, zone, ctx.eventZone);
  if (!shift) return '';
  return ctx.t(shift > 0 ? 'time.later' : 'time.earlier', { n: Math.abs(shift), zone: zoneName(ctx.eventZone, ctx.t) });
}

/** The time line of a session card. `date` is shown in search results and for sessions after midnight. */
export interface CardTime {
  from: string;
  to: string;
  /** The offset of the zone shown, "UTC+8". */
  zone: string;
  /** "Tue 26 Apr". */
  date: string;
  /** True when the session starts on a later calendar date than the day it is listed under. */
  late: boolean;
  shift: string;
  /** The event's clock and the duration: "07:00–07:25 UTC · 25 min", or only the duration in the event's zone. */
  alt: string;
}

export function cardTime(start: string, end: string, zone: string, ctx: FactContext): CardTime {
  const length = duration(minutesBetween(start, end), ctx.t);
  const inEvent = zone === ctx.eventZone;
  const eventClock = `${localTime(start, ctx.eventZone)}–${localTime(end, ctx.eventZone)}`;
  return {
    from: localTime(start, zone),
    to: localTime(end, zone),
    zone: offsetLabel(zone, start),
    date: formatDay(localDate(start, zone), ctx.t.intl, 'short'),
    late: localDate(start, zone) !== groupDate(start, zone, ctx),
    shift: shiftLabel(start, zone, ctx),
    alt: inEvent
      ? length
      : ctx.t('time.eventClock', { clock: eventClock, zone: zoneName(ctx.eventZone, ctx.t), duration: length }),
  };
}

/** A session page's "when": the day, the clock, the zone and the duration, and the event's own time. */
export interface SessionTime {
  day: string;
  from: string;
  to: string;
  zone: string;
  duration: string;
  /** "Event time: Monday 25 April 2022, 15:00–15:25 UTC", or "" when shown in the event's zone. */
  event: string;
}

export function sessionTime(start: string, end: string, zone: string, ctx: FactContext): SessionTime {
  // The short day: the line fits a phone's width, so the line kept for it (session.css) holds it.
  const eventDay = formatDay(localDate(start, ctx.eventZone), ctx.t.intl, 'short');
  const eventClock = `${localTime(start, ctx.eventZone)}–${localTime(end, ctx.eventZone)}`;
  return {
    day: formatDay(localDate(start, zone), ctx.t.intl),
    from: localTime(start, zone),
    to: localTime(end, zone),
    zone: offsetLabel(zone, start),
    duration: duration(minutesBetween(start, end), ctx.t),
    event:
      zone === ctx.eventZone
        ? ''
        : ctx.t('time.eventTime', { day: eventDay, clock: eventClock, zone: zoneName(ctx.eventZone, ctx.t) }),
  };
}

/** A session in a compact list ("Tue 26 Apr, 23:00 UTC+8" and, beside it, "15:00 UTC"). */
export function linkTime(start: string, zone: string, ctx: FactContext): { when: string; alt: string } {
  const when = ctx.t('time.link', {
    day: formatDay(localDate(start, zone), ctx.t.intl, 'short'),
    time: localTime(start, zone),
    zone: offsetLabel(zone, start),
  });
  const alt = zone === ctx.eventZone ? '' : `${localTime(start, ctx.eventZone)} ${zoneName(ctx.eventZone, ctx.t)}`;
  return { when, alt };
}

/** The note over the program: which zone the times are in. */
export function zoneNote(zone: string, own: boolean, at: string | number, t: Translator): string {
  const iana = zone.replace(/_/g, ' ');
  const offset = offsetLabel(zone, at);
  const where =
    zone === UTC
      ? 'UTC'
      : t.has(`zone.${zone}`)
        ? t('zone.named', { city: zoneName(zone, t), iana, offset })
        : t('zone.unnamed', { iana, offset });
  return t(own ? 'zone.note.own' : 'zone.note', { zone: where });
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

/** The year, month and day of a date as the locale writes them ("April" / "4"). */
function dateParts(date: string, intl: string): { year: string; month: string; day: string } {
  let fmt = partFormats.get(intl);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(intl, { timeZone: UTC, year: 'numeric', month: 'long', day: 'numeric' });
    partFormats.set(intl, fmt);
  }
  const parts = fmt.formatToParts(new Date(`${date}T12:00:00Z`));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day') };
}

/**
 * A run of days in the interface language: "25–29 April 2022", "2022年4月25日至29日". ICU's own
 * range format writes Chinese ranges as "2022/4/25 – 2022/4/29", so the shapes are dictionary messages.
 */
export function dateRange(first: string, last: string, t: Translator): string {
  const a = dateParts(first, t.intl);
  const b = dateParts(last, t.intl);
  if (first === last) return t('date.range.day', { year: a.year, month: a.month, day: a.day });
  if (a.year !== b.year) return t('date.range.years', { from: formatDay(first, t.intl), to: formatDay(last, t.intl) });
  if (a.month !== b.month)
    return t('date.range.year', { year: a.year, m1: a.month, d1: a.day, m2: b.month, d2: b.day });
  return t('date.range.month', { year: a.year, month: a.month, d1: a.day, d2: b.day });
}

/** The conference's days as seen from `zone`: from the first session's day to the last one's. */
export function programRange(first: string, last: string, zone: string, ctx: FactContext): string {
  return dateRange(groupDate(first, zone, ctx), groupDate(last, zone, ctx), ctx.t);
}

/** Every fact kind the markup carries, by its `data-fact` name. */
export type FactKind = 'card' | 'slot' | 'session' | 'link' | 'range';

/**
 * The text of each `data-part` of a fact, for the island's rewrite: the same functions as above,
 * flattened to strings ("1" / "" for flags).
 */
export function factParts(
  kind: FactKind,
  start: string,
  end: string,
  zone: string,
  ctx: FactContext,
): Record<string, string> {
  switch (kind) {
    case 'card': {
      const c = cardTime(start, end, zone, ctx);
      return { ...c, late: c.late ? '1' : '' };
    }
    case 'slot':
      return { from: localTime(start, zone), to: localTime(end, zone) };
    case 'session':
      return { ...sessionTime(start, end, zone, ctx) };
    case 'link':
      return linkTime(start, zone, ctx);
    case 'range':
      return { range: programRange(start, end, zone, ctx) };
  }
}
