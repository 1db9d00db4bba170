/**
 * Faceted filtering. Values within a facet combine with OR, facets with AND. Counts for each option
 * are computed with every other constraint applied, so a count says how many sessions that option
 * would show. A session in two languages counts for both.
 */
import { FACETS, type Facet, type ViewState } from './url-state';

/** What a session needs to be filtered: facet keys (NO_TRACK for none) and whether it has a recording. */
export interface Filterable {
  slug: string;
  code?: string;
  languages: readonly string[];
  track: string;
  type: string;
  room: string;
  video: boolean;
}

export interface Constraints {
  /** Slugs that match the search, or undefined when there is no query. */
  matches?: ReadonlySet<string>;
  /** Starred slugs, applied when state.starred. */
  starred?: ReadonlySet<string>;
}

/** The item's values for a facet. */
const valuesOf = (item: Filterable, facet: Facet): readonly string[] =>
  facet === 'language' ? item.languages : [item[facet]];

/** True when the item passes every facet except `skip` (and the recording filter unless skipped), and the other constraints. */
export function passes(item: Filterable, state: ViewState, c: Constraints = {}, skip?: Facet | 'recording'): boolean {
  for (const f of FACETS) {
    if (f === skip) continue;
    const selected = state[f];
    if (selected.length && !valuesOf(item, f).some((v) => selected.includes(v))) return false;
  }
  if (state.recording && skip !== 'recording' && !item.video) return false;
  if (c.matches && !c.matches.has(item.slug)) return false;
  if (state.starred && !(c.starred?.has(item.slug) ?? false)) return false;
  if (state.picks.length && !(item.code && state.picks.includes(item.code))) return false;
  return true;
}

/** The items that pass every constraint, in their given order. */
export function applyFilters<T extends Filterable>(items: readonly T[], state: ViewState, c: Constraints = {}): T[] {
  return items.filter((i) => passes(i, state, c));
}

export type FacetCounts = Record<Facet, Record<string, number>> & { recording: number };

/** For every facet value present, how many items it would show given all other constraints. */
export function facetCounts(items: readonly Filterable[], state: ViewState, c: Constraints = {}): FacetCounts {
  const counts: FacetCounts = { language: {}, track: {}, type: {}, room: {}, recording: 0 };
  for (const item of items) {
    for (const f of FACETS) {
      const ok = passes(item, state, c, f);
      for (const key of valuesOf(item, f)) counts[f][key] = (counts[f][key] ?? 0) + (ok ? 1 : 0);
    }
    if (item.video && passes(item, state, c, 'recording')) counts.recording += 1;
  }
  return counts;
}
