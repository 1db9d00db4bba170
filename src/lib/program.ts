/** Lookups and per-record queries over a loaded program. */
import type { Language, Program, Room, Session, SessionType, Speaker, Track } from './types';
import { NO_TRACK } from './types';

export interface Lookup {
  speaker: (slug: string) => Speaker | undefined;
  track: (slug: string | undefined) => Track | undefined;
  language: (code: string) => Language | undefined;
  type: (slug: string) => SessionType | undefined;
  room: (slug: string) => Room | undefined;
  /** The sessions a speaker gives, in time order. */
  sessionsOf: (speaker: string) => Session[];
}

const byKey = <T, K extends keyof T>(items: readonly T[], key: K) => new Map(items.map((i) => [i[key] as string, i]));

export function lookup(program: Program): Lookup {
  const speakers = byKey(program.speakers, 'slug');
  const tracks = byKey(program.tracks, 'slug');
  const languages = byKey(program.languages, 'code');
  const types = byKey(program.types, 'slug');
  const rooms = byKey(program.rooms, 'slug');
  const given = new Map<string, Session[]>();
  for (const s of program.sessions) for (const sp of s.speakers) given.set(sp, [...(given.get(sp) ?? []), s]);
  return {
    speaker: (slug) => speakers.get(slug),
    track: (slug) => (slug ? tracks.get(slug) : undefined),
    language: (code) => languages.get(code),
    type: (slug) => types.get(slug),
    room: (slug) => rooms.get(slug),
    sessionsOf: (speaker) => given.get(speaker) ?? [],
  };
}

/** The label a language badge shows: the native name when there is one ("中文"), else the name. */
export const languageLabel = (language: Language | undefined, code: string) =>
  language?.nativeName ?? language?.name ?? code;

/** The track facet value of a session: its track slug, or NO_TRACK. */
export const trackKey = (session: Pick<Session, 'track'>) => session.track ?? NO_TRACK;

/** The data attributes a session's card carries for the client island (src/scripts/item.ts reads them). */
export const sessionData = (s: Session) => ({
  'data-slug': s.slug,
  'data-code': s.code,
  'data-start': s.start,
  'data-end': s.end,
  'data-lang': s.language,
  'data-track': trackKey(s),
  'data-type': s.type,
  'data-room': s.room,
});
