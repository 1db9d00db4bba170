/** Finding records by key in a loaded program, and the small facts derived from one record. */
import type { Language, Program, Room, Session, SessionType, Speaker, Track } from './types';
import { NO_TRACK } from './types';

export interface Lookup {
  speaker: (slug: string) => Speaker | undefined;
  track: (slug: string | undefined) => Track | undefined;
  language: (code: string) => Language | undefined;
  type: (slug: string | undefined) => SessionType | undefined;
  room: (slug: string) => Room | undefined;
  /** The sessions a speaker gives, in time order. */
  sessionsOf: (speaker: string) => Session[];
}

const byKey = <T, K extends keyof T>(items: readonly T[], key: K) => new Map(items.map((i) => [i[key] as string, i]));

const cache = new WeakMap<Program, Lookup>();

/** The lookup of a program, made once per program object. */
export function createLookup(program: Program): Lookup {
  const known = cache.get(program);
  if (known) return known;
  const speakers = byKey(program.speakers, 'slug');
  const tracks = byKey(program.tracks, 'slug');
  const languages = byKey(program.languages, 'code');
  const types = byKey(program.types, 'slug');
  const rooms = byKey(program.rooms, 'slug');
  const given = new Map<string, Session[]>();
  for (const s of program.sessions)
    for (const sp of s.speakers) {
      const list = given.get(sp);
      if (list) list.push(s);
      else given.set(sp, [s]);
    }
  const lookup: Lookup = {
    speaker: (slug) => speakers.get(slug),
    track: (slug) => (slug ? tracks.get(slug) : undefined),
    language: (code) => languages.get(code),
    type: (slug) => (slug ? types.get(slug) : undefined),
    room: (slug) => rooms.get(slug),
    sessionsOf: (speaker) => given.get(speaker) ?? [],
  };
  cache.set(program, lookup);
  return lookup;
}

/** The label a language badge shows: the language's own name when there is one ("中文"), else its name. */
export const languageLabel = (language: Language | undefined, code: string) =>
  language?.nativeName ?? language?.name ?? code;

/** The track facet value of a session: its track slug, or NO_TRACK. */
export const trackKey = (session: Pick<Session, 'track'>) => session.track ?? NO_TRACK;

/** The type facet value of a session: its type slug, or NO_TRACK ("none"). */
export const typeKey = (session: Pick<Session, 'type'>) => session.type ?? NO_TRACK;

/** The primary language of a session (its first), for `lang` attributes on its own text. */
export const primaryLanguage = (session: Pick<Session, 'languages'>) => session.languages[0];

/** Language names per interface language, made once: a page names languages on every card. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in an interface language ("英语" on a Chinese page), else the content's name. */
export function languageName(language: Language, pageLang: string): string {
  try {
    let names = displayNames.get(pageLang);
    if (!names)
      displayNames.set(pageLang, (names = new Intl.DisplayNames(pageLang, { type: 'language', fallback: 'none' })));
    const name = names.of(language.code);
    if (name) return name;
  } catch {
    // An unusual tag Intl cannot name.
  }
  return language.name;
}

/** A speaker's name on a page: the native form ("陈立") where the page is in its language, else the name. */
export function speakerName(
  speaker: Pick<Speaker, 'name' | 'nativeName'> | undefined,
  slug: string,
  pageLang: string,
): string {
  if (!speaker) return slug;
  const han = speaker.nativeName && /[\u3400-\u9fff]/.test(speaker.nativeName);
  return speaker.nativeName && han && pageLang.split('-')[0] === 'zh' ? speaker.nativeName : speaker.name;
}
