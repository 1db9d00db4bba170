/**
 * From the import model to content records: the rules every format shares. A session the site
 * cannot show (no title, no time, no room, zero length) is skipped and listed; one that ends
 * before it starts, or names a room or speaker the source does not have, stops the import. Slugs
 * are claimed in source order, so the same export always gives the same files.
 */
import { CODE_PATTERN } from '../../schemas/common';
import { clockMinutes, conferenceDate, isRealDate, toUtcIso } from '../time';
import { languageTag } from './languages';
import { ImportError, type ImportOptions, type Skipped, type SourceProgram, type SourceSession } from './model';
import type { Content, EventRecord, ImportReport, LinkRecord, SessionRecord } from './records';
import { SlugRegistry, slugify } from './slug';
import { speakerRecords } from './speakers';
import { languageRecords, roomRecords, usedTerms } from './terms';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A session with everything the site needs to show it. */
type Showable = SourceSession & Required<Pick<SourceSession, 'title' | 'start' | 'end' | 'room'>>;

/** Why a session cannot be shown, or undefined; an error for one that contradicts itself or the source. */
function unshowable(s: SourceSession, rooms: Set<string>, persons: Set<string>): string | undefined {
  if (s.start !== undefined && s.end !== undefined && s.end < s.start)
    throw new ImportError(`ends at ${toUtcIso(s.end)}, before it starts at ${toUtcIso(s.start)}`, {
      path: s.endPath ?? s.path,
    });
  if (s.room !== undefined && !rooms.has(s.room))
    throw new ImportError(`room "${s.room}" is not one of the source's rooms`, { path: s.path });
  const person = s.speakers.find((key) => !persons.has(key));
  if (person !== undefined)
    throw new ImportError(`speaker "${person}" is not one of the source's people`, { path: s.path });
  if (!s.title) return 'has no title';
  if (s.start === undefined || s.end === undefined) return 'has no start or end time';
  if (s.room === undefined) return 'has no room';
  if (s.start === s.end) return 'is zero-length';
  return undefined;
}

/** The session's languages as tags; none when the source gives none it can name. */
function tagsOf(s: SourceSession, notes: string[]): string[] {
  const tags = s.languages.flatMap((value) => {
    const tag = languageTag(value);
    if (!tag) notes.push(`${s.path}: "${value}" is not a language tag; left out`);
    return tag ? [tag] : [];
  });
  return [...new Set(tags)];
}

/** A canonical BCP 47 tag for an option, or an error naming it. */
function optionTag(value: string, option: string): string {
  const tag = languageTag(value);
  if (!tag) throw new ImportError(`--${option} "${value}" is not a language tag like "en" or "pt-BR"`);
  return tag;
}

/** Links not already shown as the video, slides or original page, each URL once. */
function otherLinks(s: SourceSession): LinkRecord[] | undefined {
  const seen = new Set([s.video, s.slides, s.originalPage]);
  const links: LinkRecord[] = [];
  for (const link of s.links) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    links.push(link);
  }
  return links.length ? links : undefined;
}

function eventRecord(source: SourceProgram, options: ImportOptions, locale: string, days: string[]): EventRecord {
  const name = options.name ?? source.event.name;
  if (!name) throw new ImportError('the export does not name the event: give its name with --name "…"');
  const { firstDay, lastDay, dayChange } = source.event;
  const all = [...days, firstDay, lastDay].filter((d): d is string => !!d && isRealDate(d)).sort();
  if (!all.length) throw new ImportError('has no session that can be shown, so the event has no days');
  return {
    id: slugify(source.event.id ?? name) || slugify(name) || 'event',
    name,
    url: source.event.url,
    format: options.format,
    venue: source.event.venue,
    city: source.event.city,
    timeZone: source.event.timeZone,
    dayChange,
    firstDay: all[0],
    lastDay: all[all.length - 1],
    locale,
  };
}

/** Content records and a report for an import model. */
export function buildContent(
  source: SourceProgram,
  options: ImportOptions,
): { content: Content; report: ImportReport } {
  const locale = optionTag(options.locale ?? 'en', 'locale');
  const fallback = options.language === undefined ? locale : optionTag(options.language, 'language');
  const notes = [...source.notes];
  const skipped: Skipped[] = [...source.skipped];
  const roomKeys = new Set(source.rooms.map((r) => r.key));
  const personKeys = new Set(source.persons.map((p) => p.key));
  const kept: Showable[] = [];
  for (const s of source.sessions) {
    const reason = unshowable(s, roomKeys, personKeys);
    if (reason) skipped.push({ code: s.code, path: s.path, reason });
    else kept.push(s as Showable);
  }
  const rooms = roomRecords(source.rooms);
  const tracks = usedTerms(source.tracks, new Set(kept.flatMap((s) => s.track ?? [])), 'track', notes);
  const types = usedTerms(source.types, new Set(kept.flatMap((s) => s.type ?? [])), 'type', notes);
  const speakers = speakerRecords(source.persons, kept, notes);
  const sessionSlugs = new SlugRegistry();
  const codes = new SlugRegistry();
  let defaulted = 0;
  const sessions = kept.map((s): SessionRecord => {
    if (!CODE_PATTERN.test(s.code)) throw new ImportError(`id "${s.code}" cannot be a code`, { path: s.path });
    const code = codes.claim(s.code);
    if (code !== s.code) notes.push(`${s.path}: id ${s.code} is used twice; this one is written as ${code}`);
    const tags = tagsOf(s, notes);
    if (!tags.length) defaulted++;
    if (s.guid && !UUID.test(s.guid)) notes.push(`${s.path}: guid "${s.guid}" is not a UUID; left out`);
    const slug = sessionSlugs.claim(slugify(s.slug ?? ''), slugify(`${s.title} ${s.code}`), `session-${slugify(code)}`);
    const room = rooms.byKey.get(s.room)!;
    return {
      slug,
      code,
      guid: s.guid && UUID.test(s.guid) ? s.guid.toLowerCase() : undefined,
      // The room's column: sessions that start together list as the source orders its rooms.
      order: room.order,
      title: s.title,
      subtitle: s.subtitle,
      speakers: [...new Set(s.speakers.map((key) => speakers.slugs.get(key)!))],
      start: toUtcIso(s.start),
      end: toUtcIso(s.end),
      track: s.track === undefined ? undefined : tracks.slugs.get(s.track),
      type: s.type === undefined ? undefined : types.slugs.get(s.type),
      language: tags.length === 0 ? fallback : tags.length === 1 ? tags[0] : tags,
      room: room.id,
      video: s.video,
      slides: s.slides,
      originalPage: s.originalPage,
      links: otherLinks(s),
      description: s.description,
      abstract: s.abstract,
    };
  });
  if (defaulted)
    notes.push(
      `${defaulted} session${defaulted === 1 ? ' names' : 's name'} no language: written as "${fallback}"${options.language === undefined ? ' (the event locale; choose another with --language)' : ''}`,
    );
  const dayChange = clockMinutes(source.event.dayChange);
  const zone = source.event.timeZone;
  const days = kept.flatMap((s) => [
    conferenceDate(s.start, zone, dayChange),
    conferenceDate(s.end - 1, zone, dayChange),
  ]);
  const content: Content = {
    event: eventRecord(source, options, locale, days),
    tracks: tracks.records,
    languages: languageRecords(sessions.flatMap((s) => s.language)),
    types: types.records,
    rooms: rooms.records,
    sessions,
    speakers: speakers.records,
  };
  const counts = {
    sessions: sessions.length,
    speakers: content.speakers.length,
    rooms: content.rooms.length,
    tracks: content.tracks.length,
    types: content.types.length,
    languages: content.languages.length,
  };
  return { content, report: { format: source.format, eventName: content.event.name, counts, skipped, notes } };
}
