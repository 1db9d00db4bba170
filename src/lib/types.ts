/** Plain program types shared by the build, the browser and the tests. No Astro, no DOM. */

export interface Session {
  /** URL segment of the permalink, /sessions/<slug>/. */
  slug: string;
  /** The source's stable id ("a1a", "10528"); used for calendar UIDs, export GUIDs and shared lists. */
  code: string;
  /** The source's GUID, when it had one. */
  guid?: string;
  /** Position in the published program, to order sessions that start together. */
  order?: number;
  title: string;
  subtitle?: string;
  /** Speaker slugs, in billing order. */
  speakers: string[];
  /** ISO instant with Z or an offset. */
  start: string;
  end: string;
  track?: string;
  type?: string;
  /** BCP 47 tags, at least one. */
  languages: string[];
  room: string;
  block?: string;
  video?: string;
  slides?: string;
  originalPage?: string;
  /** Further links from the source. */
  links?: Link[];
  /** Markdown; paragraphs separated by blank lines. */
  abstract: string;
  /** Markdown, after the abstract. */
  description?: string;
  /** The content file, relative to the project, for error messages. */
  file?: string;
}

export interface Link {
  title: string;
  url: string;
}

export interface Speaker {
  slug: string;
  name: string;
  /** The name in its own script and order, shown on pages in that language. */
  nativeName?: string;
  designation?: string;
  /** Markdown. */
  bio?: string;
  twitter?: string;
  linkedin?: string;
  links?: Link[];
  sourceId?: string;
  file?: string;
}

export interface Track {
  slug: string;
  name: string;
  /** Short name for chips and badges (the name when the content has none). */
  label: string;
  /** "#rrggbb" (a palette colour when the content has none). */
  color: string;
}

export interface Language {
  /** BCP 47 tag. */
  code: string;
  name: string;
  nativeName?: string;
}

export interface SessionType {
  slug: string;
  name: string;
}

export interface Room {
  slug: string;
  name: string;
  note?: string;
  order: number;
}

export interface EventInfo {
  id: string;
  name: string;
  /** The event's own website. */
  url?: string;
  siteUrl?: string;
  description?: string;
  format?: 'virtual' | 'in-person' | 'hybrid';
  venue?: string;
  city?: string;
  /** IANA zone of the event: pages are rendered in it; conference days are its days. */
  timeZone: string;
  /** Minutes after midnight before which a session belongs to the previous conference day. */
  dayChange: number;
  /** First and last conference day, in the event's zone. */
  firstDay: string;
  lastDay: string;
  /** Interface languages (BCP 47), the default first. */
  locales: string[];
  /** Zones the picker offers. */
  popularZones: string[];
  /** Prefix of browser storage keys. */
  storagePrefix: string;
  blocks: { id: string; language: string; start: string }[];
}

export interface Program {
  event: EventInfo;
  /** Sorted by start, then program order. */
  sessions: Session[];
  speakers: Speaker[];
  tracks: Track[];
  languages: Language[];
  types: SessionType[];
  rooms: Room[];
}

/** The facet value for sessions without a track (and, for types, without a type). */
export const NO_TRACK = 'none';
