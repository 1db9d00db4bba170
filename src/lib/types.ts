/** Plain program types shared by the build, the browser and the tests. No Astro, no DOM. */

export interface Session {
  /** URL segment of the permalink, /sessions/<slug>/. */
  slug: string;
  /** Program code, like "a1a"; stable, used for calendar UIDs and export GUIDs. */
  code: string;
  order: number;
  title: string;
  /** Speaker slugs. */
  speakers: string[];
  /** ISO instant with Z or an offset. */
  start: string;
  end: string;
  track?: string;
  type: string;
  language: string;
  room: string;
  block: string;
  video?: string;
  slides?: string;
  originalPage?: string;
  /** Plain text; paragraphs separated by blank lines. */
  abstract: string;
  /** The content file, relative to the project, for error messages. */
  file?: string;
}

export interface Speaker {
  slug: string;
  name: string;
  designation?: string;
  twitter?: string;
  linkedin?: string;
  file?: string;
}

export interface Track {
  slug: string;
  name: string;
  label: string;
  color: string;
}

export interface Language {
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
  name: string;
  url: string;
  format: string;
  firstDay: string;
  lastDay: string;
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

/** The facet value for sessions without a track. */
export const NO_TRACK = 'none';
