import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  dayFromHash,
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
  room: ['hall-a', 'room-b'],
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
  it('reads rooms and the recording filter', () => {
    expect(parseState('?room=room-b,hall-a,attic', vocab)).toMatchObject({
      room: ['hall-a', 'room-b'],
      recording: false,
    });
    expect(parseState('?recording=1', vocab).recording).toBe(true);
    expect(parseState('?recording=true', vocab).recording).toBe(true);
    for (const off of ['?recording=0', '?recording=yes', '?recording=', '?'])
      expect(parseState(off, vocab).recording).toBe(false);
  });
  it('accepts a URLSearchParams as well as a string', () => {
    expect(parseState(new URLSearchParams('room=hall-a&q=x'), vocab)).toMatchObject({ room: ['hall-a'], q: 'x' });
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
    expect(parseState('?now=2022-04-26T02:00:00%2B08:00', vocab).now).toBe('2022-04-26T02:00:00+08:00');
  });
  it('drops a day or a now that is not a real date', () => {
    for (const day of ['2022-02-31', '2023-02-29', '2022-13-01', '2022-04-00'])
      expect(parseState(`?day=${day}`, vocab).day, day).toBeUndefined();
    expect(parseState('?day=2024-02-29', vocab).day).toBe('2024-02-29');
    for (const now of ['2022-02-31T10:00:00Z', '2022-04-26T24:00:00Z', '2022-04-26T10:60:00Z', '2023-02-29T00:00:00Z'])
      expect(parseState(`?now=${now}`, vocab).now, now).toBeUndefined();
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
      room: ['hall-a', 'room-b'],
      recording: true,
      tz: 'America/Los_Angeles',
      starred: true,
      picks: ['a1a'],
      day: '2022-04-25',
      now: '2022-04-25T16:00:00Z',
    };
    const query = serializeState(state);
    expect(query).toContain('track=keynote,use-case');
    expect(query).toContain('tz=America/Los_Angeles');
    expect(query).toContain('room=hall-a,room-b');
    expect(query).toContain('recording=1');
    expect(parseState(query, vocab)).toEqual(state);
  });
  it('is empty for the default state', () => {
    expect(serializeState(emptyState())).toBe('');
  });
  it('writes parameters in a stable order', () => {
    const state: ViewState = {
      ...emptyState(),
      now: '2022-04-25T16:00:00Z',
      day: '2022-04-25',
      picks: ['b2'],
      starred: true,
      tz: 'UTC',
      recording: true,
      room: ['hall-a'],
      type: ['panel'],
      track: ['keynote'],
      language: ['en'],
      q: 'x',
    };
    expect(serializeState(state)).toBe(
      'q=x&language=en&track=keynote&type=panel&room=hall-a&recording=1&tz=UTC&starred=1&picks=b2&day=2022-04-25&now=2022-04-25T16%3A00%3A00Z',
    );
  });
  it('counts and clears filters, keeping the zone, the day and now', () => {
    const s = {
      ...emptyState(),
      language: ['en'],
      track: ['keynote', 'none'],
      room: ['hall-a'],
      recording: true,
      tz: 'UTC',
      day: '2022-04-26',
      now: '2022-04-26T02:00:00Z',
      q: 'x',
    };
    expect(activeFilterCount(s)).toBe(5);
    expect(isNarrowed(s)).toBe(true);
    const cleared = clearedState(s);
    expect(isNarrowed(cleared)).toBe(false);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared).toEqual({ ...emptyState(), tz: 'UTC', day: '2022-04-26', now: '2022-04-26T02:00:00Z' });
  });
  it('counts a query, starred or shared picks as narrowing, but not as filters', () => {
    for (const over of [{ q: 'x' }, { starred: true }, { picks: ['a1a'] }]) {
      expect(isNarrowed({ ...emptyState(), ...over })).toBe(true);
      expect(activeFilterCount({ ...emptyState(), ...over })).toBe(0);
    }
    expect(isNarrowed({ ...emptyState(), tz: 'UTC', day: '2022-04-26' })).toBe(false);
  });
});

describe('dayFromHash', () => {
  it('reads a no-JavaScript day link, #day- or #d-', () => {
    expect(dayFromHash('#day-2022-04-26')).toBe('2022-04-26');
    expect(dayFromHash('#d-2022-04-26')).toBe('2022-04-26');
    expect(dayFromHash('#d-2024-02-29')).toBe('2024-02-29');
  });
  it('ignores any other hash and dates that do not exist', () => {
    for (const other of [
      '',
      '#',
      '#day-',
      '#d-',
      '#day-2022-13-45',
      '#d-2022-02-31',
      '#day-2023-02-29',
      '#s-state-istio',
      '#day-2022-04-26x',
      '#dy-2022-04-26',
      'day-2022-04-26',
    ]) {
      expect(dayFromHash(other), other).toBeUndefined();
    }
  });
});
