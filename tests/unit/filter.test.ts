import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts, passes, type Filterable } from '../../src/lib/filter';
import { emptyState, FACETS, type ViewState } from '../../src/lib/url-state';

const item = (
  slug: string,
  languages: string[],
  track: string,
  type: string,
  room: string,
  video = false,
): Filterable => ({
  slug,
  code: `${slug}1`,
  languages,
  track,
  type,
  room,
  video,
});
const items = [
  item('a', ['en'], 'keynote', 'presentation', 'hall', true),
  item('b', ['zh'], 'use-case', 'panel', 'hall'),
  item('c', ['en'], 'none', 'presentation', 'stream'),
  item('d', ['en'], 'use-case', 'workshop', 'stream', true),
  item('e', ['de', 'en'], 'none', 'none', 'hall'), // a two-language session without track or type
];
const st = (over: Partial<ViewState>): ViewState => ({ ...emptyState(), ...over });
const slugs = (xs: readonly { slug: string }[]) => xs.map((x) => x.slug);

describe('filters', () => {
  it('shows everything with no constraint', () => {
    expect(slugs(applyFilters(items, emptyState()))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('ORs within a facet and ANDs across facets', () => {
    expect(slugs(applyFilters(items, st({ track: ['keynote', 'use-case'] })))).toEqual(['a', 'b', 'd']);
    expect(slugs(applyFilters(items, st({ track: ['keynote', 'use-case'], language: ['en'] })))).toEqual(['a', 'd']);
    expect(slugs(applyFilters(items, st({ track: ['none'] })))).toEqual(['c', 'e']);
    expect(slugs(applyFilters(items, st({ type: ['none'] })))).toEqual(['e']);
  });
  it('matches a session in two languages by either', () => {
    expect(slugs(applyFilters(items, st({ language: ['de'] })))).toEqual(['e']);
    expect(slugs(applyFilters(items, st({ language: ['en'] })))).toEqual(['a', 'c', 'd', 'e']);
    expect(slugs(applyFilters(items, st({ language: ['zh', 'de'] })))).toEqual(['b', 'e']);
  });
  it('filters by room', () => {
    expect(slugs(applyFilters(items, st({ room: ['stream'] })))).toEqual(['c', 'd']);
    expect(slugs(applyFilters(items, st({ room: ['hall'], type: ['presentation'] })))).toEqual(['a']);
    expect(slugs(applyFilters(items, st({ room: ['nowhere'] })))).toEqual([]);
  });
  it('keeps only sessions with a recording when asked', () => {
    expect(slugs(applyFilters(items, st({ recording: true })))).toEqual(['a', 'd']);
    expect(slugs(applyFilters(items, st({ recording: true, room: ['hall'] })))).toEqual(['a']);
  });
  it('applies search matches, starred and shared picks', () => {
    expect(slugs(applyFilters(items, emptyState(), { matches: new Set(['d', 'b']) }))).toEqual(['b', 'd']);
    expect(slugs(applyFilters(items, st({ starred: true }), { starred: new Set(['c']) }))).toEqual(['c']);
    expect(slugs(applyFilters(items, st({ starred: true })))).toEqual([]);
    expect(slugs(applyFilters(items, st({ picks: ['b1', 'd1'] })))).toEqual(['b', 'd']);
    expect(slugs(applyFilters([{ ...items[0], code: undefined }], st({ picks: ['a1'] })))).toEqual([]);
  });
  it('can skip one facet, or the recording filter (for counts)', () => {
    expect(passes(items[1], st({ language: ['en'] }))).toBe(false);
    expect(passes(items[1], st({ language: ['en'] }), {}, 'language')).toBe(true);
    expect(passes(items[1], st({ language: ['en'] }), {}, 'track')).toBe(false);
    expect(passes(items[1], st({ recording: true }))).toBe(false);
    expect(passes(items[1], st({ recording: true }), {}, 'recording')).toBe(true);
  });
});

describe('facetCounts', () => {
  it('counts each option under the other facets, and the recordings', () => {
    const counts = facetCounts(items, st({ language: ['en'], type: ['presentation'] }));
    expect(counts.language).toEqual({ en: 2, zh: 0, de: 0 });
    expect(counts.type).toEqual({ presentation: 2, panel: 0, workshop: 1, none: 1 });
    expect(counts.track).toEqual({ keynote: 1, 'use-case': 0, none: 1 });
    expect(counts.room).toEqual({ hall: 1, stream: 1 });
    expect(counts.recording).toBe(1); // a; d is a workshop
  });
  it('counts a session in two languages for both', () => {
    expect(facetCounts(items, emptyState()).language).toEqual({ en: 4, zh: 1, de: 1 });
  });
  it('counts recordings whether or not the recording filter is on, and applies it to the facets', () => {
    const on = facetCounts(items, st({ recording: true }));
    expect(on.recording).toBe(2);
    expect(on.language).toEqual({ en: 2, zh: 0, de: 0 });
    expect(on.room).toEqual({ hall: 1, stream: 1 });
    expect(facetCounts(items, emptyState()).recording).toBe(2);
  });
  it('respects the search', () => {
    const counts = facetCounts(items, emptyState(), { matches: new Set(['b']) });
    expect(counts.language).toEqual({ en: 0, zh: 1, de: 0 });
    expect(counts.recording).toBe(0);
  });
  it('says how many sessions each option alone would show', () => {
    // For every state over a small vocabulary: choosing only that value of the facet shows `count` items.
    const states: ViewState[] = [
      emptyState(),
      st({ language: ['en'] }),
      st({ language: ['zh', 'de'], recording: true }),
      st({ track: ['none'], room: ['hall'] }),
      st({ type: ['presentation', 'workshop'], language: ['en'] }),
      st({ room: ['stream'], track: ['use-case', 'keynote'], recording: true }),
    ];
    for (const state of states) {
      const counts = facetCounts(items, state);
      for (const f of FACETS)
        for (const [value, n] of Object.entries(counts[f]))
          expect(n, `${f}=${value} in ${JSON.stringify(state)}`).toBe(
            applyFilters(items, { ...state, [f]: [value] }).length,
          );
      expect(counts.recording).toBe(applyFilters(items, { ...state, recording: true }).length);
    }
  });
  it('is empty for no sessions', () => {
    expect(facetCounts([], emptyState())).toEqual({ language: {}, track: {}, type: {}, room: {}, recording: 0 });
  });
});
