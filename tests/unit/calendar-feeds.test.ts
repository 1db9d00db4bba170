import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  calendarContext,
  contentStamp,
  languageCalendar,
  languageIcsPath,
  programCalendar,
  sessionCalendar,
  sessionIcsPath,
  trackCalendar,
  trackIcsPath,
} from '../../src/lib/calendar-feeds';
import { sessionUid } from '../../src/lib/ics';
import type { Session } from '../../src/lib/types';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const BASE = 'https://x.org/conference/';
const program = loadProgram();
const neutral = loadProgram(NEUTRAL_CONTENT);

/** The UIDs of a calendar's events, as ical.js reads them. */
const uids = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
const uidOf = (code: string, event = program.event) => sessionUid({ code }, event);
const calendarName = (text: string) => /\r\nX-WR-CALNAME:([^\r]*)\r\n/.exec(text.replace(/\r\n[ \t]/g, ''))?.[1];

describe('contentStamp', () => {
  it('is the end of the last session, in UTC', () => {
    const last = Math.max(...program.sessions.map((s) => Date.parse(s.end)));
    expect(contentStamp(program)).toBe(new Date(last).toISOString().replace('.000Z', 'Z'));
  });
  it('falls back to the end of the last conference day, in the event zone, when there are no sessions', () => {
    expect(contentStamp({ event: program.event, sessions: [] })).toBe('2022-04-29T23:59:59Z');
    // Fixture Conf's last day, 26 March 2023, ends at 04:00 CEST on the 27th.
    expect(contentStamp({ event: neutral.event, sessions: [] })).toBe('2023-03-27T01:59:59Z');
  });
  it('handles 250,000 sessions, where spreading them into Math.max overflows the stack', () => {
    const base = Date.parse('2030-01-01T00:00:00Z');
    const sessions = Array.from({ length: 250_000 }, (_, i) => ({
      end: new Date(base + ((i * 7919) % 250_000) * 60_000).toISOString(),
    })) as Session[];
    expect(() => Math.max(...sessions.map((s) => Date.parse(s.end)))).toThrow(RangeError);
    expect(contentStamp({ event: program.event, sessions })).toBe(
      new Date(base + 249_999 * 60_000).toISOString().replace('.000Z', 'Z'),
    );
  });
  it('is what every calendar uses as DTSTAMP', () => {
    expect(calendarContext(program, BASE).now).toBe(contentStamp(program));
    expect(programCalendar(program, BASE)).toContain(`DTSTAMP:${contentStamp(program).replace(/[-:]/g, '')}`);
  });
});

describe('feeds', () => {
  it('puts the whole program in schedule.ics, as a feed', () => {
    const text = programCalendar(program, BASE);
    expect(uids(text)).toEqual(program.sessions.map((s) => uidOf(s.code)));
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
    expect(calendarName(text)).toBe('IstioCon 2022');
  });
  it('splits the tracked sessions among the track feeds, each once', () => {
    const seen = program.tracks.flatMap((t) => {
      const text = trackCalendar(program, t.slug, BASE);
      expect(calendarName(text)).toBe(`IstioCon 2022: ${t.name.replace(/[,;]/g, (c) => `\\${c}`)}`);
      expect(uids(text)).toEqual(program.sessions.filter((s) => s.track === t.slug).map((s) => uidOf(s.code)));
      return uids(text);
    });
    expect(seen.sort()).toEqual(
      program.sessions
        .filter((s) => s.track)
        .map((s) => uidOf(s.code))
        .sort(),
    );
  });
  it('splits all sessions among the language feeds, each once', () => {
    const seen = program.languages.flatMap((l) => uids(languageCalendar(program, l.code, BASE)));
    expect(seen.sort()).toEqual(program.sessions.map((s) => uidOf(s.code)).sort());
    expect(calendarName(languageCalendar(program, 'zh', BASE))).toBe('IstioCon 2022: Chinese (中文)');
    expect(calendarName(languageCalendar(program, 'en', BASE))).toBe('IstioCon 2022: English');
  });
  it('puts a two-language session in both language feeds, and names no conference in PRODID', () => {
    const uidsIn = (code: string) => uids(languageCalendar(neutral, code, BASE));
    const both = uidOf('4', neutral.event);
    expect(uidsIn('de')).toEqual([both]);
    expect(uidsIn('en')).toContain(both);
    expect(uidsIn('zh-Hans')).toEqual([uidOf('9', neutral.event)]);
    expect(programCalendar(neutral, BASE)).toContain(
      '\r\nPRODID:-//conference-schedule//Fixture Conf 2023 schedule//EN\r\n',
    );
  });
  it('refuses unknown tracks and languages', () => {
    expect(() => trackCalendar(program, 'nope', BASE)).toThrow(/track "nope"/);
    expect(() => languageCalendar(program, 'xx', BASE)).toThrow(/language "xx"/);
  });
  it('makes a one-event, non-feed file per session', () => {
    for (const s of program.sessions) {
      const text = sessionCalendar(program, s, BASE);
      expect(uids(text)).toEqual([uidOf(s.code)]);
      expect(text).not.toContain('REFRESH-INTERVAL');
    }
  });
});

describe('calendar file paths', () => {
  it('match the endpoints, with Chinese slugs percent-encoded', () => {
    expect(sessionIcsPath('state-istio')).toBe('/sessions/state-istio.ics');
    expect(sessionIcsPath('istio推送')).toBe('/sessions/istio%E6%8E%A8%E9%80%81.ics');
    expect(trackIcsPath('use-case')).toBe('/tracks/use-case.ics');
    expect(languageIcsPath('zh')).toBe('/languages/zh.ics');
  });
});
