/**
 * The c3voc `schedule.json` (pretalx, frab, CCC) into the import model. Each event's `date` is an
 * instant with an offset and is trusted as such (pretalx writes `time_zone_name: "UTC"` beside
 * +01:00 dates); the zone the user gives, else `time_zone_name`, is the event's zone for days
 * and display. Rooms are keys of each day's `rooms`; a key that `conference.rooms` does not list
 * is an error, so a typo cannot invent a room.
 */
import { dayChangeOf, durationMinutes, eventZone, sourceDate, sourceInstant } from './local-time';
import {
  ImportError,
  type ImportOptions,
  type SourceLink,
  type SourcePerson,
  type SourceProgram,
  type SourceSession,
} from './model';
import { richTextToMarkdown } from './rich-text';
import { checkedUrl, httpUrl, listAt, recordAt, text, type SourceRecord } from './values';

const CONFERENCE = 'schedule.conference';

interface Context {
  program: SourceProgram;
  zone: string;
  baseUrl?: string;
  persons: Map<string, SourcePerson>;
}

/** Links, with the first slides reference as the session's slides. */
function referencesOf(event: SourceRecord, path: string, ctx: Context): { links: SourceLink[]; slides?: string } {
  const links: SourceLink[] = [];
  let slides: string | undefined;
  for (const kind of ['links', 'attachments'] as const)
    listAt(event[kind], `${path}.${kind}`).forEach((item, i) => {
      const where = `${path}.${kind}[${i}]`;
      const ref = recordAt(item, where);
      const url = checkedUrl(ref.url, `${where}.url`, ctx.program.notes, ctx.baseUrl);
      if (!url) return;
      if (ref.type === 'slides' && !slides) slides = url;
      else links.push({ title: text(ref.title) ?? url, url });
    });
  return { links, slides };
}

/** The event's speakers as person keys, adding people seen for the first time. */
function speakersOf(event: SourceRecord, path: string, ctx: Context): string[] {
  return listAt(event.persons, `${path}.persons`).flatMap((item, i) => {
    const where = `${path}.persons[${i}]`;
    const person = recordAt(item, where);
    const name = text(person.name) ?? text(person.public_name);
    if (!name) throw new ImportError('has no name', { path: where });
    const sourceId = text(person.code) ?? text(person.guid) ?? text(person.id);
    const key = sourceId ?? name;
    if (!ctx.persons.has(key)) {
      const links = listAt(person.links, `${where}.links`).flatMap((link, j) => {
        const ref = recordAt(link, `${where}.links[${j}]`);
        const url = checkedUrl(ref.url, `${where}.links[${j}].url`, ctx.program.notes, ctx.baseUrl);
        return url ? [{ title: text(ref.title) ?? url, url }] : [];
      });
      const bio = richTextToMarkdown(typeof person.biography === 'string' ? person.biography : undefined);
      ctx.persons.set(key, { key, sourceId, name, bio, links });
    }
    return [key];
  });
}

/** An instant field of the event; an error when present but not a date and time. */
function instantAt(event: SourceRecord, field: string, path: string, zone: string): number | undefined {
  const value = text(event[field]);
  if (value === undefined) return undefined;
  const ms = sourceInstant(value, zone);
  if (ms === undefined) throw new ImportError(`"${value}" is not a date and time`, { path: `${path}.${field}` });
  return ms;
}

function readEvent(event: SourceRecord, path: string, room: string, ctx: Context): SourceSession {
  const code = text(event.id) ?? text(event.code) ?? text(event.guid);
  if (!code) throw new ImportError('has no id', { path });
  const start = instantAt(event, 'date', path, ctx.zone);
  const duration = text(event.duration);
  const minutes = duration === undefined ? undefined : durationMinutes(duration);
  if (duration !== undefined && minutes === undefined)
    throw new ImportError(`"${duration}" is not a duration like "01:30"`, { path: `${path}.duration` });
  const end =
    instantAt(event, 'end', path, ctx.zone) ??
    (start !== undefined && minutes !== undefined ? start + minutes * 60_000 : undefined);
  const language = text(event.language);
  const rich = (field: string) => richTextToMarkdown(typeof event[field] === 'string' ? event[field] : undefined);
  return {
    path,
    code,
    slug: text(event.slug),
    guid: text(event.guid),
    title: text(event.title),
    subtitle: text(event.subtitle),
    start,
    end,
    endPath: `${path}.${event.end === undefined ? 'duration' : 'end'}`,
    room,
    track: text(event.track),
    type: text(event.type),
    languages: language ? [language] : [],
    speakers: speakersOf(event, path, ctx),
    abstract: rich('abstract'),
    description: rich('description'),
    originalPage: checkedUrl(event.url ?? event.origin_url, `${path}.url`, ctx.program.notes, ctx.baseUrl),
    ...referencesOf(event, path, ctx),
  };
}

/** The import model of a parsed c3voc schedule.json document. */
export function parseC3voc(document: SourceRecord, options: ImportOptions): SourceProgram {
  const schedule = recordAt(document.schedule, 'schedule');
  const conference = recordAt(schedule.conference, CONFERENCE);
  const zone = eventZone(
    options.zone,
    text(conference.time_zone_name),
    `${CONFERENCE}.time_zone_name`,
    'the file names no time zone (time_zone_name)',
  );
  const days = listAt(conference.days, `${CONFERENCE}.days`).map((day, d) => recordAt(day, `${CONFERENCE}.days[${d}]`));
  const declared =
    conference.rooms === undefined
      ? undefined
      : listAt(conference.rooms, `${CONFERENCE}.rooms`).map((room, i) => {
          const name = text(recordAt(room, `${CONFERENCE}.rooms[${i}]`).name);
          if (!name) throw new ImportError('has no name', { path: `${CONFERENCE}.rooms[${i}]` });
          return name;
        });
  const program: SourceProgram = {
    format: 'c3voc',
    event: {
      id: text(conference.acronym) ?? text(conference.title),
      name: text(conference.title),
      url: httpUrl(conference.url),
      timeZone: zone,
      dayChange: typeof days[0]?.day_start === 'string' ? dayChangeOf(days[0].day_start, zone) : undefined,
      firstDay: sourceDate(text(conference.start), zone),
      lastDay: sourceDate(text(conference.end), zone),
    },
    rooms: (declared ?? []).map((name) => ({ key: name, name })),
    tracks: listAt(conference.tracks, `${CONFERENCE}.tracks`).flatMap((track, i) => {
      const t = recordAt(track, `${CONFERENCE}.tracks[${i}]`);
      const name = text(t.name);
      return name ? [{ key: name, name, ...(text(t.color) ? { color: text(t.color) } : {}) }] : [];
    }),
    types: [],
    persons: [],
    sessions: [],
    skipped: [],
    notes: [],
  };
  const ctx: Context = { program, zone, baseUrl: httpUrl(schedule.base_url), persons: new Map() };
  days.forEach((day, d) => {
    const roomsPath = `${CONFERENCE}.days[${d}].rooms`;
    for (const [room, events] of Object.entries(recordAt(day.rooms, roomsPath))) {
      const path = `${roomsPath}[${JSON.stringify(room)}]`;
      if (declared && !declared.includes(room))
        throw new ImportError(`room "${room}" is not in ${CONFERENCE}.rooms (${declared.join(', ') || 'none'})`, {
          path,
        });
      if (!program.rooms.some((r) => r.key === room)) program.rooms.push({ key: room, name: room });
      listAt(events, path).forEach((event, j) =>
        program.sessions.push(readEvent(recordAt(event, `${path}[${j}]`), `${path}[${j}]`, room, ctx)),
      );
    }
  });
  program.persons = [...ctx.persons.values()];
  return program;
}
