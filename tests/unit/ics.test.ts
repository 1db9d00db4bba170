import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  calendar,
  escapeText,
  eventCategories,
  eventDescription,
  eventLocation,
  foldLine,
  googleCalendarUrl,
  icsDateTime,
  sessionEvent,
  sessionUid,
  sessionUrl,
  type CalendarContext,
} from '../../src/lib/ics';
import { createLookup } from '../../src/lib/lookup';
import type { Program, Session } from '../../src/lib/types';
import { guidsFor } from '../../src/lib/guid';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';
import { afterMidnight, SAMPLE_BASE, sampleProgram } from './fixtures/sample-program';
import { strictAjv } from './fixtures/validators';

const NOW = '2022-04-29T18:00:00Z';
const contextFor = (program: Program, baseUrl = SAMPLE_BASE): CalendarContext => ({
  baseUrl,
  lookup: createLookup(program),
  event: program.event,
  now: NOW,
});

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
/** ajv-formats' RFC 3986 `uri` check. */
const isUri = strictAjv().compile({ type: 'string', format: 'uri' });
/** RFC 5545 §3.1 unfolding: remove every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** RFC 5545 §3.3.11 TEXT unescaping, for properties ical.js does not type as TEXT. */
const unescapeText = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Every physical line ends in CRLF, holds at most 75 octets and is whole UTF-8. */
function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.slice(0, -2).split('\r\n');
  for (const l of lines) {
    expect(octets(l), l).toBeLessThanOrEqual(75);
    expect(l).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  }
  return lines;
}

/** The VEVENTs of a calendar, parsed by ical.js. */
function parseEvents(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return { root, events: root.getAllSubcomponents('vevent') };
}

/** Compare one parsed VEVENT with its session, field by field. */
function expectMatches(vevent: InstanceType<typeof ICAL.Component>, session: Session, ctx: CalendarContext) {
  const ev = new ICAL.Event(vevent);
  expect(ev.uid).toBe(sessionUid(session, ctx.event));
  expect(ev.startDate.toJSDate().toISOString()).toBe(new Date(session.start).toISOString());
  expect(ev.endDate.toJSDate().toISOString()).toBe(new Date(session.end).toISOString());
  expect(ev.startDate.zone?.tzid).toBe('UTC');
  expect(ev.summary).toBe(session.title);
  expect(ev.location).toBe(eventLocation(session, ctx));
  expect(ev.location).toContain(ctx.lookup.room(session.room)?.name);
  expect(ev.description).toBe(eventDescription(session, ctx));
  expect(ev.description).toContain(session.abstract);
  expect(vevent.getFirstPropertyValue('url')).toBe(sessionUrl(session, ctx.baseUrl));
  expect(isUri(vevent.getFirstPropertyValue('url'))).toBe(true);
  expect(vevent.getFirstProperty('categories')?.getValues()).toEqual(eventCategories(session, ctx.lookup));
  expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2022-04-29T18:00:00Z');
}

describe('icsDateTime', () => {
  it('writes UTC basic format whatever the input offset', () => {
    expect(icsDateTime('2022-04-25T15:00:00Z')).toBe('20220425T150000Z');
    expect(icsDateTime('2022-04-26T09:00:00+08:00')).toBe('20220426T010000Z');
    expect(icsDateTime(Date.UTC(2022, 3, 29, 23, 59, 59, 999))).toBe('20220429T235959Z');
  });
  it('refuses a non-instant', () => {
    expect(() => icsDateTime('soon')).toThrow(RangeError);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every newline form', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('leaves colons, quotes and Chinese alone', () => {
    expect(escapeText('Note: "中文"')).toBe('Note: "中文"');
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Short')).toBe('SUMMARY:Short');
  });
  it('folds ASCII at exactly 75 octets, continuations included', () => {
    const line = `DESCRIPTION:${'x'.repeat(300)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts[0]).toHaveLength(75);
    for (const p of parts.slice(1, -1)) expect(octets(p)).toBe(75);
    expect(unfold(folded)).toBe(line);
  });
  it.each([
    ['Chinese (3 octets a character)', `SUMMARY:${'基于istio构建超大规模kubernetes集群的稳定性底盘'.repeat(4)}`],
    ['emoji (4 octets, a surrogate pair)', `SUMMARY:${'🚀a'.repeat(60)}`],
    ['mixed, odd offsets', `X:${'é中🚀'.repeat(50)}`],
  ])('never splits a character: %s', (_, line) => {
    const folded = foldLine(line);
    expectWellFormed(`${folded}\r\n`);
    expect(unfold(folded)).toBe(line);
    // Each physical line is valid UTF-8 on its own (no character cut in half).
    for (const part of folded.split('\r\n')) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
  });
});

describe('sessionEvent and calendar on a sample program', () => {
  const program = sampleProgram();
  const ctx = contextFor(program);
  const text = calendar(program.sessions, ctx, { name: 'Sample; all, sessions', feed: true });

  it('is well-formed: CRLF, ≤ 75 octets, whole characters', () => {
    expectWellFormed(text);
  });
  it('has the calendar properties, feed properties and no floating times', () => {
    const lines = unfold(text).split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//conference-schedule//TestCon 2022 schedule//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).toContain('X-WR-CALNAME:Sample\\; all\\, sessions');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
    expect(lines).toContain('X-PUBLISHED-TTL:P1D');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    for (const l of lines.filter((l) => /^(DTSTART|DTEND|DTSTAMP)/.test(l))) expect(l).toMatch(/:\d{8}T\d{6}Z$/);
  });
  it('parses with ical.js into the same sessions, field by field', () => {
    const { root, events } = parseEvents(text);
    // ical.js knows neither NAME (RFC 7986) nor X-WR-CALNAME, so it leaves both raw: unescape here.
    for (const prop of ['name', 'x-wr-calname']) {
      expect(unescapeText(String(root.getFirstPropertyValue(prop)))).toBe('Sample; all, sessions');
    }
    expect(events).toHaveLength(program.sessions.length);
    events.forEach((vevent, i) => expectMatches(vevent, program.sessions[i], ctx));
  });
  it('restores Chinese titles and multi-line abstracts exactly after unfolding', () => {
    const zh = program.sessions.find((s) => s.languages[0] === 'zh')!;
    const vevent = sessionEvent(zh, ctx);
    expect(unfold(vevent)).toContain(`\r\nSUMMARY:${zh.title}\r\n`);
    const en = program.sessions.find((s) => s.code === 'a1')!;
    expect(unfold(sessionEvent(en, ctx))).toContain(`DESCRIPTION:${escapeText(eventDescription(en, ctx))}\r\n`);
  });
  it('describes speakers and links, and omits what a session does not have', () => {
    const [a1, a2] = ['a1', 'a2'].map((code) => program.sessions.find((s) => s.code === code)!);
    const d1 = eventDescription(a1, ctx);
    expect(d1).toContain('Speakers: Ada Lovelace and Grace Hopper');
    expect(d1).toContain('Video: https://youtu.be/abc123');
    expect(d1).toContain('Slides: https://example.org/slides/a1.pdf');
    expect(d1).toContain('Session page: https://example.org/sub/sessions/hello-world/');
    const d2 = eventDescription(a2, ctx);
    expect(d2).not.toMatch(/Speaker|Video|Slides/);
    expect(eventCategories(a2, ctx.lookup)).toEqual(['Presentation', 'English']);
    expect(eventCategories(a1, ctx.lookup)).toEqual(['Tools, features & functionality', 'Presentation', 'English']);
  });
  it('percent-encodes Chinese slugs in URL and keeps the UID a content-derived UUID', () => {
    const zh = program.sessions.find((s) => s.languages[0] === 'zh')!;
    expect(sessionUrl(zh, SAMPLE_BASE)).toBe(`https://example.org/sub/sessions/${encodeURIComponent(zh.slug)}/`);
    expect(sessionUid(zh, program.event)).toBe(guidsFor(program.event).session({ code: 'b1' }));
  });
  it("uses the source's GUID as UID when the content has one", () => {
    const guid = '8079583e-8321-506c-95af-fd2903a5f075';
    const withGuid = { ...program.sessions[0], guid };
    expect(sessionUid(withGuid, program.event)).toBe(guid);
    expect(unfold(sessionEvent(withGuid, ctx))).toContain(`\r\nUID:${guid}\r\n`);
  });
  it('locates a virtual session by its room only', () => {
    expect(eventLocation(program.sessions[0], ctx)).toBe('Livestream');
  });
  it('writes no feed properties for a one-off file', () => {
    const one = calendar(program.sessions.slice(0, 1), ctx, { name: 'One' });
    expect(one).not.toMatch(/REFRESH-INTERVAL|X-PUBLISHED-TTL/);
  });
});

describe('googleCalendarUrl', () => {
  const program = sampleProgram();
  const ctx = contextFor(program);
  it('builds a TEMPLATE link with UTC dates, the room and the permalink', () => {
    const zh = program.sessions.find((s) => s.languages[0] === 'zh')!;
    const url = new URL(googleCalendarUrl(zh, ctx));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe(zh.title);
    expect(url.searchParams.get('dates')).toBe('20220426T010000Z/20220426T014000Z');
    expect(url.searchParams.get('location')).toBe('Livestream');
    expect(url.searchParams.get('details')).toContain(sessionUrl(zh, SAMPLE_BASE));
    expect(url.searchParams.get('details')).toContain('Speaker: 张三');
    expect(isUri(googleCalendarUrl(zh, ctx))).toBe(true);
  });
  it('adds venue and city to the location of an in-person session', () => {
    const neutral = loadProgram(NEUTRAL_CONTENT);
    const nctx = contextFor(neutral);
    const url = new URL(googleCalendarUrl(neutral.sessions[0], nctx));
    expect(url.searchParams.get('location')).toBe('Hall A, Example Hall, Berlin');
    // Without the event (as pages that pass only the lookup), the room alone.
    expect(
      new URL(googleCalendarUrl(neutral.sessions[0], { baseUrl: SAMPLE_BASE, lookup: nctx.lookup })).searchParams.get(
        'location',
      ),
    ).toBe('Hall A');
  });
  it('keeps links short for long abstracts', () => {
    const real = loadProgram();
    const rctx = contextFor(real);
    for (const s of real.sessions) {
      const url = googleCalendarUrl(s, rctx);
      expect(url.length).toBeLessThanOrEqual(2000);
      expect(new URL(url).searchParams.get('details')).toContain(sessionUrl(s, SAMPLE_BASE));
    }
  });
});

describe('the neutral program (in person, Europe/Berlin, DST night)', () => {
  const program = loadProgram(NEUTRAL_CONTENT);
  const ctx = contextFor(program, 'https://schedule.example.org/');
  const text = calendar(program.sessions, ctx, { name: program.event.name, feed: true });
  const byCode = (p: Program, code: string) => p.sessions.find((s) => s.code === code)!;

  it('parses with ical.js into the same sessions, field by field', () => {
    expectWellFormed(text);
    const { events } = parseEvents(text);
    expect(events).toHaveLength(program.sessions.length);
    events.forEach((vevent, i) => expectMatches(vevent, program.sessions[i], ctx));
  });
  it('writes UTC instants, right across the DST change', () => {
    const late = byCode(afterMidnight(program), '8');
    const vevent = unfold(sessionEvent(late, ctx));
    expect(vevent).toContain('\r\nDTSTART:20230326T003000Z\r\n');
    expect(vevent).toContain('\r\nDTEND:20230326T013000Z\r\n');
  });
  it('locates a session in its room, venue and city', () => {
    expect(eventLocation(byCode(program, '1'), ctx)).toBe('Hall A, Example Hall, Berlin');
  });
  it('lists both languages of a two-language session, and leaves out a missing track and type', () => {
    expect(eventCategories(byCode(program, '4'), ctx.lookup)).toEqual(['Community', 'Talk', 'German', 'English']);
    expect(eventCategories(byCode(program, '5'), ctx.lookup)).toEqual(['English']);
  });
  it('describes subtitle, abstract, further links and slides, with encoded URLs', () => {
    const d = eventDescription(byCode(program, '2'), ctx);
    expect(d.startsWith('What the kernel does when you are not looking\n\nHow fair schedulers')).toBe(true);
    expect(d).toContain('Source code: https://code.example.org/schedulers');
    expect(d).toContain('Slides: https://conf.example.org/2023/slides/schedulers.pdf');
    expect(eventDescription(byCode(program, '9'), ctx)).toContain(
      'Session page: https://schedule.example.org/sessions/%E6%9C%8D%E5%8A%A1%E7%BD%91%E6%A0%BC/',
    );
  });
});

describe('the real program', () => {
  const program = loadProgram();
  const ctx = contextFor(program, 'https://x.org/conference/');
  const text = calendar(program.sessions, ctx, { name: program.event.name, feed: true });

  it('has 65 sessions, each once, matching its content file', () => {
    expectWellFormed(text);
    const { events } = parseEvents(text);
    expect(events).toHaveLength(65);
    events.forEach((vevent, i) => expectMatches(vevent, program.sessions[i], ctx));
  });
  it('gives stable, unique UIDs and byte-identical output on a second generation', () => {
    const again = calendar(program.sessions, contextFor(program, 'https://x.org/conference/'), {
      name: program.event.name,
      feed: true,
    });
    expect(again).toBe(text);
    const uids = (t: string) => parseEvents(t).events.map((e) => new ICAL.Event(e).uid);
    expect(uids(again)).toEqual(uids(text));
    expect(new Set(uids(text)).size).toBe(65);
  });
  it('keeps UIDs when the site moves to another host or base path', () => {
    const moved = calendar(program.sessions, contextFor(program, 'https://elsewhere.example/'), { name: 'x' });
    const uids = (t: string) => parseEvents(t).events.map((e) => new ICAL.Event(e).uid);
    expect(uids(moved)).toEqual(uids(text));
  });
  it('writes every session as a parseable file of its own', () => {
    for (const s of program.sessions) {
      const one = calendar([s], ctx, { name: s.title });
      expectWellFormed(one);
      const { events } = parseEvents(one);
      expect(events).toHaveLength(1);
      expectMatches(events[0], s, ctx);
    }
  });
});
