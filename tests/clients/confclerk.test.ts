/**
 * ConfClerk (Debian's confclerk 0.7.1) imports /schedule.xml, and shows what the program says.
 *
 * tests/clients/confclerk-import.py drives the real app under Xvfb (a private HOME, an active
 * conference whose URL is the file, Ctrl+R "Reload Conference"); this file then reads ConfClerk's
 * SQLite database (~/.local/share/Toastfreeware/ConfClerk/ConfClerk.sqlite). ConfClerk stores
 * each start as the conference's wall-clock time written as if it were UTC ("timezone-less"), and
 * its day view lists under a date the events starting from that date's day change to the next
 * day's: the conference day below is computed that way. (Checked by eye once, with screenshots of
 * the day view: with `<day_change>` IstioCon's 01:15 UTC sessions are under Tuesday 26 April;
 * without it, under Monday 25 April.)
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frabXml } from '../../src/lib/frab';
import { eventIds, personIds } from '../../src/lib/guid';
import { createLookup } from '../../src/lib/lookup';
import { zonedIso } from '../../src/lib/schedule-export';
import { conferenceDate, minutesBetween } from '../../src/lib/time';
import type { Program } from '../../src/lib/types';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';
import { afterMidnight } from '../unit/fixtures/sample-program';
import { withoutDayChange } from '../unit/fixtures/validators';
import { requireCommands, run, SYSTEM_PYTHON, tempDir } from './tools';

const DRIVER = 'tests/clients/confclerk-import.py';
const BASE = 'https://schedule.example.org/';

/** One event as ConfClerk keeps it, with the day its day view files it under. */
interface Stored {
  id: number;
  title: string;
  start: number;
  duration: number;
  dayChange: number;
  room: string;
  persons: string[];
  language: string;
  day: string;
}

/** The same facts, as the program says ConfClerk should show them. */
function expected(program: Program): Stored[] {
  const { timeZone, dayChange } = program.event;
  const lookup = createLookup(program);
  const ids = eventIds(program.sessions);
  return program.sessions.map((s, i) => ({
    id: ids[i],
    title: s.title,
    // The event zone's wall clock, read as if it were UTC: what ConfClerk stores.
    start: Date.parse(`${zonedIso(s.start, timeZone).slice(0, 19)}Z`) / 1000,
    duration: minutesBetween(s.start, s.end) * 60,
    dayChange: dayChange * 60,
    room: lookup.room(s.room)!.name,
    persons: s.speakers.map((slug) => lookup.speaker(slug)!.name).sort(),
    language: s.languages[0],
    day: conferenceDate(s.start, timeZone, dayChange),
  }));
}

const tmp = tempDir('confclerk');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Import the XML into a fresh ConfClerk and read back its database. */
function confClerkImport(name: string, xml: string) {
  const file = join(tmp, `${name}.xml`);
  writeFileSync(file, xml);
  const db = run('xvfb-run', ['-a', SYSTEM_PYTHON, DRIVER, file, join(tmp, name)]).trim();
  const query = <T>(sql: string): T[] => JSON.parse(run('sqlite3', ['-json', db, sql]) || '[]') as T[];
  const events = query<Omit<Stored, 'persons' | 'day'> & { persons: string }>(`
    SELECT e.id, e.title, e.start, e.duration, c.day_change AS dayChange, e.language,
      (SELECT r.name FROM event_room er JOIN room r ON r.id = er.xid_room AND r.xid_conference = er.xid_conference
        WHERE er.xid_event = e.id AND er.xid_conference = e.xid_conference) AS room,
      (SELECT json_group_array(p.name) FROM event_person ep
        JOIN person p ON p.id = ep.xid_person AND p.xid_conference = ep.xid_conference
        WHERE ep.xid_event = e.id AND ep.xid_conference = e.xid_conference) AS persons
    FROM event e JOIN conference c ON c.id = e.xid_conference ORDER BY e.start, e.id`).map((e): Stored => ({
    ...e,
    persons: (JSON.parse(e.persons) as string[]).sort(),
    day: new Date((e.start - e.dayChange) * 1000).toISOString().slice(0, 10),
  }));
  const persons = query<{ id: number; name: string }>('SELECT id, name FROM person ORDER BY id');
  const conference = query<{ title: string; day_change: number; utc_offset: number | null }>(
    'SELECT title, day_change, utc_offset FROM conference',
  );
  return { events, persons, conference };
}

type Imported = ReturnType<typeof confClerkImport>;

const byId = <T extends { id: number }>(list: T[]) => [...list].sort((a, b) => a.id - b.id);

describe('ConfClerk 0.7.1 importing schedule.xml', () => {
  beforeAll(() => requireCommands('confclerk', 'xvfb-run', 'xwininfo', 'sqlite3', SYSTEM_PYTHON));
  describe('IstioCon (UTC, day change at midnight)', () => {
    const program = loadProgram();
    const xml = frabXml(program, { baseUrl: BASE });
    let clerk: Imported;
    beforeAll(() => {
      clerk = confClerkImport('istiocon', xml);
    });

    it('has every session with its title, start, duration, room and language', () => {
      expect(clerk.conference.map((c) => [c.title, c.day_change])).toEqual([['IstioCon 2022', 0]]);
      expect(clerk.events).toHaveLength(65);
      const strip = (e: Stored) => ({ ...e, persons: [], day: '' });
      expect(byId(clerk.events).map(strip)).toEqual(byId(expected(program)).map(strip));
    });
    it('links every session to its speakers, by name (the bug: none were linked)', () => {
      const speakers = new Set(program.sessions.flatMap((s) => s.speakers));
      expect(clerk.persons).toHaveLength(speakers.size);
      const ids = personIds(program.speakers);
      const lookup = createLookup(program);
      expect(clerk.persons).toEqual(
        [...speakers]
          .map((slug) => ({ id: ids.get(slug), name: lookup.speaker(slug)!.name }))
          .sort((a, b) => a.id! - b.id!),
      );
      expect(byId(clerk.events).map((e) => e.persons)).toEqual(byId(expected(program)).map((e) => e.persons));
      expect(clerk.events.reduce((n, e) => n + e.persons.length, 0)).toBe(
        program.sessions.reduce((n, s) => n + s.speakers.length, 0),
      );
    });
    it('files the Chinese sessions of 26 April, 01:00–03:20 UTC, under 26 April', () => {
      const early = clerk.events.filter(
        (e) =>
          e.start >= Date.parse('2022-04-26T01:00:00Z') / 1000 && e.start <= Date.parse('2022-04-26T03:20:00Z') / 1000,
      );
      expect(early.map((e) => e.language)).toEqual(['zh', 'zh', 'zh', 'zh']);
      expect(early.map((e) => e.day)).toEqual(['2022-04-26', '2022-04-26', '2022-04-26', '2022-04-26']);
      expect(byId(clerk.events).map((e) => e.day)).toEqual(byId(expected(program)).map((e) => e.day));
    });
    it('files them under 25 April without <day_change>, which is why the export writes it', () => {
      const without = confClerkImport('istiocon-without-day-change', withoutDayChange(xml));
      expect(without.conference[0].day_change).toBe(4 * 3600);
      const early = without.events.filter(
        (e) =>
          e.start >= Date.parse('2022-04-26T01:00:00Z') / 1000 && e.start < Date.parse('2022-04-26T04:00:00Z') / 1000,
      );
      expect(early).toHaveLength(4);
      for (const e of early) expect(e.day).toBe('2022-04-25');
    });
  });

  describe('the neutral program (Europe/Berlin, day change 04:00, a session after midnight on the DST night)', () => {
    const program = afterMidnight(loadProgram(NEUTRAL_CONTENT));
    let clerk: Imported;
    beforeAll(() => {
      clerk = confClerkImport('neutral', frabXml(program, { baseUrl: BASE }));
    });

    it('has every session on the zone clock, under its conference day, with speakers and rooms', () => {
      expect(clerk.conference.map((c) => [c.title, c.day_change, c.utc_offset])).toEqual([
        ['Fixture Conf 2023', 4 * 3600, 3600],
      ]);
      expect(byId(clerk.events)).toEqual(byId(expected(program)));
    });
    it('keeps the 01:30 session with Saturday evening, an hour long across the DST change', () => {
      const late = clerk.events.find((e) => e.title === 'Late night hacking')!;
      expect([late.day, new Date(late.start * 1000).toISOString(), late.duration]).toEqual([
        '2023-03-25',
        '2023-03-26T01:30:00.000Z',
        3600,
      ]);
    });
    it('shows the first language of the two-language session', () => {
      expect(clerk.events.find((e) => e.title.startsWith('Zweisprachig'))?.language).toBe('de');
    });
  });
});
