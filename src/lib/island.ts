/**
 * The contract between the server's markup and the client scripts: the page configuration the
 * layout embeds as JSON, and the messages the browser needs. The island finds markup by `data-*`
 * attributes only (never by styling classes); each attribute is documented where it is rendered.
 */
import type { Dictionary } from './i18n';

/** The element id of the JSON configuration every page carries. */
export const CONFIG_ID = 'ic-config';

export interface IslandConfig {
  /** Interface language of the page (BCP 47). */
  lang: string;
  /** The event's zone and day change: pages are rendered in them. */
  eventZone: string;
  dayChange: number;
  /** Prefix of browser storage keys ("istiocon" → "istiocon:starred"). */
  storagePrefix: string;
  /** The site's base path, "/" or "/sub/". */
  base: string;
  /** The language prefix of page links, "" or "zh". */
  prefix: string;
  /** Zones the picker offers after "My time" and the event's zone. */
  zones: string[];
  /** The event's name, for the calendar of starred sessions. */
  event: string;
  /** The interface messages the browser needs (see CLIENT_MESSAGES). */
  messages: Dictionary;
}

/** Prefixes of the dictionary keys the client scripts use; the rest stays on the server. */
export const CLIENT_MESSAGES = [
  'zone.',
  'time.',
  'duration.',
  'status.',
  'results.',
  'empty.program',
  'mine.',
  'shared.',
  'live.',
  'tools.zone',
  'card.overlap',
  'grid.break',
  'grid.region',
  'date.',
  'event.sessions',
  'session.play',
];

/** The storage keys of a site: the chosen zone and the starred sessions. */
export const storageKeys = (prefix: string) => ({ zone: `${prefix}:tz`, starred: `${prefix}:starred` });

/** What a session's card carries for the island: its facts as data attributes (src/scripts/program/items.ts reads them). */
export function itemData(s: {
  slug: string;
  code: string;
  start: string;
  end: string;
  languages: readonly string[];
  track?: string;
  type?: string;
  room: string;
  video?: string;
}) {
  return {
    'data-slug': s.slug,
    'data-code': s.code,
    'data-start': s.start,
    'data-end': s.end,
    'data-lang': s.languages.join(' '),
    'data-track': s.track ?? 'none',
    'data-type': s.type ?? 'none',
    'data-room': s.room,
    'data-video': s.video ? '' : undefined,
  };
}
