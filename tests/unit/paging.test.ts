import { describe, expect, it } from 'vitest';
import { dayPagePath, dayPages, onDay } from '../../src/lib/paging';

const at = (start: string) => ({ start });
const sessions = [
  at('2022-04-25T15:00:00Z'),
  at('2022-04-26T01:15:00Z'),
  at('2022-04-25T23:59:00Z'),
  at('2022-04-26T09:00:00+08:00'),
];

describe('paging a large program by UTC day', () => {
  it('keeps a program within the limit on one page', () => {
    expect(dayPages(sessions, 4)).toBeNull();
  });
  it('splits a larger one into UTC days with counts, whatever the offsets the instants carry', () => {
    expect(dayPages(sessions, 3)).toEqual([
      { date: '2022-04-25', count: 2 },
      { date: '2022-04-26', count: 2 },
    ]);
  });
  it('selects a day and names its page', () => {
    expect(onDay(sessions, '2022-04-26')).toHaveLength(2);
    expect(onDay(sessions, '2022-04-27')).toEqual([]);
    const pages = dayPages(sessions, 1)!;
    expect(dayPagePath('/', pages, '2022-04-25')).toBe('/');
    expect(dayPagePath('/', pages, '2022-04-26')).toBe('/days/2022-04-26/');
    expect(dayPagePath('/grid/', pages, '2022-04-25')).toBe('/grid/');
    expect(dayPagePath('/grid/', pages, '2022-04-26')).toBe('/grid/2022-04-26/');
  });
});

describe('day page routes', () => {
  it('route every day but the first, or none for a small program', async () => {
    const { dayPageRoutes } = await import('../../src/lib/paging');
    expect(dayPageRoutes(sessions, 4)).toEqual([]);
    const routes = dayPageRoutes(sessions, 1);
    expect(routes.map((r) => r.params.date)).toEqual(['2022-04-26']);
    expect(routes[0].props.pages).toHaveLength(2);
  });
});
