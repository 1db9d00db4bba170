/**
 * frab / Pentabarf `schedule.xml` (frab, pretalx, FOSDEM) into the import model. Tolerant of what
 * real files add to the c3voc XSD (FOSDEM's <day_change>, <venue>, <city>, top-level <tracks>),
 * strict about well-formedness (xml.ts). Times: an event's <date> with an offset when it has one
 * (newer frab, pretalx); else the day's date and the local <start>, read in the event's zone, with
 * starts before the day change on the next calendar day (older frab, FOSDEM).
 */
import { addDays } from '../time';
import {
  clockTime,
  dayChangeOf,
  durationMinutes,
  eventZone,
  sourceDate,
  sourceInstant,
  zonedInstant,
} from './local-time';
import { ImportError, type ImportOptions, type SourceLink, type SourceProgram, type SourceSession } from './model';
import { richTextToMarkdown } from './rich-text';
import { checkedUrl, httpUrl, isRecord, text, type SourceRecord } from './values';
import { attr, children, rawText, readXml } from './xml';

const EVENT = 'schedule.day.room.event';
const REPEATED = new Set(
  ['schedule.day', 'schedule.day.room', EVENT, 'schedule.tracks.track', 'schedule.conference.track'].concat(
    ['persons.person', 'links.link', 'attachments.attachment'].map((p) => `${EVENT}.${p}`),
  ),
);

/** An element's text, trimmed and on one line. */
const textOf = (element: unknown) => text(rawText(element));

/** What reading one event needs from its surroundings. */
interface Context {
  program: SourceProgram;
  zone: string;
  dayChange?: string;
  date?: string;
  room: string;
  baseUrl?: string;
  /** Keys of the people already read, so each is read once. */
  persons: Set<string>;
}

/** The start of an event: its <date> instant, or the day's date with its local <start>. */
function startOf(event: SourceRecord, path: string, ctx: Context): number | undefined {
  const date = textOf(event.date);
  if (date) {
    const ms = sourceInstant(date, ctx.zone);
    if (ms === undefined) throw new ImportError(`<date> "${date}" is not a date and time`, { path });
    return ms;
  }
  const start = textOf(event.start);
  if (!start) return undefined;
  const clock = clockTime(start);
  if (!clock) throw new ImportError(`<start> "${start}" is not a time of day`, { path });
  if (!ctx.date) throw new ImportError('has a <start> but neither a <date> nor a date on its <day>', { path });
  const day = ctx.dayChange && clock < ctx.dayChange ? addDays(ctx.date, 1) : ctx.date;
  const ms = zonedInstant(`${day}T${clock}`, ctx.zone);
  if (ms === undefined)
    throw new ImportError(`${day} ${clock} does not exist in ${ctx.zone} (the clocks skip it)`, { path });
  return ms;
}

/** Links and attachments: the first slides attachment is the session's slides, the rest are links. */
function linksOf(event: SourceRecord, path: string, ctx: Context): { links: SourceLink[]; slides?: string } {
  const links: SourceLink[] = [];
  let slides: string | undefined;
  const notes = ctx.program.notes;
  const read = (kind: 'links' | 'attachments', name: string) =>
    children(event[kind], name).forEach((element, i) => {
      const url = checkedUrl(attr(element, 'href'), `${path}/${kind}/${name}[${i + 1}]`, notes, ctx.baseUrl);
      if (!url) return;
      if (kind === 'attachments' && attr(element, 'type') === 'slides' && !slides) slides = url;
      else links.push({ title: textOf(element) ?? url, url });
    });
  read('links', 'link');
  read('attachments', 'attachment');
  return { links, slides };
}

function readEvent(element: unknown, dayIndex: number, ctx: Context): SourceSession {
  const e = isRecord(element) ? element : {};
  const id = attr(e, 'id') ?? attr(e, 'code') ?? attr(e, 'guid');
  const path = `day[${dayIndex}]/room[@name=${JSON.stringify(ctx.room)}]/event${id ? `[@id="${id}"]` : ''}`;
  if (!id) throw new ImportError('has no id attribute', { path });
  const start = startOf(e, path, ctx);
  const duration = textOf(e.duration);
  const minutes = duration === undefined ? undefined : durationMinutes(duration);
  if (duration !== undefined && minutes === undefined)
    throw new ImportError(`<duration> "${duration}" is not a duration like "01:30"`, { path });
  const speakers = children(e.persons, 'person').flatMap((person) => {
    const name = textOf(person);
    if (!name) return [];
    const key = attr(person, 'id') ?? attr(person, 'guid') ?? name;
    if (!ctx.persons.has(key)) {
      ctx.persons.add(key);
      ctx.program.persons.push({ key, sourceId: attr(person, 'id') ?? attr(person, 'guid'), name, links: [] });
    }
    return [key];
  });
  const recording = isRecord(e.recording) ? e.recording : {};
  const language = textOf(e.language);
  return {
    path,
    code: id,
    slug: textOf(e.slug),
    guid: attr(e, 'guid'),
    title: textOf(e.title),
    subtitle: textOf(e.subtitle),
    start,
    end: start !== undefined && minutes !== undefined ? start + minutes * 60_000 : undefined,
    endPath: `${path}/duration`,
    room: ctx.room,
    track: textOf(e.track),
    type: textOf(e.type),
    languages: language ? [language] : [],
    speakers,
    abstract: richTextToMarkdown(rawText(e.abstract)),
    description: richTextToMarkdown(rawText(e.description)),
    video: checkedUrl(
      textOf(recording.link) ?? textOf(recording.url) ?? textOf(e.video_download_url),
      `${path}/recording`,
      ctx.program.notes,
    ),
    originalPage: checkedUrl(textOf(e.url) ?? textOf(e.origin_url), `${path}/url`, ctx.program.notes),
    ...linksOf(e, path, ctx),
  };
}

/** The import model of a frab schedule.xml document. */
export function parseFrab(source: string, options: ImportOptions): SourceProgram {
  const root = readXml(source, REPEATED);
  if (root.name !== 'schedule')
    throw new ImportError(`is XML but not a frab schedule.xml: its root element is <${root.name}>, not <schedule>`);
  const schedule = isRecord(root.content) ? root.content : {};
  const conference = isRecord(schedule.conference) ? schedule.conference : {};
  const days = children(schedule, 'day');
  const zone = eventZone(
    options.zone,
    textOf(conference.time_zone_name),
    'conference/time_zone_name',
    'the file gives local times and names no time zone',
  );
  const dayChangeText = textOf(conference.day_change);
  const dayStart = attr(days[0], 'start');
  const dayChange = dayChangeText ? clockTime(dayChangeText) : dayStart ? dayChangeOf(dayStart, zone) : undefined;
  if (dayChangeText && !dayChange)
    throw new ImportError(`"${dayChangeText}" is not a time of day`, { path: 'conference/day_change' });
  const program: SourceProgram = {
    format: 'frab',
    event: {
      id: textOf(conference.acronym) ?? textOf(conference.title),
      name: textOf(conference.title),
      url: httpUrl(textOf(conference.url)),
      venue: textOf(conference.venue),
      city: textOf(conference.city),
      timeZone: zone,
      dayChange,
      firstDay: sourceDate(textOf(conference.start) ?? attr(days[0], 'date'), zone),
      lastDay: sourceDate(textOf(conference.end) ?? attr(days[days.length - 1], 'date'), zone),
    },
    rooms: [],
    tracks: [...children(schedule.tracks, 'track'), ...children(conference, 'track')].flatMap((track) => {
      const name = attr(track, 'name') ?? textOf(track);
      const color = attr(track, 'color');
      return name ? [{ key: name, name, ...(color ? { color } : {}) }] : [];
    }),
    types: [],
    persons: [],
    sessions: [],
    skipped: [],
    notes: [],
  };
  const persons = new Set<string>();
  const baseUrl = httpUrl(textOf(conference.base_url));
  days.forEach((day, d) => {
    for (const room of children(day, 'room')) {
      const name = attr(room, 'name');
      if (!name) throw new ImportError('has a room without a name', { path: `day[${d + 1}]/room` });
      if (!program.rooms.some((r) => r.key === name)) program.rooms.push({ key: name, name });
      const ctx: Context = { program, zone, dayChange, date: attr(day, 'date'), room: name, baseUrl, persons };
      for (const event of children(room, 'event')) program.sessions.push(readEvent(event, d + 1, ctx));
    }
  });
  return program;
}
