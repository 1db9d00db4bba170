/**
 * The view's state as URL parameters, shared by the list and the timetable:
 *   ?q=ebpf&language=zh&track=keynote,use-case&type=workshop&room=hall-a&recording=1
 *    &tz=Asia/Shanghai&day=2022-04-26&now=…&starred=1&picks=a1a,b2
 * Parsing is forgiving: unknown values are dropped, malformed ones ignored, never thrown.
 */
import { canonicalZone, isRealDate, isRealInstant } from './time';

export const FACETS = ['language', 'track', 'type', 'room'] as const;
export type Facet = (typeof FACETS)[number];

export interface ViewState {
  language: string[];
  track: string[];
  type: string[];
  room: string[];
  /** Only sessions with a recording. */
  recording: boolean;
  /** Search text, trimmed, at most MAX_QUERY characters. */
  q: string;
  /** A valid IANA zone or "UTC" chosen explicitly; absent means the viewer's own zone. */
  tz?: string;
  /** Show only starred sessions. */
  starred: boolean;
  /** A day "YYYY-MM-DD" in the displayed zone (timetable). */
  day?: string;
  /** Pretend it is this instant (ISO, with Z or offset): previews the live marks. */
  now?: string;
  /** Session codes shared as a list ("picks") by another visitor. */
  picks: string[];
}

/** The values each facet may take; anything else in the URL is ignored. */
export type Vocabulary = Record<Facet, readonly string[]> & {
  /** Session codes, for `picks`. */
  codes?: readonly string[];
};

export const MAX_QUERY = 200;

export const emptyState = (): ViewState => ({
  language: [],
  track: [],
  type: [],
  room: [],
  recording: false,
  q: '',
  starred: false,
  picks: [],
});

const truthy = (v: string | null) => v === '1' || v === 'true';

/** Keep the known values of a comma list, in vocabulary order, once each. */
function pick(raw: string | null, known: readonly string[]): string[] {
  if (!raw) return [];
  const wanted = new Set(
    raw
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean),
  );
  return known.filter((v) => wanted.has(v.toLowerCase()));
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Clean search text: no control characters, collapsed spaces, bounded length. */
export function cleanQuery(raw: string | null | undefined): string {
  if (!raw) return '';
  return raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

export function parseState(search: string | URLSearchParams, vocab: Vocabulary): ViewState {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return emptyState();
  }
  const state = emptyState();
  for (const f of FACETS) state[f] = pick(params.get(f), vocab[f]);
  state.recording = truthy(params.get('recording'));
  state.q = cleanQuery(params.get('q'));
  const tz = canonicalZone(params.get('tz'));
  if (tz) state.tz = tz;
  state.starred = truthy(params.get('starred'));
  const day = params.get('day');
  if (day && isRealDate(day)) state.day = day;
  const now = params.get('now');
  if (now && /^\d{4}-\d{2}-\d{2}T/.test(now) && /(Z|[+-]\d{2}:\d{2})$/.test(now) && isRealInstant(now)) state.now = now;
  if (vocab.codes) state.picks = pick(params.get('picks'), vocab.codes);
  return state;
}

/** The day of a no-JavaScript day link, "#day-2022-04-26" or "#d-2022-04-26"; undefined for any other hash. */
export function dayFromHash(hash: string): string | undefined {
  const date = /^#d(?:ay)?-(\d{4}-\d{2}-\d{2})$/.exec(hash)?.[1];
  return date && isRealDate(date) ? date : undefined;
}

/** Encode a value but keep commas and slashes readable. */
const enc = (v: string) => encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%2F/gi, '/');

/** The query string for a state, without "?"; "" for the default state. Stable parameter order. */
export function serializeState(state: ViewState): string {
  const parts: string[] = [];
  if (state.q) parts.push(`q=${enc(state.q)}`);
  for (const f of FACETS) if (state[f].length) parts.push(`${f}=${state[f].map(enc).join(',')}`);
  if (state.recording) parts.push('recording=1');
  if (state.tz) parts.push(`tz=${enc(state.tz)}`);
  if (state.starred) parts.push('starred=1');
  if (state.picks.length) parts.push(`picks=${state.picks.map(enc).join(',')}`);
  if (state.day) parts.push(`day=${state.day}`);
  if (state.now) parts.push(`now=${enc(state.now)}`);
  return parts.join('&');
}

/** How many filters are on (facet values and the recording filter). */
export const activeFilterCount = (state: ViewState) =>
  FACETS.reduce((n, f) => n + state[f].length, 0) + (state.recording ? 1 : 0);

/** True when anything narrows the list: a filter, a query, starred-only or shared picks. */
export const isNarrowed = (state: ViewState) =>
  activeFilterCount(state) > 0 || state.q !== '' || state.starred || state.picks.length > 0;

/** The state with search, filters, starred and picks cleared; zone, day and now kept. */
export const clearedState = (state: ViewState): ViewState => ({
  ...emptyState(),
  tz: state.tz,
  day: state.day,
  now: state.now,
});
