/**
 * Faceted filtering. Values within a facet combine with OR, facets with AND.
 * Counts for each option are computed with every other constraint applied, so a
 * count says how many sessions that option would show.
 */
import { FACETS, type Facet, type ViewState } from './url-state';

/** What a session needs to be filtered: the track is the facet key (NO_TRACK for none). */
export interface Filterable {
  slug: string;
  code?: string;
  language: string;
  track: string;
  type: string;
}

export interface Constraints {
  /** Slugs that match the search, or undefined when there is no query. */
  matches?: ReadonlySet<string>;
  /** Starred slugs, applied when state.starred. */
  starred?: ReadonlySet<string>;
}

/** True when the item passes every facet except `skip`, and the search/starred constraints. */
export function passes(item: Filterable, state: ViewState, c: Constraints = {}, skip?: Facet): boolean {
  for (const f of FACETS) {
    if (f === skip) continue;
    const selected = state[f];
    if (selected.length && !selected.includes(item[f])) return false;
  }
  if (c.matches && !c.matches.has(item.slug)) return false;
  if (state.starred && !(c.starred?.has(item.slug) ?? false)) return false;
  if (state.picks.length && !(item.code && state.picks.includes(item.code))) return false;
  return true;
}

/** The items that pass every constraint, in their given order. */
export function applyFilters<T extends Filterable>(items: readonly T[], state: ViewState, c: Constraints = {}): T[] {
  return items.filter((i) => passes(i, state, c));
}

export type FacetCounts = Record<Facet, Record<string, number>>;

/** For every facet value present, how many items it would show given all other constraints. */
export function facetCounts(items: readonly Filterable[], state: ViewState, c: Constraints = {}): FacetCounts {
  const counts: FacetCounts = { language: {}, track: {}, type: {} };
  for (const f of FACETS) {
    for (const item of items) {
      const key = item[f];
      counts[f][key] ??= 0;
      if (passes(item, state, c, f)) counts[f][key] += 1;
    }
  }
  return counts;
}

/** "Showing 12 of 65 sessions". */
export function showingLabel(shown: number, total: number): string {
  return shown === total ? `Showing all ${total} sessions` : `Showing ${shown} of ${total} sessions`;
}
