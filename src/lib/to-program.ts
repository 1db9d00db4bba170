/**
 * From parsed content records to a Program: map, fill defaults, sort and validate. The one path
 * from content to the site: src/data/program.ts feeds it Astro's collections, the tests feed it
 * files parsed with the same zod schemas (tests/helpers/content.ts).
 */
import type { EventData } from '../schemas/taxonomy';
import type { SessionData } from '../schemas/session';
import type { SpeakerData } from '../schemas/speaker';
import type { Program, Session } from './types';
import { sortSessions } from './schedule';
import { clockMinutes } from './time';
import { formatProblems, validateProgram, type Problem } from './validate';

/** One parsed record: its id (file name or list id), its zod-parsed data, its Markdown body and its file. */
export interface RawEntry<T> {
  id: string;
  data: T;
  body?: string;
  /** Relative to the project, like "content/sessions/a1a.md"; error messages name it. */
  file: string;
}

export interface RawProgram {
  event: RawEntry<EventData>[];
  sessions: RawEntry<SessionData>[];
  speakers: RawEntry<SpeakerData>[];
  tracks: RawEntry<{ id: string; name: string; label?: string; color?: string }>[];
  languages: RawEntry<{ id: string; name: string; nativeName?: string }>[];
  types: RawEntry<{ id: string; name: string }>[];
  rooms: RawEntry<{ id: string; name: string; note?: string; order: number }>[];
}

/** Zones offered in the picker when the event names none. */
export const DEFAULT_POPULAR_ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
];

/**
 * Track colours for tracks the content gives none: twelve hues of similar weight, in order, so
 * neighbours differ. Colour is never the only cue: a track is always named beside it.
 */
export const TRACK_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#8cd17d',
  '#a0cbe8',
  '#d37295',
];

/** A build-stopping error whose message lists every content problem, file › field: reason. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    // The message says everything; a stack would only bury it under Astro's frames.
    this.stack = `${this.name}: ${this.message}`;
  }
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/** The Program of parsed content, or a ContentError listing every cross-record problem. */
export function toProgram(raw: RawProgram): Program {
  if (raw.event.length !== 1) {
    const file = raw.event[0]?.file ?? 'content/event.yaml';
    throw new ContentError([
      { file, field: 'event', message: `must describe exactly one event; it has ${raw.event.length}` },
    ]);
  }
  const { data: e } = raw.event[0];
  const locale = e.locale ?? 'en';
  const program: Program = {
    event: {
      id: e.id,
      name: e.name,
      url: e.url,
      siteUrl: e.siteUrl,
      description: e.description,
      format: e.format,
      venue: e.venue,
      city: e.city,
      timeZone: e.timeZone,
      dayChange: clockMinutes(e.dayChange ?? '00:00'),
      firstDay: e.firstDay,
      lastDay: e.lastDay,
      locales: e.locales ?? [locale],
      popularZones: e.popularZones ?? DEFAULT_POPULAR_ZONES,
      storagePrefix: e.storagePrefix ?? e.id,
      blocks: e.blocks ?? [],
    },
    sessions: sortSessions(
      raw.sessions.map(({ data: { language, ...s }, body, file }): Session => ({
        ...s,
        speakers: s.speakers ?? [],
        languages: typeof language === 'string' ? [language] : [...new Set(language)],
        abstract: (body ?? '').trim(),
        file,
      })),
    ),
    speakers: raw.speakers.map(({ id, data, file }) => ({ slug: id, ...data, file })).sort(byName),
    tracks: raw.tracks.map(({ data: { id, name, label, color } }, i) => ({
      slug: id,
      name,
      label: label ?? name,
      color: color ?? TRACK_PALETTE[i % TRACK_PALETTE.length],
    })),
    languages: raw.languages.map(({ data: { id, ...l } }) => ({ code: id, ...l })),
    types: raw.types.map(({ data: { id, ...t } }) => ({ slug: id, ...t })),
    rooms: raw.rooms
      .map(({ data: { id, ...r } }) => ({ slug: id, ...r }))
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'en')),
  };
  const problems = validateProgram(program, {
    event: raw.event[0].file,
    lists: {
      tracks: raw.tracks[0]?.file,
      languages: raw.languages[0]?.file,
      types: raw.types[0]?.file,
      rooms: raw.rooms[0]?.file,
    },
  });
  if (problems.length) throw new ContentError(problems);
  return program;
}
