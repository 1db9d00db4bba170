import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts, passes, showingLabel } from '../../src/lib/filter';
import { emptyState } from '../../src/lib/url-state';

const items = [
  { slug: 'a', code: 'a1', language: 'en', track: 'keynote', type: 'presentation' },
  { slug: 'b', code: 'b1', language: 'zh', track: 'use-case', type: 'panel' },
  { slug: 'c', code: 'c1', language: 'en', track: 'none', type: 'presentation' },
  { slug: 'd', code: 'd1', language: 'en', track: 'use-case', type: 'workshop' },
];
const st = (over: Partial<ReturnType<typeof emptyState>>) => ({ ...emptyState(), ...over });
const slugs = (xs: { slug: string }[]) => xs.map((x) => x.slug);

describe('filters', () => {
  it('shows everything with no constraint', () => {
    expect(slugs(applyFilters(items, emptyState()))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('ORs within a facet and ANDs across facets', () => {
    expect(slugs(applyFilters(items, st({ track: ['keynote', 'use-case'] })))).toEqual(['a', 'b', 'd']);
    expect(slugs(applyFilters(items, st({ track: ['keynote', 'use-case'], language: ['en'] })))).toEqual(['a', 'd']);
    expect(slugs(applyFilters(items, st({ track: ['none'] })))).toEqual(['c']);
  });
  it('applies search matches, starred and shared picks', () => {
    expect(slugs(applyFilters(items, emptyState(), { matches: new Set(['d', 'b']) }))).toEqual(['b', 'd']);
    expect(slugs(applyFilters(items, st({ starred: true }), { starred: new Set(['c']) }))).toEqual(['c']);
    expect(slugs(applyFilters(items, st({ starred: true })))).toEqual([]);
    expect(slugs(applyFilters(items, st({ picks: ['b1', 'd1'] })))).toEqual(['b', 'd']);
  });
  it('can skip one facet (for counts)', () => {
    expect(passes(items[1], st({ language: ['en'] }), {}, 'language')).toBe(true);
  });
});

describe('facetCounts', () => {
  it('counts each option under the other facets', () => {
    const counts = facetCounts(items, st({ language: ['en'], type: ['presentation'] }));
    expect(counts.language).toEqual({ en: 2, zh: 0 });
    expect(counts.type).toEqual({ presentation: 2, panel: 0, workshop: 1 });
    expect(counts.track).toEqual({ keynote: 1, 'use-case': 0, none: 1 });
  });
  it('respects the search', () => {
    expect(facetCounts(items, emptyState(), { matches: new Set(['b']) }).language).toEqual({ en: 0, zh: 1 });
  });
  it('says what is shown', () => {
    expect(showingLabel(12, 65)).toBe('Showing 12 of 65 sessions');
    expect(showingLabel(65, 65)).toBe('Showing all 65 sessions');
  });
});
