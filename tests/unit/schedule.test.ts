import { describe, expect, it } from 'vitest';
import {
  compareSessions,
  groupByDay,
  isRunning,
  liveState,
  neighbours,
  overlaps,
  sortSessions,
} from '../../src/lib/schedule';

const s = (slug: string, start: string, end: string, order = 0) => ({ slug, start, end, order });
const a = s('a', '2022-04-25T15:00:00Z', '2022-04-25T15:25:00Z', 1);
const b = s('b', '2022-04-25T15:30:00Z', '2022-04-25T15:55:00Z', 2);
const w = s('w', '2022-04-25T15:00:00Z', '2022-04-25T17:30:00Z', 9); // a workshop alongside
const late = s('late', '2022-04-26T01:15:00Z', '2022-04-26T01:55:00Z', 3);
const kiri = s('kiri', '2022-04-25T20:00:00Z', '2022-04-25T20:30:00Z', 4);

describe('ordering', () => {
  it('sorts by start, then end, then order, then slug', () => {
    expect(sortSessions([late, w, b, a]).map((x) => x.slug)).toEqual(['a', 'w', 'b', 'late']);
    expect(compareSessions(s('x', a.start, a.end, 1), s('y', a.start, a.end, 1))).toBeLessThan(0);
  });
  it('compares instants, not strings, so offsets sort correctly', () => {
    const offset = s('off', '2022-04-25T23:00:00+08:00', '2022-04-25T23:30:00+08:00'); // 15:00Z
    expect(sortSessions([b, offset]).map((x) => x.slug)).toEqual(['off', 'b']);
  });
});

describe('groupByDay', () => {
  const all = [late, b, a, w, kiri];
  it.each([
    ['UTC', { '2022-04-25': ['a', 'w', 'b', 'kiri'], '2022-04-26': ['late'] }],
    ['America/Los_Angeles', { '2022-04-25': ['a', 'w', 'b', 'kiri', 'late'] }],
    ['Asia/Shanghai', { '2022-04-25': ['a', 'w', 'b'], '2022-04-26': ['kiri', 'late'] }],
    ['Asia/Kathmandu', { '2022-04-25': ['a', 'w', 'b'], '2022-04-26': ['kiri', 'late'] }],
    ['Pacific/Chatham', { '2022-04-26': ['a', 'w', 'b', 'kiri', 'late'] }],
    ['Pacific/Kiritimati', { '2022-04-26': ['a', 'w', 'b', 'kiri', 'late'] }],
    ['Pacific/Pago_Pago', { '2022-04-25': ['a', 'w', 'b', 'kiri', 'late'] }],
  ])('in %s', (zone, expected) => {
    const groups = groupByDay(all, zone);
    expect(Object.fromEntries(groups.map((g) => [g.date, g.sessions.map((x) => x.slug)]))).toEqual(expected);
    expect(groups.map((g) => g.date)).toEqual([...groups.map((g) => g.date)].sort());
  });
  it('follows a DST change: the same UTC hour lands on different local days', () => {
    const before = s('before', '2022-03-13T07:30:00Z', '2022-03-13T08:00:00Z'); // 23:30 PST on the 12th
    const after = s('after', '2022-03-14T06:30:00Z', '2022-03-14T07:00:00Z'); // 23:30 PDT on the 13th
    const groups = groupByDay([before, after], 'America/Los_Angeles');
    expect(groups.map((g) => g.date)).toEqual(['2022-03-12', '2022-03-13']);
  });
  it('returns no days for no sessions', () => {
    expect(groupByDay([], 'UTC')).toEqual([]);
  });
});

describe('neighbours and overlaps', () => {
  it('touching sessions do not overlap', () => {
    expect(overlaps(a, s('t', a.end, '2022-04-25T16:00:00Z'))).toBe(false);
    expect(overlaps(a, w)).toBe(true);
  });
  it('finds before, after and parallel sessions', () => {
    const n = neighbours(b, [a, b, w, late]);
    expect(n.before?.slug).toBe('a');
    expect(n.after?.slug).toBe('late');
    expect(n.parallel.map((x) => x.slug)).toEqual(['w']);
    expect(neighbours(a, [a, b]).before).toBeUndefined();
    expect(neighbours(late, [a, late]).after).toBeUndefined();
  });
});

describe('liveState', () => {
  const all = [a, b, w, late];
  it('before the conference, the first sessions are next', () => {
    expect(liveState(all, Date.parse('2022-04-01T00:00:00Z'))).toEqual({ live: [], next: ['a', 'w'] });
  });
  it('during a talk, it and the workshop are live', () => {
    expect(liveState(all, Date.parse('2022-04-25T15:10:00Z'))).toEqual({ live: ['a', 'w'], next: ['b'] });
  });
  it('an end instant is no longer live', () => {
    expect(liveState(all, Date.parse(a.end)).live).toEqual(['w']);
  });
  it('after the end, nothing is live or next', () => {
    expect(liveState(all, Date.parse('2022-05-01T00:00:00Z'))).toEqual({ live: [], next: [] });
  });
});

describe('liveState on a very large program', () => {
  it('does not overflow the stack', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({
      slug: `s${i}`,
      start: new Date(Date.UTC(2030, 0, 1) + i * 60_000).toISOString(),
      end: new Date(Date.UTC(2030, 0, 1) + i * 60_000 + 30 * 60_000).toISOString(),
    }));
    expect(liveState(many, Date.UTC(2029, 0, 1)).next).toEqual(['s0']);
  });
});

describe('isRunning', () => {
  const all = [
    s('a', '2022-04-25T15:00:00Z', '2022-04-25T15:25:00Z'),
    s('b', '2022-04-29T17:00:00Z', '2022-04-29T17:55:00Z'),
  ];
  it('is true from a day before the first session until the last one ends', () => {
    expect(isRunning(all, Date.parse('2022-04-24T14:59:00Z'))).toBe(false);
    expect(isRunning(all, Date.parse('2022-04-24T15:00:00Z'))).toBe(true);
    expect(isRunning(all, Date.parse('2022-04-27T00:00:00Z'))).toBe(true);
    expect(isRunning(all, Date.parse('2022-04-29T17:55:00Z'))).toBe(false);
    expect(isRunning(all, Date.parse('2022-04-25T14:00:00Z'), 0)).toBe(false);
    expect(isRunning([], Date.now())).toBe(false);
  });
});
