import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { extractEvents, mergeCalendars } from '../../src/lib/my-schedule-calendar';
import { conflicts } from '../../src/lib/schedule';
import { sessionCalendar } from '../../src/lib/calendar-feeds';
import { loadProgram } from '../helpers/content';

const s = (slug: string, start: string, end: string) => ({ slug, start, end });

describe('conflicts', () => {
  it('flags every session that overlaps another, and only those', () => {
    const list = [
      s('talk', '2022-04-25T18:30:00Z', '2022-04-25T19:05:00Z'),
      s('workshop', '2022-04-25T18:00:00Z', '2022-04-25T20:30:00Z'),
      s('keynote', '2022-04-25T15:00:00Z', '2022-04-25T15:25:00Z'),
      s('touching', '2022-04-25T15:25:00Z', '2022-04-25T15:55:00Z'),
    ];
    expect([...conflicts(list).keys()].sort()).toEqual(['talk', 'workshop']);
    expect(conflicts([]).size).toBe(0);
  });
  it('finds a conflict with a long session that started much earlier', () => {
    const list = [
      s('long', '2022-04-25T10:00:00Z', '2022-04-25T20:00:00Z'),
      s('a', '2022-04-25T11:00:00Z', '2022-04-25T11:30:00Z'),
      s('b', '2022-04-25T19:00:00Z', '2022-04-25T19:30:00Z'),
    ];
    expect([...conflicts(list).keys()].sort()).toEqual(['a', 'b', 'long']);
  });
});

describe('a calendar of starred sessions', () => {
  const program = loadProgram();
  const base = 'https://example.org/';
  const picked = program.sessions.filter((x) => ['proxyless-grpc', 'istio推送的性能优化经验'].includes(x.slug));
  const files = picked.map((x) => sessionCalendar(program, x, base));

  it('takes the events out of per-session files', () => {
    for (const f of files) expect(extractEvents(f)).toHaveLength(1);
    expect(extractEvents('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toEqual([]);
  });
  it('merges them into one valid calendar, once each, that an independent parser reads back', () => {
    const merged = mergeCalendars([...files, files[0]], 'My IstioCon, 2022');
    const cal = new ICAL.Component(ICAL.parse(merged));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary).sort()).toEqual(picked.map((x) => x.title).sort());
    for (const e of events) {
      const src = picked.find((x) => x.title === e.summary)!;
      expect(e.startDate.toJSDate().toISOString()).toBe(new Date(src.start).toISOString());
    }
    expect(merged).toContain('X-WR-CALNAME:My IstioCon\\, 2022\r\n'); // comma escaped as TEXT
    expect(merged.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(merged.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(merged).toContain('\r\nPRODID:-//conference-schedule//My schedule//EN\r\n');
  });
});
