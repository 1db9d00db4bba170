import { describe, expect, it } from 'vitest';
import {
  compareSessions,
  conflicts,
  groupByDay,
  isRunning,
  liveState,
  neighbourFinder,
  overlaps,
  sortSessions,
  type Timed,
} from '../../src/lib/schedule';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const s = (slug: string, start: string, end: string, order = 0, room = 'hall'): Timed => ({
  slug,
  start,
  end,
  order,
  room,
});
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
    expect(groupByDay([], 'Europe/Berlin', 240)).toEqual([]);
  });
  it('files sessions before the day change under the day before', () => {
    // 01:30 CET on Sunday 26 March 2023 (00:30 UTC), before Berlin's 04:00 day change.
    const evening = s('evening', '2023-03-25T21:00:00+01:00', '2023-03-25T22:00:00+01:00');
    const night = s('night', '2023-03-26T01:30:00+01:00', '2023-03-26T03:30:00+02:00');
    const morning = s('morning', '2023-03-26T04:00:00+02:00', '2023-03-26T05:00:00+02:00');
    const dates = (zone: string, dayChange?: number) =>
      Object.fromEntries(
        groupByDay([morning, night, evening], zone, dayChange).map((g) => [g.date, g.sessions.map((x) => x.slug)]),
      );
    expect(dates('Europe/Berlin', 240)).toEqual({ '2023-03-25': ['evening', 'night'], '2023-03-26': ['morning'] });
    expect(dates('Europe/Berlin')).toEqual({ '2023-03-25': ['evening'], '2023-03-26': ['night', 'morning'] });
    // The day change is wall-clock time in the zone given: in UTC, 00:30 and 02:00 are both before 04:00.
    expect(dates('UTC', 240)).toEqual({ '2023-03-25': ['evening', 'night', 'morning'] });
  });
  it('groups the neutral program into its two conference days', () => {
    const { sessions, event } = loadProgram(NEUTRAL_CONTENT);
    const groups = groupByDay(sessions, event.timeZone, event.dayChange);
    expect(groups.map((g) => [g.date, g.sessions.map((x) => x.slug)])).toEqual([
      [
        '2023-03-25',
        ['opening', 'schedulers', 'workshop', 'lightning', 'zweisprachig', 'overlap-a', 'overlap-b', 'late-night'],
      ],
      ['2023-03-26', ['服务网格', 'closing']],
    ]);
  });
});

describe('overlaps', () => {
  it('is true when two sessions share some time; touching ends do not overlap', () => {
    expect(overlaps(a, s('t', a.end, '2022-04-25T16:00:00Z'))).toBe(false);
    expect(overlaps(s('t', '2022-04-25T14:00:00Z', a.start), a)).toBe(false);
    expect(overlaps(a, w)).toBe(true);
    expect(overlaps(w, a)).toBe(true);
    expect(overlaps(w, s('inside', '2022-04-25T16:00:00Z', '2022-04-25T16:10:00Z'))).toBe(true);
    // Instants, not strings: 23:10+08:00 is 15:10 UTC, inside a.
    expect(overlaps(a, s('off', '2022-04-25T23:10:00+08:00', '2022-04-25T23:40:00+08:00'))).toBe(true);
  });
});

describe('neighbourFinder', () => {
  const c = s('c', '2022-04-25T17:00:00Z', '2022-04-25T17:25:00Z', 5);
  const x = s('x', '2022-04-25T18:00:00Z', '2022-04-25T18:30:00Z', 6, 'workshop');
  const room = (slug: string, r: string) => ({ ...[a, b, w, c, x, late].find((y) => y.slug === slug)!, room: r });
  const all = sortSessions([late, x, c, b, room('w', 'workshop'), a]);
  const find = neighbourFinder(all);
  const of = (slug: string) => {
    const n = find(all.find((y) => y.slug === slug)!);
    return { before: n.before?.slug, after: n.after?.slug, parallel: n.parallel.map((y) => y.slug) };
  };

  it('finds the sessions before and after in the same room, and what runs at the same time anywhere', () => {
    expect(of('b')).toEqual({ before: 'a', after: 'c', parallel: ['w'] });
    expect(of('a')).toEqual({ before: undefined, after: 'b', parallel: ['w'] });
    expect(of('late')).toEqual({ before: 'c', after: undefined, parallel: [] });
    expect(of('w')).toEqual({ before: undefined, after: 'x', parallel: ['a', 'b', 'c'] });
  });

  it('counts a long session that began earlier in the day as parallel', () => {
    // The workshop began at 15:00, two hours before c, and still runs at 17:00.
    expect(of('c')).toEqual({ before: 'b', after: 'late', parallel: ['w'] });
  });

  it('puts an overlapping session in the same room among the parallel ones, not before or after', () => {
    const neutral = loadProgram(NEUTRAL_CONTENT).sessions;
    const finder = neighbourFinder(neutral);
    const slugs = (slug: string) => {
      const n = finder(neutral.find((y) => y.slug === slug)!);
      return { before: n.before?.slug, after: n.after?.slug, parallel: n.parallel.map((y) => y.slug) };
    };
    expect(slugs('overlap-a')).toEqual({
      before: 'lightning',
      after: undefined,
      parallel: ['workshop', 'zweisprachig', 'overlap-b'],
    });
    expect(slugs('overlap-b')).toEqual({ before: 'lightning', after: undefined, parallel: ['workshop', 'overlap-a'] });
  });

  it('agrees with a brute-force search on a random program', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const base = Date.parse('2022-04-25T08:00:00Z');
    const program = sortSessions(
      Array.from({ length: 300 }, (_, i) => {
        const start = base + Math.floor(random() * 600) * 60_000;
        const minutes = [10, 25, 45, 150, 400][Math.floor(random() * 5)];
        return s(
          `s${i}`,
          new Date(start).toISOString(),
          new Date(start + minutes * 60_000).toISOString(),
          i,
          `r${i % 4}`,
        );
      }),
    );
    const finder = neighbourFinder(program);
    program.forEach((session, i) => {
      const n = finder(session);
      expect(n.parallel).toEqual(program.filter((o) => o !== session && overlaps(o, session)));
      const sameRoom = (o: Timed) => o.room === session.room;
      const before = program
        .slice(0, i)
        .reverse()
        .find((o) => sameRoom(o) && Date.parse(o.end) <= Date.parse(session.start));
      const after = program.slice(i + 1).find((o) => sameRoom(o) && Date.parse(o.start) >= Date.parse(session.end));
      expect(n.before).toBe(before);
      expect(n.after).toBe(after);
    });
  });

  it('answers for a program without sessions', () => {
    expect(neighbourFinder<Timed>([])(a)).toEqual({ before: undefined, after: undefined, parallel: [] });
  });
});

describe('conflicts', () => {
  it('maps each session that overlaps another to the first one it overlaps', () => {
    const found = conflicts([b, w, a]);
    expect([...found.keys()].sort()).toEqual(['a', 'b', 'w']);
    expect(found.get('a')).toBe(w);
    expect(found.get('w')).toBe(a);
    expect(found.get('b')).toBe(w);
  });
  it('leaves out sessions that only touch or stand alone', () => {
    const touching = s('t', a.end, '2022-04-25T15:30:00Z');
    expect(conflicts([a, touching, b]).size).toBe(0);
    expect(conflicts([late, a]).size).toBe(0);
    expect(conflicts([]).size).toBe(0);
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
  it('a start instant is live, and without sessions nothing is', () => {
    expect(liveState(all, Date.parse(b.start))).toEqual({ live: ['b', 'w'], next: ['late'] });
    expect(liveState([], Date.parse(b.start))).toEqual({ live: [], next: [] });
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
