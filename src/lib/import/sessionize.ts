/**
 * A Sessionize "All" export (API view `All`: sessions, speakers, categories, rooms) into the
 * import model. Its times are local and the file names no zone, so the user must give one. Its
 * texts are plain text. Categories become the track, the session type and the language by their
 * titles ("Track", "Session format", "Language"); other categories are reported, not imported.
 */
import { languageTag } from './languages';
import { eventZone, sourceInstant } from './local-time';
import { ImportError, type ImportOptions, type SourcePerson, type SourceProgram } from './model';
import { plainTextToMarkdown } from './markdown-text';
import { checkedUrl, isRecord, listAt, recordAt, text, type SourceRecord } from './values';

type Kind = 'track' | 'type' | 'language';

/** What a category title means; the first match wins. */
const CATEGORY_KINDS: [RegExp, Kind][] = [
  [/track/i, 'track'],
  [/^(session )?(format|type)s?$|session type/i, 'type'],
  [/language/i, 'language'],
];

interface Item {
  /** Undefined for an item of a category that is not imported (a "Level", say). */
  kind?: Kind;
  /** Track or type key, or a language tag (undefined when the name is not a language). */
  value?: string;
}

/** The id of a record or of a reference to one (the All view writes ids; some views write objects). */
const idOf = (value: unknown) => text(isRecord(value) ? value.id : value);

const plain = (value: unknown) => (typeof value === 'string' && value.trim() ? plainTextToMarkdown(value) : undefined);

/** Category items by id, adding tracks and types to the program in the source's order. */
function readCategories(document: SourceRecord, program: SourceProgram): Map<string, Item> {
  const items = new Map<string, Item>();
  listAt(document.categories, 'categories').forEach((category, i) => {
    const c = recordAt(category, `categories[${i}]`);
    const title = text(c.title) ?? '';
    const kind = CATEGORY_KINDS.find(([pattern]) => pattern.test(title))?.[1];
    if (!kind)
      program.notes.push(`categories[${i}]: "${title}" is not a track, format or language category; not imported`);
    listAt(c.items, `categories[${i}].items`).forEach((entry, j) => {
      const path = `categories[${i}].items[${j}]`;
      const item = recordAt(entry, path);
      const id = idOf(item);
      const name = text(item.name);
      if (!id || !name) throw new ImportError('needs an id and a name', { path });
      if (!kind) items.set(id, {});
      else if (kind !== 'language') {
        (kind === 'track' ? program.tracks : program.types).push({ key: id, name });
        items.set(id, { kind, value: id });
      } else {
        const tag = languageTag(name);
        if (!tag)
          program.notes.push(`${path}: "${name}" is not a language name or tag; its sessions get the default language`);
        items.set(id, { kind, value: tag });
      }
    });
  });
  return items;
}

function readSpeaker(entry: unknown, path: string, program: SourceProgram): SourcePerson {
  const speaker = recordAt(entry, path);
  const key = idOf(speaker);
  const name = text(speaker.fullName) ?? text(`${text(speaker.firstName) ?? ''} ${text(speaker.lastName) ?? ''}`);
  if (!key || !name) throw new ImportError('needs an id and a name', { path });
  const links = listAt(speaker.links, `${path}.links`).flatMap((link, j) => {
    const ref = recordAt(link, `${path}.links[${j}]`);
    const url = checkedUrl(ref.url, `${path}.links[${j}].url`, program.notes);
    return url ? [{ title: text(ref.title) ?? text(ref.linkType) ?? url, url }] : [];
  });
  return { key, sourceId: key, name, bio: plain(speaker.bio), designation: text(speaker.tagLine), links };
}

/** A local time field: undefined when null (unscheduled), an error when not a time that exists in the zone. */
function timeAt(session: SourceRecord, field: string, path: string, zone: string): number | undefined {
  const value = session[field];
  if (value === null || value === undefined) return undefined;
  const ms = typeof value === 'string' ? sourceInstant(value, zone) : undefined;
  if (ms === undefined)
    throw new ImportError(`${JSON.stringify(value)} is not a date and time that exists in ${zone}`, {
      path: `${path}.${field}`,
    });
  return ms;
}

/** What reading one session needs from the rest of the export. */
interface Context {
  program: SourceProgram;
  zone: string;
  items: Map<string, Item>;
  persons: Set<string>;
}

/** Checks a session's references and adds it to the program, or to the skipped list when it is not accepted. */
function readSession(entry: unknown, path: string, { program, zone, items, persons }: Context): void {
  const session = recordAt(entry, path);
  const code = idOf(session);
  if (!code) throw new ImportError('has no id', { path });
  const status = text(session.status);
  if (status && status !== 'Accepted') {
    program.skipped.push({ code, path, reason: `its status is "${status}", not "Accepted"` });
    return;
  }
  const room = session.roomId === null || session.roomId === undefined ? undefined : text(session.roomId);
  if (room !== undefined && !program.rooms.some((r) => r.key === room)) {
    const known = program.rooms.map((r) => `${r.key} ${JSON.stringify(r.name)}`).join(', ') || 'none';
    throw new ImportError(`room ${room} is not in rooms (${known})`, { path: `${path}.roomId` });
  }
  const speakers = listAt(session.speakers, `${path}.speakers`).map((ref, j) => {
    const id = idOf(ref);
    if (!id || !persons.has(id))
      throw new ImportError(`speaker ${JSON.stringify(id ?? ref)} is not in speakers`, {
        path: `${path}.speakers[${j}]`,
      });
    return id;
  });
  const chosen = listAt(session.categoryItems, `${path}.categoryItems`).map((ref, j) => {
    const item = items.get(idOf(ref) ?? '');
    if (!item)
      throw new ImportError(`${JSON.stringify(ref)} is not an item of any category`, {
        path: `${path}.categoryItems[${j}]`,
      });
    return item;
  });
  const pick = (kind: Kind) => chosen.filter((c) => c.kind === kind).flatMap((c) => (c.value ? [c.value] : []));
  for (const kind of ['track', 'type'] as const)
    if (pick(kind).length > 1) program.notes.push(`${path}: has ${pick(kind).length} ${kind}s; the first is kept`);
  program.sessions.push({
    path,
    code,
    title: text(session.title),
    start: timeAt(session, 'startsAt', path, zone),
    end: timeAt(session, 'endsAt', path, zone),
    endPath: `${path}.endsAt`,
    room,
    track: pick('track')[0],
    type: pick('type')[0],
    languages: pick('language'),
    speakers,
    abstract: plain(session.description),
    video: checkedUrl(session.recordingUrl, `${path}.recordingUrl`, program.notes),
    links: [],
  });
}

/** The import model of a parsed Sessionize "All" export. */
export function parseSessionize(document: SourceRecord, options: ImportOptions): SourceProgram {
  const zone = eventZone(options.zone, undefined, '', 'a Sessionize export has local times and names no time zone');
  const program: SourceProgram = {
    format: 'sessionize',
    event: { timeZone: zone },
    rooms: listAt(document.rooms, 'rooms').map((room, i) => {
      const r = recordAt(room, `rooms[${i}]`);
      const key = idOf(r);
      const name = text(r.name);
      if (!key || !name) throw new ImportError('needs an id and a name', { path: `rooms[${i}]` });
      return { key, name };
    }),
    tracks: [],
    types: [],
    persons: [],
    sessions: [],
    skipped: [],
    notes: [],
  };
  const items = readCategories(document, program);
  program.persons = listAt(document.speakers, 'speakers').map((s, i) => readSpeaker(s, `speakers[${i}]`, program));
  const ctx: Context = { program, zone, items, persons: new Set(program.persons.map((p) => p.key)) };
  listAt(document.sessions, 'sessions').forEach((entry, i) => readSession(entry, `sessions[${i}]`, ctx));
  return program;
}
