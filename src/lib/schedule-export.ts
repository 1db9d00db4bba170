/**
 * The schedule as the frab/Pentabarf family of formats sees it: conference days, rooms per day,
 * events with GUIDs, "HH:MM" start and duration. frab.ts writes it as schedule.xml and c3voc.ts as
 * schedule.json, so both exports always agree. Pure; URLs come in through `ExportContext`.
 *
 * Days are the event's conference days in its zone (`event.timeZone`), each running from
 * `event.dayChange` to the next day's, so a 01:30 session after an evening program is filed under
 * that evening. Clock times are wall-clock times in the event's zone and every instant is written
 * with that zone's offset at that instant ("2023-03-25T04:00:00+01:00"), as pretalx and frab do;
 * "+00:00" rather than "Z" in UTC, the form older readers parse.
 */
import type { EventInfo, Program, Session, Speaker } from './types';
import { createLookup, type Lookup } from './lookup';
import { sessionPath, speakerPath } from './paths';
import { absoluteUrl, encodeUrl } from './absolute-url';
import { eventIds, guidsFor, personIds, sha1, toHex, type Guids } from './guid';
import { addDays, conferenceDate, localTime, minutesBetween, offsetMinutes, UTC } from './time';

/** The software named as the file's generator. */
export interface Generator {
  name: string;
  version?: string;
  url?: string;
}

export interface ExportContext {
  /** Absolute URL of the site root with its base, ending in "/": "https://x.org/sub/". */
  baseUrl: string;
  /** The generator named in the file; DEFAULT_GENERATOR when absent. */
  generator?: Generator;
}

/** This software, by its package name: the exports name no particular conference. */
export const DEFAULT_GENERATOR: Generator = { name: 'conference-schedule' };

/** A link or attachment: a reference with a c3voc type. */
export interface Reference {
  type: 'slides' | 'media' | 'web' | 'related';
  url: string;
  title: string;
}

export interface ExportPerson {
  name: string;
  /** Positive integer, unique in the file (frab `<person id>`, which ConfClerk needs). */
  id: number;
  guid: string;
  /** The speaker's page on this site. */
  url: string;
  /** Markdown, when the content has a biography. */
  biography?: string;
  links: Reference[];
}

export interface ExportEvent {
  /** Legacy positive integer id (see `eventIds`). */
  id: number;
  guid: string;
  /** Start instant with the event zone's offset, "2023-03-25T09:00:00+01:00". */
  date: string;
  end: string;
  /** Start on the event zone's clock, "09:00" (after midnight, before the day change: "01:30"). */
  start: string;
  /** "HH:MM". */
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  /** Track name, or null for sessions outside every track. */
  track: string | null;
  /** Type name, or "" for a session without one: neither format allows leaving it out. */
  type: string;
  /** The session's first language: both formats have room for one (a two-language session says so in its text). */
  language: string;
  abstract: string;
  /** Markdown, or "". */
  description: string;
  persons: ExportPerson[];
  links: Reference[];
  attachments: Reference[];
  /** The recording's page, when there is one. */
  recording?: string;
  originUrl?: string;
}

export interface ExportRoom {
  name: string;
  /** The room's slug when both formats accept it (they want ASCII), else left out. */
  slug?: string;
  guid: string;
  description?: string;
}

export interface ExportDay {
  /** 1-based. */
  index: number;
  /** The conference day, "YYYY-MM-DD" in the event's zone. */
  date: string;
  /** Its first instant (the day change) and its last second, with the zone's offset at each. */
  start: string;
  end: string;
  /** Every room, in grid order, with that day's events in time order. */
  rooms: (ExportRoom & { events: ExportEvent[] })[];
}

export interface ExportSchedule {
  /** Changes whenever the program content changes, and only then. */
  version: string;
  title: string;
  acronym: string;
  /** First and last day, "YYYY-MM-DD". */
  start: string;
  end: string;
  daysCount: number;
  timeslotDuration: string;
  /** The event's IANA zone. */
  timeZone: string;
  /** The day change as "HH:MM:SS", frab's `<day_change>`. */
  dayChange: string;
  /** The event's own website, when it has one. */
  conferenceUrl?: string;
  /** This site's root URL. */
  baseUrl: string;
  format?: EventInfo['format'];
  /** Tracks, `slug` left out when the formats would refuse it. */
  tracks: { name: string; slug?: string; color: string }[];
  rooms: ExportRoom[];
  days: ExportDay[];
  /** Number of events, for quick checks. */
  eventCount: number;
}

const MINUTE = 60_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes as "HH:MM": 25 → "00:25", 150 → "02:30". */
export function hhmm(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`Not a duration in minutes: ${minutes}`);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An offset in minutes as "+01:00" / "-03:30" / "+00:00" (never "Z"). */
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/**
 * An instant as the wall-clock time in `zone` with that zone's offset at that instant:
 * zonedIso('2023-03-26T01:00:00Z', 'Europe/Berlin') → "2023-03-26T03:00:00+02:00".
 */
export function zonedIso(at: string | number | Date, zone: string): string {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(at)}`);
  const offset = offsetMinutes(ms, zone);
  return `${new Date(ms + offset * MINUTE).toISOString().slice(0, 19)}${offsetText(offset)}`;
}

/** An instant in UTC with an explicit offset: "2022-04-25T15:00:00+00:00". */
export const utcOffsetIso = (at: string | number | Date) => zonedIso(at, UTC);

/**
 * The instant at which `zone`'s clock shows `minutes` after midnight on `date`. A time that
 * happens twice (the night clocks go back) is its first; a time that never happens (the hour
 * skipped in spring) moves forward by the gap, as Temporal's "compatible" disambiguation does.
 */
export function zonedInstant(date: string, minutes: number, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE;
  // Every zone's offset is within ±14 h, so these two see both sides of any change near `wall`.
  const before = offsetMinutes(wall - 14 * 60 * MINUTE, zone);
  const after = offsetMinutes(wall + 14 * 60 * MINUTE, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE)
    .filter((at) => wall - offsetMinutes(at, zone) * MINUTE === at)
    .sort((a, b) => a - b);
  return candidates[0] ?? wall - before * MINUTE;
}

/** A c3voc acronym from the event name: "FOSDEM 2024" → "fosdem_2024" (fits both schemas). */
export function acronymOf(name: string): string {
  const acronym = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return acronym.length >= 4 ? acronym : `${acronym}_conf`;
}

/** The ASCII words of a text as a slug: "基于envoy构建kubernetes" → "envoy-kubernetes". */
const asciiSlug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The c3voc slug "<acronym>-<code>-<words>": ASCII only, as the formats require, so a session
 * with a Chinese slug takes the ASCII words of its title (or "session").
 */
export function vocSlug(session: Pick<Session, 'code' | 'slug' | 'title'>, acronym: string): string {
  const words = /^[a-z0-9-]+$/.test(session.slug) ? session.slug : asciiSlug(session.title) || 'session';
  return `${acronym}-${asciiSlug(session.code)}-${words}`.replace(/-+$/, '');
}

/** A slug both formats accept for tracks and rooms, or undefined (a Unicode slug is left out). */
const formatSlug = (slug: string) => (/^[a-z][a-z0-9-]*[a-z0-9]$/.test(slug) ? slug : undefined);

/**
 * The coarsest of 15, 10, 5 and 1 minutes that every start (on `zone`'s clock: an event in a
 * +05:45 zone starts on its own quarter hours) and every duration is a multiple of.
 */
export function timeslotMinutes(sessions: readonly Pick<Session, 'start' | 'end'>[], zone: string = UTC): number {
  const minutes = sessions.flatMap((s) => {
    const ms = Date.parse(s.start);
    return [Math.round(ms / MINUTE) + offsetMinutes(ms, zone), minutesBetween(s.start, s.end)];
  });
  return [15, 10, 5].find((slot) => minutes.every((m) => m % slot === 0)) ?? 1;
}

/** A short hash of the program's content: the schedule "version" readers compare to detect updates. */
export function contentVersion(program: Program): string {
  const e = program.event;
  const canonical = JSON.stringify([
    [e.id, e.name, e.url ?? null, e.format ?? null, e.timeZone, e.dayChange, e.firstDay, e.lastDay],
    program.sessions.map((s) => [
      s.code,
      s.guid ?? null,
      s.slug,
      s.order ?? null,
      s.title,
      s.subtitle ?? null,
      s.speakers,
      s.start,
      s.end,
      s.track ?? null,
      s.type ?? null,
      s.languages,
      s.room,
      s.video ?? null,
      s.slides ?? null,
      s.originalPage ?? null,
      s.links ?? null,
      s.abstract,
      s.description ?? null,
    ]),
    program.speakers.map((s) => [s.slug, s.name, s.sourceId ?? null, s.bio ?? null, s.links ?? null]),
    program.tracks.map((t) => [t.slug, t.name, t.color]),
    program.rooms.map((r) => [r.slug, r.name, r.note ?? null]),
    program.types.map((t) => [t.slug, t.name]),
  ]);
  return toHex(sha1(canonical)).slice(0, 12);
}

/** A speaker's links as references: their own list, then Twitter and LinkedIn. */
function speakerLinks(speaker: Speaker | undefined): Reference[] {
  if (!speaker) return [];
  return [
    ...(speaker.links ?? []).map((l) => ({ type: 'web' as const, url: encodeUrl(l.url), title: l.title })),
    ...(speaker.twitter ? [{ type: 'web' as const, url: encodeUrl(speaker.twitter), title: 'Twitter' }] : []),
    ...(speaker.linkedin ? [{ type: 'web' as const, url: encodeUrl(speaker.linkedin), title: 'LinkedIn' }] : []),
  ];
}

interface EventMaker {
  lookup: Lookup;
  guids: Guids;
  persons: Map<string, number>;
  acronym: string;
  zone: string;
  baseUrl: string;
}

/** One session as an export event; `id` from `eventIds`. */
function toEvent(s: Session, id: number, m: EventMaker): ExportEvent {
  const { lookup } = m;
  return {
    id,
    guid: m.guids.session(s),
    date: zonedIso(s.start, m.zone),
    end: zonedIso(s.end, m.zone),
    start: localTime(s.start, m.zone),
    duration: hhmm(minutesBetween(s.start, s.end)),
    room: lookup.room(s.room)?.name ?? s.room,
    slug: vocSlug(s, m.acronym),
    url: absoluteUrl(m.baseUrl, sessionPath(s.slug)),
    title: s.title,
    subtitle: s.subtitle ?? '',
    track: lookup.track(s.track)?.name ?? null,
    type: lookup.type(s.type)?.name ?? s.type ?? '',
    language: s.languages[0],
    abstract: s.abstract,
    description: s.description ?? '',
    persons: s.speakers.map((slug) => {
      const speaker = lookup.speaker(slug);
      return {
        name: speaker?.name ?? slug,
        id: m.persons.get(slug) ?? 0,
        guid: m.guids.person(slug),
        url: absoluteUrl(m.baseUrl, speakerPath(slug)),
        ...(speaker?.bio ? { biography: speaker.bio } : {}),
        links: speakerLinks(speaker),
      };
    }),
    links: [
      ...(s.video ? [{ type: 'media' as const, url: encodeUrl(s.video), title: 'Video recording' }] : []),
      ...(s.originalPage
        ? [{ type: 'web' as const, url: encodeUrl(s.originalPage), title: 'Original session page' }]
        : []),
      ...(s.links ?? []).map((l) => ({ type: 'related' as const, url: encodeUrl(l.url), title: l.title })),
    ],
    attachments: s.slides ? [{ type: 'slides', url: encodeUrl(s.slides), title: 'Slides' }] : [],
    ...(s.video ? { recording: encodeUrl(s.video) } : {}),
    ...(s.originalPage ? { originUrl: encodeUrl(s.originalPage) } : {}),
  };
}

/** Items by key, each list in the order given (Map.groupBy is not in Node 20). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The conference days of a program: every day from firstDay to lastDay, and any day a session falls on. */
function conferenceDays(program: Program): Map<string, Session[]> {
  const { timeZone, dayChange, firstDay, lastDay } = program.event;
  const days = groupBy(program.sessions, (s) => conferenceDate(s.start, timeZone, dayChange));
  for (let d = firstDay; d <= lastDay; d = addDays(d, 1)) if (!days.has(d)) days.set(d, []);
  return new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The program arranged for the frab/c3voc exports. */
export function scheduleModel(program: Program, ctx: ExportContext): ExportSchedule {
  const { event } = program;
  const zone = event.timeZone;
  const lookup = createLookup(program);
  const guids = guidsFor(event);
  const acronym = acronymOf(event.name);
  const rooms = program.rooms.map((r) => ({
    key: r.slug,
    room: {
      name: r.name,
      ...(formatSlug(r.slug) ? { slug: r.slug } : {}),
      guid: guids.room(r.slug),
      ...(r.note ? { description: r.note } : {}),
    } satisfies ExportRoom,
  }));
  const persons = personIds([
    ...program.speakers,
    ...program.sessions.flatMap((s) => s.speakers.map((slug) => ({ slug }))),
  ]);
  const maker: EventMaker = { lookup, guids, persons, acronym, zone, baseUrl: ctx.baseUrl };
  const ids = new Map(eventIds(program.sessions).map((id, i) => [program.sessions[i], id]));

  const days: ExportDay[] = [...conferenceDays(program)].map(([date, sessions], i) => {
    const start = zonedInstant(date, event.dayChange, zone);
    const next = zonedInstant(addDays(date, 1), event.dayChange, zone);
    const byRoom = groupBy(sessions, (s) => s.room);
    return {
      index: i + 1,
      date,
      start: zonedIso(start, zone),
      end: zonedIso(next - 1000, zone),
      rooms: rooms.map(({ key, room }) => ({
        ...room,
        events: (byRoom.get(key) ?? []).map((s) => toEvent(s, ids.get(s) ?? 0, maker)),
      })),
    };
  });

  return {
    version: contentVersion(program),
    title: event.name,
    acronym,
    start: event.firstDay,
    end: event.lastDay,
    daysCount: days.length,
    timeslotDuration: hhmm(timeslotMinutes(program.sessions, zone)),
    timeZone: zone,
    dayChange: `${hhmm(event.dayChange)}:00`,
    ...(event.url ? { conferenceUrl: encodeUrl(event.url) } : {}),
    baseUrl: encodeUrl(ctx.baseUrl),
    ...(event.format ? { format: event.format } : {}),
    tracks: program.tracks.map((t) => ({
      name: t.name,
      ...(formatSlug(t.slug) ? { slug: t.slug } : {}),
      color: t.color.toLowerCase(),
    })),
    rooms: rooms.map((r) => r.room),
    days,
    eventCount: program.sessions.length,
  };
}
