import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  cleanQuery,
  clearedState,
  emptyState,
  isNarrowed,
  MAX_QUERY,
  parseState,
  serializeState,
  type ViewState,
} from '../../src/lib/url-state';

const vocab = {
  language: ['en', 'zh'],
  track: ['keynote', 'use-case', 'none'],
  type: ['presentation', 'lightning-talk', 'panel', 'workshop'],
  codes: ['a1a', 'b2'],
};

describe('parseState', () => {
  it('reads the documented example', () => {
    const s = parseState('?language=zh&track=keynote,use-case&type=workshop', vocab);
    expect(s).toMatchObject({ language: ['zh'], track: ['keynote', 'use-case'], type: ['workshop'], q: '' });
  });
  it('ignores unknown values and parameters, dedupes and keeps vocabulary order', () => {
    const s = parseState('?track=use-case,bogus,KEYNOTE,use-case&language=fr&foo=bar&type=', vocab);
    expect(s.track).toEqual(['keynote', 'use-case']);
    expect(s.language).toEqual([]);
    expect(s.type).toEqual([]);
  });
  it('accepts a known zone and drops an unknown one', () => {
    expect(parseState('?tz=Asia/Shanghai', vocab).tz).toBe('Asia/Shanghai');
    expect(parseState('?tz=asia/kathmandu', vocab).tz).toBe('Asia/Kathmandu');
    expect(parseState('?tz=Mars/Olympus', vocab).tz).toBeUndefined();
    expect(parseState('?tz=%3Cscript%3E', vocab).tz).toBeUndefined();
  });
  it('bounds and cleans the query, keeping HTML as inert text', () => {
    const long = 'a'.repeat(5000);
    expect(parseState(`?q=${long}`, vocab).q).toHaveLength(MAX_QUERY);
    expect(parseState('?q=%3Cimg%20src%3Dx%3E%0A%0Dhi', vocab).q).toBe('<img src=x> hi');
    expect(cleanQuery('  two   words ')).toBe('two words');
    expect(cleanQuery(null)).toBe('');
  });
  it('validates day, now, starred and picks', () => {
    const s = parseState('?day=2022-04-26&now=2022-04-26T02:00:00Z&starred=1&picks=b2,zz,a1a', vocab);
    expect(s).toMatchObject({ day: '2022-04-26', now: '2022-04-26T02:00:00Z', starred: true, picks: ['a1a', 'b2'] });
    const bad = parseState('?day=26/04/2022&now=yesterday&starred=yes', vocab);
    expect(bad.day).toBeUndefined();
    expect(bad.now).toBeUndefined();
    expect(bad.starred).toBe(false);
    expect(parseState('?now=2022-04-26T02:00:00', vocab).now).toBeUndefined(); // floating time refused
  });
  it('never throws on garbage', () => {
    for (const junk of ['?%', '?q=%E0%A4%A', '?&&&==', '?language', '?track=,,,']) {
      expect(() => parseState(junk, vocab)).not.toThrow();
    }
  });
});

describe('serializeState', () => {
  it('round-trips every field', () => {
    const state: ViewState = {
      ...emptyState(),
      q: 'multi cluster & 性能',
      language: ['zh'],
      track: ['keynote', 'use-case'],
      type: ['workshop'],
      tz: 'America/Los_Angeles',
      starred: true,
      picks: ['a1a'],
      day: '2022-04-25',
      now: '2022-04-25T16:00:00Z',
    };
    const query = serializeState(state);
    expect(query).toContain('track=keynote,use-case');
    expect(query).toContain('tz=America/Los_Angeles');
    expect(parseState(query, vocab)).toEqual(state);
  });
  it('is empty for the default state', () => {
    expect(serializeState(emptyState())).toBe('');
  });
  it('counts and clears filters, keeping the zone', () => {
    const s = { ...emptyState(), language: ['en'], track: ['keynote', 'none'], tz: 'UTC', q: 'x' };
    expect(activeFilterCount(s)).toBe(3);
    expect(isNarrowed(s)).toBe(true);
    const cleared = clearedState(s);
    expect(isNarrowed(cleared)).toBe(false);
    expect(cleared.tz).toBe('UTC');
  });
});

describe('dayFromHash', () => {
  it('reads a no-JavaScript grid link and nothing else', async () => {
    const { dayFromHash } = await import('../../src/lib/url-state');
    expect(dayFromHash('#day-2022-04-26')).toBe('2022-04-26');
    for (const other of ['', '#', '#day-', '#day-2022-13-45', '#s-state-istio', '#day-2022-04-26x']) {
      expect(dayFromHash(other)).toBeUndefined();
    }
  });
});
