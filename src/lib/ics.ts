/**
 * iCalendar (RFC 5545, with the RFC 7986 calendar properties) for sessions, and the
 * "Add to Google Calendar" link. Pure: the DTSTAMP instant and every URL are parameters.
 *
 * Times are written in UTC ("…Z"), so no VTIMEZONE is needed and no zone can leak in.
 * Lines are folded at 75 octets of UTF-8 without splitting a character, and end in CRLF.
 */
import type { EventInfo, Session } from './types';
import type { Lookup } from './lookup';
import { sessionPath } from './paths';
import { absoluteUrl, encodeUrl } from './absolute-url';
import { guidsFor } from './guid';
import { joinNames, summary } from './text';

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** This software in PRODID, by its package name: calendars name the event, not a particular site. */
export const PRODUCT = 'conference-schedule';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

export interface CalendarContext {
  /** Absolute URL of the site root with its base, ending in "/": "https://x.org/sub/". */
  baseUrl: string;
  /** Names of speakers, tracks, types, languages and rooms. */
  lookup: Lookup;
  /** The event: its name labels the calendar, its URL (or id) namespaces the UIDs, its venue locates sessions. */
  event: Pick<EventInfo, 'id' | 'name' | 'url' | 'format' | 'venue' | 'city'>;
  /** The DTSTAMP instant. Pass a value derived from the content so builds are byte-identical. */
  now: string | number | Date;
}

export interface CalendarOptions {
  /** X-WR-CALNAME and NAME. */
  name: string;
  /** X-WR-CALDESC and DESCRIPTION, when given. */
  description?: string;
  /** A subscribable feed: adds REFRESH-INTERVAL and X-PUBLISHED-TTL. */
  feed?: boolean;
  /** How often subscribers should refetch a feed, an RFC 5545 duration. */
  refresh?: string;
}

/** An instant as an RFC 5545 UTC DATE-TIME: "20220425T150000Z". */
export function icsDateTime(at: string | number | Date): string {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(at)}`);
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Fold one content line (RFC 5545 §3.1): physical lines of at most 75 octets, continuations
 * starting with a space; a multi-byte UTF-8 character is never split. Returns CRLF-joined text
 * without a final CRLF.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0) ?? 0);
    if (size + n > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** A folded "NAME:value" content line with its CRLF; `value` must already be escaped. */
const line = (name: string, value: string) => `${foldLine(`${name}:${value}`)}${CRLF}`;

/** The session's permalink on this site, percent-encoded. */
export const sessionUrl = (session: Pick<Session, 'slug'>, baseUrl: string) =>
  absoluteUrl(baseUrl, sessionPath(session.slug));

/** The speakers' names, in billing order; unknown slugs fall back to the slug. */
const speakerNames = (session: Session, lookup: Lookup) =>
  session.speakers.map((slug) => lookup.speaker(slug)?.name ?? slug);

/**
 * The event's plain-text description: subtitle, abstract and description (Markdown, which reads
 * as text), then speakers, recording, slides, further links and the permalink, every URL encoded
 * so calendar apps make it a link.
 */
export function eventDescription(session: Session, ctx: CalendarContext): string {
  const names = speakerNames(session, ctx.lookup);
  const facts = [
    names.length ? `${names.length === 1 ? 'Speaker' : 'Speakers'}: ${joinNames(names)}` : '',
    session.video ? `Video: ${encodeUrl(session.video)}` : '',
    session.slides ? `Slides: ${encodeUrl(session.slides)}` : '',
    ...(session.links ?? []).map((l) => `${l.title}: ${encodeUrl(l.url)}`),
    `Session page: ${sessionUrl(session, ctx.baseUrl)}`,
  ].filter(Boolean);
  return [session.subtitle, session.abstract.trim(), session.description?.trim(), facts.join('\n')]
    .filter(Boolean)
    .join('\n\n');
}

/** The session's categories: track, type and every language's name, those that exist. */
export function eventCategories(session: Session, lookup: Lookup): string[] {
  return [
    lookup.track(session.track)?.name,
    lookup.type(session.type)?.name ?? session.type,
    ...session.languages.map((code) => lookup.language(code)?.name ?? code),
  ].filter((c): c is string => Boolean(c));
}

/**
 * Where the session is: its room, and for an event people attend in person the venue and city,
 * so a calendar app can map it ("Hall A, Example Hall, Berlin"). A virtual event's room is a name.
 */
export function eventLocation(
  session: Pick<Session, 'room'>,
  ctx: Pick<CalendarContext, 'lookup'> & {
    event?: CalendarContext['event'];
  },
): string {
  const room = ctx.lookup.room(session.room)?.name ?? session.room;
  const event = ctx.event;
  const place = event && event.format !== 'virtual' ? [event.venue, event.city] : [];
  return [room, ...place].filter(Boolean).join(', ');
}

/** The UID of a session's VEVENT: its export GUID, a UUID as RFC 7986 §5.3 recommends. */
export function sessionUid(session: Pick<Session, 'code' | 'guid'>, event: Pick<EventInfo, 'id' | 'url'>): string {
  return guidsFor(event).session(session);
}

/** One VEVENT, folded, CRLF-terminated. */
export function sessionEvent(session: Session, ctx: CalendarContext): string {
  return [
    line('BEGIN', 'VEVENT'),
    line('UID', sessionUid(session, ctx.event)),
    line('DTSTAMP', icsDateTime(ctx.now)),
    line('DTSTART', icsDateTime(session.start)),
    line('DTEND', icsDateTime(session.end)),
    line('SUMMARY', escapeText(session.title)),
    line('DESCRIPTION', escapeText(eventDescription(session, ctx))),
    line('LOCATION', escapeText(eventLocation(session, ctx))),
    line('URL', sessionUrl(session, ctx.baseUrl)),
    line('CATEGORIES', eventCategories(session, ctx.lookup).map(escapeText).join(',')),
    line('STATUS', 'CONFIRMED'),
    line('TRANSP', 'OPAQUE'),
    line('END', 'VEVENT'),
  ].join('');
}

/** A whole VCALENDAR of the given sessions, in the order given. */
export function calendar(sessions: readonly Session[], ctx: CalendarContext, options: CalendarOptions): string {
  const name = escapeText(options.name);
  const header = [
    line('BEGIN', 'VCALENDAR'),
    line('VERSION', '2.0'),
    line('PRODID', `-//${PRODUCT}//${escapeText(ctx.event.name)} schedule//EN`),
    line('CALSCALE', 'GREGORIAN'),
    line('METHOD', 'PUBLISH'),
    line('X-WR-CALNAME', name),
    line('NAME', name),
  ];
  if (options.description) {
    header.push(
      line('X-WR-CALDESC', escapeText(options.description)),
      line('DESCRIPTION', escapeText(options.description)),
    );
  }
  if (options.feed) {
    const refresh = options.refresh ?? 'P1D';
    header.push(line('REFRESH-INTERVAL;VALUE=DURATION', refresh), line('X-PUBLISHED-TTL', refresh));
  }
  return [...header, ...sessions.map((s) => sessionEvent(s, ctx)), line('END', 'VCALENDAR')].join('');
}

/** Longest "Add to Google Calendar" link to make; browsers and Google accept more, some mail clients not. */
const MAX_GOOGLE_URL = 2000;

/**
 * An "Add to Google Calendar" link for a session. Google takes UTC times as
 * "YYYYMMDDTHHMMSSZ/YYYYMMDDTHHMMSSZ". The details are the speakers, the permalink and as much of
 * the abstract as keeps the link under MAX_GOOGLE_URL (Chinese grows ninefold when encoded).
 */
export function googleCalendarUrl(
  session: Session,
  ctx: Pick<CalendarContext, 'baseUrl' | 'lookup'> & { event?: CalendarContext['event'] },
): string {
  const location = eventLocation(session, ctx);
  const names = speakerNames(session, ctx.lookup);
  const build = (abstractLength: number) => {
    const details = [
      abstractLength ? summary(session.abstract, abstractLength) : '',
      names.length ? `${names.length === 1 ? 'Speaker' : 'Speakers'}: ${joinNames(names)}` : '',
      sessionUrl(session, ctx.baseUrl),
    ]
      .filter(Boolean)
      .join('\n\n');
    const query = [
      'action=TEMPLATE',
      `text=${encodeURIComponent(session.title)}`,
      `dates=${icsDateTime(session.start)}/${icsDateTime(session.end)}`,
      `details=${encodeURIComponent(details)}`,
      `location=${encodeURIComponent(location)}`,
    ].join('&');
    return encodeUrl(`https://calendar.google.com/calendar/render?${query}`);
  };
  for (const length of [400, 200, 100]) {
    const url = build(length);
    if (url.length <= MAX_GOOGLE_URL) return url;
  }
  return build(0);
}
