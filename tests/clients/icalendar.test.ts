/**
 * python3-icalendar (Debian's) parses every calendar file the site publishes: the whole program,
 * each track and language feed, each session's file and a merged "my schedule", for IstioCon and
 * the neutral program. One Python run reads them all and reports what it understood.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calendarContext,
  languageCalendar,
  programCalendar,
  sessionCalendar,
  trackCalendar,
} from '../../src/lib/calendar-feeds';
import { mergeCalendars } from '../../src/lib/my-schedule-calendar';
import { eventCategories, eventDescription, eventLocation, sessionUid, sessionUrl } from '../../src/lib/ics';
import type { Program, Session } from '../../src/lib/types';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';
import { requirePython, run, SYSTEM_PYTHON, tempDir } from './tools';

const BASE = 'https://schedule.example.org/';
const PARSER = 'tests/clients/parse-icalendar.py';

interface Parsed {
  file: string;
  prodid: string;
  version: string;
  name: string;
  errors: unknown[];
  events: {
    uid: string;
    summary: string;
    start: string;
    end: string;
    stamp: string;
    url: string;
    location: string;
    description: string;
    categories: string[];
    errors: unknown[];
  }[];
}

/** Every calendar of a program, with the sessions each should hold. */
function calendarsOf(program: Program): { name: string; text: string; sessions: Session[] }[] {
  const sessionFiles = program.sessions.map((s) => ({
    name: `session-${s.code}`,
    text: sessionCalendar(program, s, BASE),
    sessions: [s],
  }));
  return [
    { name: 'schedule', text: programCalendar(program, BASE), sessions: program.sessions },
    ...program.tracks.map((t) => ({
      name: `track-${t.slug}`,
      text: trackCalendar(program, t.slug, BASE),
      sessions: program.sessions.filter((s) => s.track === t.slug),
    })),
    ...program.languages.map((l) => ({
      name: `language-${l.code}`,
      text: languageCalendar(program, l.code, BASE),
      sessions: program.sessions.filter((s) => s.languages.includes(l.code)),
    })),
    ...sessionFiles,
    {
      name: 'my-schedule',
      text: mergeCalendars(
        sessionFiles.slice(0, 3).map((f) => f.text),
        'My schedule',
      ),
      sessions: program.sessions.slice(0, 3),
    },
  ];
}

const tmp = tempDir('icalendar');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Python's isoformat of a UTC instant: "2022-04-25T15:00:00+00:00". */
const pythonIso = (at: string) => new Date(at).toISOString().replace('.000Z', '+00:00');

describe('python3-icalendar parsing every calendar', () => {
  beforeAll(() => requirePython('icalendar'));
  for (const [label, program] of [
    ['IstioCon', loadProgram()],
    ['the neutral program', loadProgram(NEUTRAL_CONTENT)],
  ] as const) {
    it(`reads every file of ${label} back, event by event`, () => {
      const calendars = calendarsOf(program);
      const files = calendars.map((c) => {
        const file = join(tmp, `${program.event.id}-${c.name}.ics`);
        writeFileSync(file, c.text);
        return file;
      });
      const parsed = JSON.parse(run(SYSTEM_PYTHON, [PARSER, ...files])) as Parsed[];
      const ctx = calendarContext(program, BASE);
      const byUid = new Map(program.sessions.map((x) => [sessionUid(x, program.event), x]));
      expect(parsed).toHaveLength(calendars.length);
      parsed.forEach((cal, i) => {
        const { sessions } = calendars[i];
        expect(cal.errors, cal.file).toEqual([]);
        expect(cal.version).toBe('2.0');
        expect(cal.prodid).toMatch(/^-\/\/conference-schedule\/\//);
        expect(cal.events.map((e) => e.uid).sort(), cal.file).toEqual(
          sessions.map((s) => sessionUid(s, program.event)).sort(),
        );
        for (const e of cal.events) {
          const s = byUid.get(e.uid)!;
          // icalendar 4.0.3 splits CATEGORIES at escaped commas too ("Tools\, features" → "Tools",
          // " features"): collective/icalendar#127, fixed in 2025 (PR #1058), after Debian's
          // version. RFC 5545 §3.3.11 escapes a comma inside a value, as ics.ts does and ical.js
          // reads (tests/unit/ics.test.ts); here the joined list must still be ours.
          expect(e.categories.join(',')).toBe(eventCategories(s, ctx.lookup).join(','));
          expect(e).toEqual({
            uid: e.uid,
            summary: s.title,
            start: pythonIso(s.start),
            end: pythonIso(s.end),
            stamp: pythonIso(String(ctx.now)),
            url: sessionUrl(s, BASE),
            location: eventLocation(s, ctx),
            description: eventDescription(s, ctx),
            categories: e.categories,
            errors: [],
          });
        }
      });
    });
  }
});
