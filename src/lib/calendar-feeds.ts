/**
 * The site's calendar files: the whole program, one feed per track and per language, and one
 * file per session. Each endpoint in src/pages calls exactly one of these.
 */
import type { Program, Session } from './types';
import { createLookup, languageLabel } from './lookup';
import { calendar, type CalendarContext } from './ics';
import { zonedInstant } from './schedule-export';
import { addDays, toUtcIso } from './time';

/** Site paths of the calendar files (pass through `withBase`), percent-encoded like src/lib/paths.ts. */
export const SCHEDULE_ICS_PATH = '/schedule.ics';
export const sessionIcsPath = (slug: string) => `/sessions/${encodeURIComponent(slug)}.ics`;
export const trackIcsPath = (slug: string) => `/tracks/${encodeURIComponent(slug)}.ics`;
export const languageIcsPath = (code: string) => `/languages/${encodeURIComponent(code)}.ics`;

/**
 * The DTSTAMP of every calendar: the end of the last session (or, when there are none, the
 * last second of the last conference day in the event's zone). It comes from the content, so two builds of the same program are byte-identical.
 * A loop, not Math.max(...ends): spreading an array passes every element as an argument, and
 * some 200,000 of them overflow the stack.
 */
export function contentStamp(program: Pick<Program, 'event' | 'sessions'>): string {
  let last = -Infinity;
  for (const s of program.sessions) last = Math.max(last, Date.parse(s.end));
  if (program.sessions.length) return toUtcIso(last);
  const { lastDay, dayChange, timeZone } = program.event;
  return toUtcIso(zonedInstant(addDays(lastDay, 1), dayChange, timeZone) - 1000);
}

const contexts = new WeakMap<Program, Map<string, CalendarContext>>();

/**
 * The context every calendar of this program is made with, made once per program and base URL:
 * the stamp reads every session, and a build asks for it once per session's .ics file.
 */
export function calendarContext(program: Program, baseUrl: string): CalendarContext {
  let byBase = contexts.get(program);
  if (!byBase) contexts.set(program, (byBase = new Map()));
  let ctx = byBase.get(baseUrl);
  if (!ctx) {
    ctx = { baseUrl, lookup: createLookup(program), event: program.event, now: contentStamp(program) };
    byBase.set(baseUrl, ctx);
  }
  return ctx;
}

/** "Chinese (中文)" or "English": a language's name for a feed title. */
function languageTitle(program: Program, code: string): string {
  const language = program.languages.find((l) => l.code === code);
  const label = languageLabel(language, code);
  return language && label !== language.name ? `${language.name} (${label})` : label;
}

/** The whole program as a subscribable feed. */
export function programCalendar(program: Program, baseUrl: string): string {
  return calendar(program.sessions, calendarContext(program, baseUrl), {
    name: program.event.name,
    description: `All ${program.sessions.length} sessions of ${program.event.name}.`,
    feed: true,
  });
}

/** The sessions of one track as a feed; throws for an unknown track. */
export function trackCalendar(program: Program, slug: string, baseUrl: string): string {
  const track = program.tracks.find((t) => t.slug === slug);
  if (!track) throw new Error(`No track "${slug}" in content/tracks.yaml`);
  const sessions = program.sessions.filter((s) => s.track === slug);
  return calendar(sessions, calendarContext(program, baseUrl), {
    name: `${program.event.name}: ${track.name}`,
    description: `The ${track.name} track of ${program.event.name}: ${sessions.length} sessions.`,
    feed: true,
  });
}

/** The sessions in one language as a feed (a two-language session is in both); throws for an unknown language. */
export function languageCalendar(program: Program, code: string, baseUrl: string): string {
  if (!program.languages.some((l) => l.code === code))
    throw new Error(`No language "${code}" in content/languages.yaml`);
  const sessions = program.sessions.filter((s) => s.languages.includes(code));
  const title = languageTitle(program, code);
  return calendar(sessions, calendarContext(program, baseUrl), {
    name: `${program.event.name}: ${title}`,
    description: `${program.event.name} sessions in ${title}: ${sessions.length} sessions.`,
    feed: true,
  });
}

/** A one-event calendar file for a session, to import once (not a feed). */
export function sessionCalendar(program: Program, session: Session, baseUrl: string): string {
  return calendar([session], calendarContext(program, baseUrl), { name: `${program.event.name}: ${session.title}` });
}
