/**
 * The options of each filter facet with their counts, for the server-rendered controls. Counts
 * come from `facetCounts` (src/lib/filter.ts), the same function the island updates them with.
 */
import type { Translator } from './i18n';
import type { Program, Session } from './types';
import { NO_TRACK } from './types';
import { facetCounts, type Filterable } from './filter';
import { emptyState, type Facet } from './url-state';
import { languageLabel, trackKey, typeKey } from './lookup';

export interface FacetOption {
  value: string;
  label: string;
  /** The full name, where the label is short (a track's label). */
  title?: string;
  n: number;
  /** Track colour. */
  color?: string;
  /** `lang` of the label (a language's own name). */
  lang?: string;
}

/** A session as the filters see it (the same shape the island reads from data attributes). */
export const filterable = (s: Session): Filterable => ({
  slug: s.slug,
  code: s.code,
  languages: s.languages,
  track: trackKey(s),
  type: typeKey(s),
  room: s.room,
  video: Boolean(s.video),
});

/** Every facet's options in content order, "no track"/"no type" last when some session has none. */
export function facetOptions(
  program: Program,
  sessions: readonly Session[],
  t: Translator,
): Record<Facet, FacetOption[]> & { recording: number } {
  const counts = facetCounts(sessions.map(filterable), emptyState());
  const none = (facet: 'track' | 'type', label: string): FacetOption[] =>
    counts[facet][NO_TRACK] ? [{ value: NO_TRACK, label, n: counts[facet][NO_TRACK] }] : [];
  const present = (facet: Facet) => (o: FacetOption) => o.n > 0 || counts[facet][o.value] !== undefined;
  return {
    language: program.languages
      .map((l) => ({ value: l.code, label: languageLabel(l, l.code), lang: l.code, n: counts.language[l.code] ?? 0 }))
      .filter(present('language')),
    track: [
      ...program.tracks.map((tr) => ({
        value: tr.slug,
        label: tr.label,
        title: tr.label !== tr.name ? tr.name : undefined,
        color: tr.color,
        n: counts.track[tr.slug] ?? 0,
      })),
      ...none('track', t('facet.noTrack')),
    ].filter(present('track')),
    type: [
      ...program.types.map((ty) => ({ value: ty.slug, label: ty.name, n: counts.type[ty.slug] ?? 0 })),
      ...none('type', t('facet.noType')),
    ].filter(present('type')),
    room: program.rooms
      .map((r) => ({ value: r.slug, label: r.name, n: counts.room[r.slug] ?? 0 }))
      .filter(present('room')),
    recording: counts.recording,
  };
}
