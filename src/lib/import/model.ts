/**
 * The one in-memory model every importer produces: the facts of an export, read but not yet
 * shaped into content files. Each format parser (frab.ts, c3voc.ts, sessionize.ts) fills it with
 * the source's own keys and names; build.ts turns it into content records with slugs; render.ts
 * writes those as files. Keeping the formats apart from the content rules means the rules (what
 * is skipped, how slugs are made, which days the event has) exist once.
 */

/** The formats the importers read, named by the tool family that writes them. */
export type SourceFormat = 'frab' | 'c3voc' | 'sessionize';

/** What the site's event.yaml calls the event's format. */
export type EventFormat = 'virtual' | 'in-person' | 'hybrid';

/** Where in the source a problem is: a line and column for syntax, a path for a record. */
export interface SourcePlace {
  line?: number;
  column?: number;
  /** A JSON path like `sessions[3].endsAt` or an XML location like `day[1]/room[@name="Janson"]/event[@id="10528"]`. */
  path?: string;
}

/** Bad input: the import stops and nothing is written. The CLI adds the file name. */
export class ImportError extends Error {
  constructor(
    readonly reason: string,
    readonly place: SourcePlace = {},
  ) {
    super(reason);
    this.name = 'ImportError';
  }
}

/** "file.xml:12:5: reason", "file.json, sessions[3].endsAt: reason" or "file: reason". */
export function describeImportError(file: string, error: ImportError): string {
  const { line, column, path } = error.place;
  if (line !== undefined) return `${file}:${line}${column !== undefined ? `:${column}` : ''}: ${error.reason}`;
  if (path) return `${file}, ${path}: ${error.reason}`;
  return `${file}: ${error.reason}`;
}

/** A titled link from the source; the URL is checked later, when the record is built. */
export interface SourceLink {
  title: string;
  url: string;
}

/** A room, track or type as the source lists it: its own key (a name or an id) and its name. */
export interface SourceTerm {
  key: string;
  name: string;
  /** Tracks only: a colour the source gives. */
  color?: string;
}

/** A speaker, once per source person id. */
export interface SourcePerson {
  /** The key sessions refer to the person by (the source id, or the name when there is none). */
  key: string;
  /** The source's id for the person, kept as the speaker's sourceId. */
  sourceId?: string;
  name: string;
  /** Markdown. */
  bio?: string;
  designation?: string;
  links: SourceLink[];
}

/** One session as the source has it; times are instants (ms), undefined when the source has none. */
export interface SourceSession {
  /** Where the session is in the source, for messages. */
  path: string;
  /** The source's id for the session. */
  code: string;
  /** The source's own slug, when it has one. */
  slug?: string;
  guid?: string;
  title?: string;
  subtitle?: string;
  start?: number;
  end?: number;
  /** Where the end comes from (`sessions[3].endsAt`), for a message about it; the session's path if absent. */
  endPath?: string;
  /** Keys into SourceProgram.rooms/tracks/types and .persons. */
  room?: string;
  track?: string;
  type?: string;
  /** Language tags or names as the source writes them. */
  languages: string[];
  speakers: string[];
  /** Markdown. */
  abstract?: string;
  /** Markdown. */
  description?: string;
  video?: string;
  slides?: string;
  originalPage?: string;
  links: SourceLink[];
}

/** A record the import leaves out, always listed for the user with its id. */
export interface Skipped {
  code: string;
  path: string;
  reason: string;
}

/** Everything one export says, in the source's order. */
export interface SourceProgram {
  format: SourceFormat;
  event: {
    /** A short name to make the event id from (an acronym or the title). */
    id?: string;
    name?: string;
    url?: string;
    venue?: string;
    city?: string;
    /** The IANA zone, already checked. */
    timeZone: string;
    /** "HH:MM", when the source has a day change. */
    dayChange?: string;
    /** Conference days the source declares, "YYYY-MM-DD". */
    firstDay?: string;
    lastDay?: string;
  };
  rooms: SourceTerm[];
  /** Tracks in the source's order (its declared list first, then the ones sessions name). */
  tracks: SourceTerm[];
  types: SourceTerm[];
  persons: SourcePerson[];
  sessions: SourceSession[];
  /** Records the parser already knows it cannot import. */
  skipped: Skipped[];
  /** Things the user should know: what was left out or assumed. */
  notes: string[];
}

/** What the user chooses on the command line. */
export interface ImportOptions {
  /** IANA zone; required when the source has only local times and names no zone. */
  zone?: string;
  /** Interface locale for event.yaml; "en" when absent. */
  locale?: string;
  format?: EventFormat;
  /** Session language for sources that give none; the locale when absent. */
  language?: string;
  /** The event's name, for sources that do not name it (Sessionize). */
  name?: string;
}
