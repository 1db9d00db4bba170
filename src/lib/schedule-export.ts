/**
 * The schedule as the frab/Pentabarf family of formats sees it: days, rooms per day, events
 * with GUIDs, "HH:MM" start and duration. frab.ts writes it as schedule.xml and c3voc.ts as
 * schedule.json, so both exports always agree. Pure; URLs come in through `ExportContext`.
 *
 * Conference days are UTC calendar dates (content/event.yaml), so days, "start" and every
 * instant are in UTC. Instants are written "+00:00" rather than "Z": both are valid, and the
 * offset form is what pretalx and frab emit and what older readers parse.
 */
import type { Program, Session } from './types';
import { lookup } from './program';
import { sessionPath, speakerPath } from './paths';
import { absoluteUrl } from './absolute-url';
import { guidsFor, sha1, toHex } from './guid';
import { addDays, localDate, localTime, minutesBetween, toUtcIso, UTC } from './time';

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

export const DEFAULT_GENERATOR: Generator = { name: 'istiocon-schedule' };

/** A link or attachment: a reference with a c3voc type. */
export interface Reference {
  type: 'slides' | 'media' | 'web';
  url: string;
  title: string;
}

export interface ExportPerson {
  name: string;
  guid: string;
  url: string;
}

export interface ExportEvent {
  /** Legacy positive integer id: the session's program order. */
  id: number;
  guid: string;
  /** Start instant, "2022-04-25T15:00:00+00:00". */
  date: string;
  end: string;
  /** Start in the conference zone (UTC), "15:00". */
  start: string;
  /** "HH:MM". */
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  /** Track name, or null for sessions outside every track. */
  track: string | null;
  type: string;
  language: string;
  abstract: string;
  persons: ExportPerson[];
  links: Reference[];
  attachments: Reference[];
  /** The recording's page, when there is one. */
  recording?: string;
  originUrl?: string;
}

export interface ExportRoom {
  name: string;
  slug: string;
  guid: string;
  description?: string;
}

export interface ExportDay {
  /** 1-based. */
  index: number;
  /** "YYYY-MM-DD" in UTC. */
  date: string;
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
  timeZone: string;
  /** The event's own website. */
  conferenceUrl: string;
  /** This site's root URL. */
  baseUrl: string;
  format: string;
  tracks: { name: string; slug: string; color: string }[];
  rooms: ExportRoom[];
  days: ExportDay[];
  /** Number of events, for quick checks. */
  eventCount: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes as "HH:MM": 25 → "00:25", 150 → "02:30". */
export function hhmm(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`Not a duration in minutes: ${minutes}`);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An instant in UTC with an explicit offset: "2022-04-25T15:00:00+00:00". */
export const utcOffsetIso = (at: string | number | Date) => toUtcIso(at).replace(/Z$/, '+00:00');

/** A c3voc acronym from the event name: "IstioCon 2022" → "istiocon_2022" (fits both schemas). */
export function acronymOf(name: string): string {
  const acronym = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return acronym.length >= 4 ? acronym : `${acronym}_conf`;
}

/** The ASCII words of a text as a slug: "基于istio构建kubernetes" → "istio-kubernetes". */
const asciiSlug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The c3voc slug "<acronym>-<code>-<words>": ASCII only, as the formats require, so the two
 * sessions with Chinese slugs take the ASCII words of their title (or "session").
 */
export function vocSlug(session: Pick<Session, 'code' | 'slug' | 'title'>, acronym: string): string {
  const words = /^[a-z0-9-]+$/.test(session.slug) ? session.slug : asciiSlug(session.title) || 'session';
  return `${acronym}-${asciiSlug(session.code)}-${words}`.replace(/-+$/, '');
}

/** The coarsest of 15, 10, 5 and 1 minutes that every start and duration is a multiple of. */
export function timeslotMinutes(sessions: readonly Pick<Session, 'start' | 'end'>[]): number {
  const minutes = sessions.flatMap((s) => [Math.round(Date.parse(s.start) / 60_000), minutesBetween(s.start, s.end)]);
  return [15, 10, 5].find((slot) => minutes.every((m) => m % slot === 0)) ?? 1;
}

/** A short hash of the program's content: the schedule "version" readers compare to detect updates. */
export function contentVersion(program: Program): string {
  const canonical = JSON.stringify([
    program.event.name,
    program.event.firstDay,
    program.event.lastDay,
    program.sessions.map((s) => [
      s.code,
      s.slug,
      s.order,
      s.title,
      s.speakers,
      s.start,
      s.end,
      s.track ?? null,
      s.type,
      s.language,
      s.room,
      s.video ?? null,
      s.slides ?? null,
      s.originalPage ?? null,
      s.abstract,
    ]),
    program.speakers.map((s) => [s.slug, s.name]),
    program.tracks.map((t) => [t.slug, t.name, t.color]),
    program.rooms.map((r) => [r.slug, r.name]),
    program.types.map((t) => [t.slug, t.name]),
  ]);
  return toHex(sha1(canonical)).slice(0, 12);
}

/** The program arranged for the frab/c3voc exports. */
export function scheduleModel(program: Program, ctx: ExportContext): ExportSchedule {
  const look = lookup(program);
  const guids = guidsFor(program.event.url);
  const acronym = acronymOf(program.event.name);
  const rooms: ExportRoom[] = program.rooms.map((r) => ({
    name: r.name,
    slug: r.slug,
    guid: guids.room(r.slug),
    ...(r.note ? { description: r.note } : {}),
  }));

  const toEvent = (s: Session): ExportEvent => ({
    id: s.order,
    guid: guids.session(s.code),
    date: utcOffsetIso(s.start),
    end: utcOffsetIso(s.end),
    start: localTime(s.start, UTC),
    duration: hhmm(minutesBetween(s.start, s.end)),
    room: look.room(s.room)?.name ?? s.room,
    slug: vocSlug(s, acronym),
    url: absoluteUrl(ctx.baseUrl, sessionPath(s.slug)),
    title: s.title,
    track: look.track(s.track)?.name ?? null,
    type: look.type(s.type)?.name ?? s.type,
    language: s.language,
    abstract: s.abstract,
    persons: s.speakers.map((slug) => ({
      name: look.speaker(slug)?.name ?? slug,
      guid: guids.person(slug),
      url: absoluteUrl(ctx.baseUrl, speakerPath(slug)),
    })),
    links: [
      ...(s.video ? [{ type: 'media' as const, url: s.video, title: 'Video recording' }] : []),
      ...(s.originalPage ? [{ type: 'web' as const, url: s.originalPage, title: 'Original session page' }] : []),
    ],
    attachments: s.slides ? [{ type: 'slides', url: s.slides, title: 'Slides' }] : [],
    ...(s.video ? { recording: s.video } : {}),
    ...(s.originalPage ? { originUrl: s.originalPage } : {}),
  });

  const byDate = new Map<string, Session[]>();
  for (const s of program.sessions) {
    const date = localDate(s.start, UTC);
    byDate.set(date, [...(byDate.get(date) ?? []), s]);
  }
  const dates = new Set(byDate.keys());
  for (let d = program.event.firstDay; d <= program.event.lastDay; d = addDays(d, 1)) dates.add(d);
  const days: ExportDay[] = [...dates].sort().map((date, i) => {
    const sessions = byDate.get(date) ?? [];
    return {
      index: i + 1,
      date,
      start: `${date}T00:00:00+00:00`,
      end: `${date}T23:59:59+00:00`,
      rooms: rooms.map((room) => ({
        ...room,
        events: sessions.filter((s) => s.room === room.slug).map(toEvent),
      })),
    };
  });

  return {
    version: contentVersion(program),
    title: program.event.name,
    acronym,
    start: program.event.firstDay,
    end: program.event.lastDay,
    daysCount: days.length,
    timeslotDuration: hhmm(timeslotMinutes(program.sessions)),
    timeZone: UTC,
    conferenceUrl: program.event.url,
    baseUrl: ctx.baseUrl,
    format: program.event.format,
    tracks: program.tracks.map((t) => ({ name: t.name, slug: t.slug, color: t.color.toLowerCase() })),
    rooms,
    days,
    eventCount: program.sessions.length,
  };
}
