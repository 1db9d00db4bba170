/**
 * The content records an import writes, one interface per content file shape, with the fields in
 * the order they are written. They mirror the zod schemas in src/schemas (the contract); the tests
 * parse every imported folder with those schemas.
 */
import type { EventFormat, Skipped, SourceFormat } from './model';

export interface LinkRecord {
  title: string;
  url: string;
}

export interface EventRecord {
  id: string;
  name: string;
  url?: string;
  format?: EventFormat;
  venue?: string;
  city?: string;
  timeZone: string;
  dayChange?: string;
  firstDay: string;
  lastDay: string;
  locale: string;
}

export interface TrackRecord {
  id: string;
  name: string;
  color?: string;
}

export interface LanguageRecord {
  id: string;
  name: string;
  nativeName?: string;
}

export interface TypeRecord {
  id: string;
  name: string;
}

export interface RoomRecord {
  id: string;
  name: string;
  order: number;
}

export interface SessionRecord {
  slug: string;
  code: string;
  guid?: string;
  order: number;
  title: string;
  subtitle?: string;
  speakers: string[];
  start: string;
  end: string;
  track?: string;
  type?: string;
  language: string | string[];
  room: string;
  video?: string;
  slides?: string;
  originalPage?: string;
  links?: LinkRecord[];
  description?: string;
  /** The Markdown body of the session's file. */
  abstract?: string;
}

export interface SpeakerRecord {
  /** The file name, not a field. */
  slug: string;
  name: string;
  designation?: string;
  bio?: string;
  twitter?: string;
  linkedin?: string;
  links?: LinkRecord[];
  sourceId?: string;
}

/** A whole content folder's records. */
export interface Content {
  event: EventRecord;
  tracks: TrackRecord[];
  languages: LanguageRecord[];
  types: TypeRecord[];
  rooms: RoomRecord[];
  sessions: SessionRecord[];
  speakers: SpeakerRecord[];
}

/** What the import did, for the user: counts, what it left out and why, what it assumed. */
export interface ImportReport {
  format: SourceFormat;
  eventName: string;
  counts: Record<'sessions' | 'speakers' | 'rooms' | 'tracks' | 'types' | 'languages', number>;
  skipped: Skipped[];
  notes: string[];
}
