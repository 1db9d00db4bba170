import { describe, expect, it } from 'vitest';
import { dayPageOf, dayPagePath, dayPageRoutes, dayPages, onDay, type DayRule } from '../../src/lib/paging';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const at = (start: string) => ({ start });
const sessions = [
  at('2022-04-25T15:00:00Z'),
  at('2022-04-26T01:15:00Z'),
  at('2022-04-25T23:59:00Z'),
  at('2022-04-26T09:00:00+08:00'), // 01:00 UTC on the 26th
];
const UTC_DAYS: DayRule = { zone: 'UTC', dayChange: 0 };
const BERLIN: DayRule = { zone: 'Europe/Berlin', dayChange: 240 };
/** 01:30 CET on Sunday 26 March 2023: before Berlin's 04:00 day change, so Saturday's. */
const NIGHT = at('2023-03-26T01:30:00+01:00');

describe('dayPages', () => {
  it('keeps a program within the limit on one page', () => {
    expect(dayPages(sessions, 4, UTC_DAYS)).toBeNull();
    expect(dayPages([], 0, UTC_DAYS)).toBeNull();
  });
  it('splits a larger one into the event’s days with counts, whatever the offsets the instants carry', () => {
    expect(dayPages(sessions, 3, UTC_DAYS)).toEqual([
      { date: '2022-04-25', count: 2 },
      { date: '2022-04-26', count: 2 },
    ]);
  });
  it('counts days in the event’s zone', () => {
    // 23:00 on the 25th, then 07:59, 09:00 and 09:15 on the 26th in Shanghai.
    expect(dayPages(sessions, 1, { zone: 'Asia/Shanghai', dayChange: 0 })).toEqual([
      { date: '2022-04-25', count: 1 },
      { date: '2022-04-26', count: 3 },
    ]);
  });
  it('counts the hours before the day change as the day before', () => {
    expect(dayPages(sessions, 1, { zone: 'UTC', dayChange: 120 })).toEqual([{ date: '2022-04-25', count: 4 }]);
    const neutral = loadProgram(NEUTRAL_CONTENT).sessions;
    expect(dayPages([...neutral, NIGHT], 5, BERLIN)).toEqual([
      { date: '2023-03-25', count: 9 },
      { date: '2023-03-26', count: 2 },
    ]);
    expect(dayPages([...neutral, NIGHT], 5, { zone: 'Europe/Berlin', dayChange: 0 })).toEqual([
      { date: '2023-03-25', count: 8 },
      { date: '2023-03-26', count: 3 },
    ]);
  });
});

describe('onDay', () => {
  it('selects a conference day’s sessions', () => {
    expect(onDay(sessions, '2022-04-26', UTC_DAYS)).toHaveLength(2);
    expect(onDay(sessions, '2022-04-27', UTC_DAYS)).toEqual([]);
    expect(onDay([NIGHT], '2023-03-25', BERLIN)).toEqual([NIGHT]);
    expect(onDay([NIGHT], '2023-03-26', BERLIN)).toEqual([]);
    expect(onDay([], '2023-03-26', BERLIN)).toEqual([]);
  });
});

describe('day page paths', () => {
  const pages = dayPages(sessions, 1, UTC_DAYS)!;
  it('names the first day’s page after the view’s root and the others by date', () => {
    expect(dayPagePath('/', pages, '2022-04-25')).toBe('/');
    expect(dayPagePath('/', pages, '2022-04-26')).toBe('/days/2022-04-26/');
    expect(dayPagePath('/grid/', pages, '2022-04-25')).toBe('/grid/');
    expect(dayPagePath('/grid/', pages, '2022-04-26')).toBe('/grid/2022-04-26/');
    expect(dayPagePath('/', [], '2022-04-26')).toBe('/days/2022-04-26/');
  });
  it('finds the page of a session’s conference day, or "/" for a small program', () => {
    expect(dayPageOf('2022-04-26T01:15:00Z', pages, UTC_DAYS)).toBe('/days/2022-04-26/');
    expect(dayPageOf('2022-04-25T15:00:00Z', pages, UTC_DAYS)).toBe('/');
    expect(dayPageOf('2022-04-26T01:15:00Z', null, UTC_DAYS)).toBe('/');
    const berlin = dayPages([at('2023-03-25T10:00:00+01:00'), at('2023-03-26T10:00:00+02:00')], 1, BERLIN)!;
    expect(dayPageOf(NIGHT.start, berlin, BERLIN)).toBe('/');
    expect(dayPageOf(NIGHT.start, berlin, { zone: 'Europe/Berlin', dayChange: 0 })).toBe('/days/2023-03-26/');
  });
});

describe('day page routes', () => {
  it('route every day but the first, or none for a small program', () => {
    expect(dayPageRoutes(sessions, 4, UTC_DAYS)).toEqual([]);
    expect(dayPageRoutes([], 0, UTC_DAYS)).toEqual([]);
    const routes = dayPageRoutes(sessions, 1, UTC_DAYS);
    expect(routes.map((r) => r.params.date)).toEqual(['2022-04-26']);
    expect(routes[0].props.pages).toEqual(dayPages(sessions, 1, UTC_DAYS));
  });
});
