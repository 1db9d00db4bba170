/**
 * The c3voc `schedule.json` (https://c3voc.de/wiki/schedule), as pretalx and frab emit it.
 * Valid against the draft-06 schema https://c3voc.de/schedule/schema.json
 * (tests/fixtures/formats/c3voc-schedule.schema.json). Same model and GUIDs as frab.ts. The
 * conference has no `day_change` here (the schema allows none): each day's `day_start` and
 * `day_end` carry it.
 */
import type { Program } from './types';
import {
  DEFAULT_GENERATOR,
  scheduleModel,
  type ExportContext,
  type ExportEvent,
  type Generator,
  type Reference,
} from './schedule-export';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const C3VOC_SCHEMA_ID = 'https://c3voc.de/schedule/schema.json';

/**
 * A person the schema's "PretalxPerson" way: `name`, plus the deprecated `public_name` older apps
 * still read. No numeric `id` (schedule.xml has it): the schema's person is oneOf a frab person
 * (`public_name` + `id`) and a pretalx person (`name`), so with both it would match both and fail.
 */
export interface C3vocPerson {
  name: string;
  public_name: string;
  guid: string;
  url: string;
  biography?: string;
  links: C3vocReference[];
}

export interface C3vocReference {
  type: Reference['type'];
  url: string;
  title: string;
}

export interface C3vocEvent {
  id: number;
  guid: string;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string | null;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: C3vocPerson[];
  links: C3vocReference[];
  attachments: C3vocReference[];
  origin_url?: string;
}

export interface C3vocSchedule {
  $schema: string;
  generator: Generator;
  schedule: {
    version: string;
    base_url: string;
    conference: {
      acronym: string;
      title: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name: string;
      url?: string;
      tracks: { name: string; slug?: string; color: string }[];
      rooms: { name: string; slug?: string; guid: string; type?: 'online'; description: string | null }[];
      days: {
        index: number;
        date: string;
        day_start: string;
        day_end: string;
        rooms: Record<string, C3vocEvent[]>;
      }[];
    };
  };
}

const reference = (r: Reference): C3vocReference => ({ type: r.type, url: r.url, title: r.title });

const toEvent = (e: ExportEvent): C3vocEvent => ({
  id: e.id,
  guid: e.guid,
  date: e.date,
  start: e.start,
  end: e.end,
  duration: e.duration,
  room: e.room,
  slug: e.slug,
  url: e.url,
  title: e.title,
  subtitle: e.subtitle,
  // null outside every track; a type is required, so a session without one has "".
  track: e.track,
  type: e.type,
  // One language only: a session in several exports its first.
  language: e.language,
  abstract: e.abstract,
  description: e.description,
  persons: e.persons.map((p) => ({
    name: p.name,
    public_name: p.name,
    guid: p.guid,
    url: p.url,
    ...(p.biography ? { biography: p.biography } : {}),
    links: p.links.map(reference),
  })),
  links: e.links.map(reference),
  attachments: e.attachments.map(reference),
  ...(e.originUrl ? { origin_url: e.originUrl } : {}),
});

/** The whole program as a c3voc `schedule.json` object (serialise with JSON.stringify). */
export function c3vocJson(program: Program, ctx: ExportContext): C3vocSchedule {
  const m = scheduleModel(program, ctx);
  return {
    $schema: C3VOC_SCHEMA_ID,
    generator: ctx.generator ?? DEFAULT_GENERATOR,
    schedule: {
      version: m.version,
      base_url: m.baseUrl,
      conference: {
        acronym: m.acronym,
        title: m.title,
        start: m.start,
        end: m.end,
        daysCount: m.daysCount,
        timeslot_duration: m.timeslotDuration,
        time_zone_name: m.timeZone,
        ...(m.conferenceUrl ? { url: m.conferenceUrl } : {}),
        tracks: m.tracks,
        rooms: m.rooms.map((r) => ({
          name: r.name,
          ...(r.slug ? { slug: r.slug } : {}),
          guid: r.guid,
          ...(m.format === 'virtual' ? { type: 'online' as const } : {}),
          description: r.description ?? null,
        })),
        days: m.days.map((d) => ({
          index: d.index,
          date: d.date,
          day_start: d.start,
          day_end: d.end,
          rooms: Object.fromEntries(d.rooms.map((r) => [r.name, r.events.map(toEvent)])),
        })),
      },
    },
  };
}
