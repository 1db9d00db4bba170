import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { c3vocJson, C3VOC_SCHEMA_ID, type C3vocEvent, type C3vocSchedule } from '../../src/lib/c3voc';
import { frabXml } from '../../src/lib/frab';
import { guidsFor } from '../../src/lib/guid';
import { createLookup } from '../../src/lib/lookup';
import { zonedIso } from '../../src/lib/schedule-export';
import { conferenceDate, localTime, minutesBetween } from '../../src/lib/time';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';
import { afterMidnight, SAMPLE_BASE, sampleProgram } from './fixtures/sample-program';
import { C3VOC_EXAMPLE, validateC3voc } from './fixtures/validators';

/** The document as a reader gets it: serialised and parsed again. */
const roundTrip = (schedule: C3vocSchedule): C3vocSchedule => JSON.parse(JSON.stringify(schedule));

/** Every event with the day date and room key it is filed under. */
const eventsOf = (schedule: C3vocSchedule) =>
  schedule.schedule.conference.days.flatMap((day) =>
    Object.entries(day.rooms).flatMap(([room, events]) =>
      events.map((event) => ({ day: day.date, roomKey: room, event })),
    ),
  );

const errorsOf = (data: unknown) => validateC3voc(data).errors.map((e) => `${e.instancePath} ${e.message}`);

describe('the ajv set-up', () => {
  it('accepts the pretalx example, so a pass means something', () => {
    expect(errorsOf(JSON.parse(readFileSync(C3VOC_EXAMPLE, 'utf8')))).toEqual([]);
  });
  it("refuses a raw Chinese URL with ajv-formats' uri format, so a pass on URLs means something", () => {
    const example = JSON.parse(readFileSync(C3VOC_EXAMPLE, 'utf8')) as C3vocSchedule;
    const [event] = eventsOf(example);
    event.event.url = 'https://events.example.org/sessions/服务网格/';
    expect(errorsOf(example)).toContainEqual(expect.stringMatching(/\/url must match format "uri"$/));
  });
});

describe('c3vocJson on a sample program', () => {
  const program = sampleProgram();
  const schedule = roundTrip(c3vocJson(program, { baseUrl: SAMPLE_BASE }));

  it('validates against the c3voc schema', () => {
    expect(errorsOf(schedule)).toEqual([]);
    expect(schedule.$schema).toBe(C3VOC_SCHEMA_ID);
  });
  it('is refused by the schema when it breaks the format (the validator is not vacuous)', () => {
    const broken = (change: (s: C3vocSchedule) => void) => {
      const copy = roundTrip(schedule);
      change(copy);
      return validateC3voc(copy).valid;
    };
    const first = (s: C3vocSchedule) => s.schedule.conference.days[0].rooms.Livestream[0] as Partial<C3vocEvent>;
    expect(broken((s) => delete first(s).guid)).toBe(false);
    expect(broken((s) => (first(s).guid = 'not-a-uuid'))).toBe(false);
    expect(broken((s) => (first(s).start = '3 pm'))).toBe(false);
    expect(broken((s) => (s.schedule.conference.acronym = 'TestCon 2022'))).toBe(false);
    expect(broken((s) => Object.assign(s.schedule, { rooms: [] }))).toBe(false);
    expect(broken((s) => (first(s).url = `${first(s).url}中文`))).toBe(false);
    // A person with both `name` and a numeric `id` matches both person shapes, which oneOf refuses.
    expect(broken((s) => Object.assign(first(s).persons![0], { id: 1 }))).toBe(false);
  });
  it('keeps the Chinese title, the markup and the emoji, and has ASCII slugs', () => {
    const events = eventsOf(schedule).map((e) => e.event);
    expect(events.map((e) => e.title).sort()).toEqual(program.sessions.map((s) => s.title).sort());
    expect(events.find((e) => e.language === 'zh')?.slug).toBe('testcon_2022-b1-istio-kubernetes');
    expect(events.find((e) => e.id === 1)?.abstract).toContain('<tags> & "quotes" 🚀');
  });
  it('percent-encodes the raw Chinese original page', () => {
    const zh = eventsOf(schedule).find((e) => e.event.language === 'zh')!.event;
    expect(zh.origin_url).toMatch(/^https:\/\/events\.example\.org\/testcon-2022\/sessions\/%E5%9F%BA%E4%BA%8Eistio/);
    expect(JSON.stringify(schedule)).not.toMatch(/"(url|origin_url)":"[^"]*\P{ASCII}/u);
  });
  it('writes a null track and no persons for a sponsor message, and pretalx-style persons otherwise', () => {
    const events = eventsOf(schedule).map((e) => e.event);
    const sponsor = events.find((e) => e.id === 2)!;
    expect(sponsor.track).toBeNull();
    expect(sponsor.persons).toEqual([]);
    expect(events.find((e) => e.id === 4)?.persons).toEqual([
      {
        name: '张三',
        public_name: '张三',
        guid: guidsFor(program.event).person('zhang-san'),
        url: 'https://example.org/sub/speakers/zhang-san/',
        links: [],
      },
    ]);
  });
  it('files every room of every day, in room order, empty ones included', () => {
    expect(schedule.schedule.conference.days.map((d) => Object.keys(d.rooms))).toEqual([
      ['Livestream', 'Workshop room'],
      ['Livestream', 'Workshop room'],
    ]);
    expect(schedule.schedule.conference.days[0].rooms['Workshop room'][0].duration).toBe('02:30');
  });
});

describe('c3vocJson on the neutral program (Europe/Berlin, day change 04:00)', () => {
  const program = loadProgram(NEUTRAL_CONTENT);
  const schedule = roundTrip(c3vocJson(program, { baseUrl: 'https://schedule.example.org/' }));
  const byId = (s: C3vocSchedule, id: number) => eventsOf(s).find((e) => e.event.id === id)!;

  it('validates against the c3voc schema', () => {
    expect(errorsOf(schedule)).toEqual([]);
  });
  it('writes the zone, and days bounded by the day change with the offset in force', () => {
    const c = schedule.schedule.conference;
    expect(c.time_zone_name).toBe('Europe/Berlin');
    expect(c.days.map((d) => [d.date, d.day_start, d.day_end])).toEqual([
      ['2023-03-25', '2023-03-25T04:00:00+01:00', '2023-03-26T03:59:59+02:00'],
      ['2023-03-26', '2023-03-26T04:00:00+02:00', '2023-03-27T03:59:59+02:00'],
    ]);
  });
  it('files every session under its conference day, with the zone clock and zone offsets', () => {
    const guids = guidsFor(program.event);
    const { timeZone, dayChange } = program.event;
    for (const s of program.sessions) {
      const [{ day, event }] = eventsOf(schedule).filter((e) => e.event.guid === guids.session(s));
      expect([day, event.start, event.date, event.end]).toEqual([
        conferenceDate(s.start, timeZone, dayChange),
        localTime(s.start, timeZone),
        zonedIso(s.start, timeZone),
        zonedIso(s.end, timeZone),
      ]);
    }
  });
  it('files a session after midnight under the evening before', () => {
    const moved = roundTrip(c3vocJson(afterMidnight(program), { baseUrl: 'https://schedule.example.org/' }));
    expect(errorsOf(moved)).toEqual([]);
    const late = byId(moved, 8);
    expect([late.day, late.event.start, late.event.date, late.event.duration]).toEqual([
      '2023-03-25',
      '01:30',
      '2023-03-26T01:30:00+01:00',
      '01:00',
    ]);
  });
  it('exports the first of two languages, a null track and an empty type where there are none', () => {
    expect(byId(schedule, 4).event.language).toBe('de');
    expect([byId(schedule, 5).event.track, byId(schedule, 5).event.type]).toEqual([null, '']);
  });
  it('carries subtitle, links and speaker biographies and links', () => {
    const schedulers = byId(schedule, 2).event;
    expect(schedulers.subtitle).toBe('What the kernel does when you are not looking');
    expect(schedulers.links).toContainEqual({
      type: 'related',
      url: 'https://code.example.org/schedulers',
      title: 'Source code',
    });
    expect(schedulers.persons[0]).toMatchObject({
      name: 'Ada Example',
      biography: 'Ada writes schedulers. She has spoken at **many** conferences.',
      links: [{ type: 'web', url: 'https://ada.example.org/', title: 'Homepage' }],
    });
  });
  it('names the in-person rooms without the online type', () => {
    expect(schedule.schedule.conference.rooms.map((r) => [r.name, r.type])).toEqual([
      ['Hall A', undefined],
      ['Room B', undefined],
      ['Room C', undefined],
    ]);
  });
});

describe('c3vocJson on the real program', () => {
  const program = loadProgram();
  const lookup = createLookup(program);
  const schedule = roundTrip(c3vocJson(program, { baseUrl: 'https://x.org/conference/' }));
  const events = eventsOf(schedule);

  it('validates against the c3voc schema', () => {
    expect(errorsOf(schedule)).toEqual([]);
  });
  it('has all 65 sessions, each exactly once, with the right day, room, start, end and duration', () => {
    expect(events).toHaveLength(65);
    const guids = guidsFor(program.event);
    for (const s of program.sessions) {
      const found = events.filter((e) => e.event.guid === guids.session(s));
      expect(found, s.code).toHaveLength(1);
      const [{ day, roomKey, event }] = found;
      expect(day).toBe(conferenceDate(s.start, 'UTC', 0));
      expect(roomKey).toBe(lookup.room(s.room)?.name);
      expect(event.room).toBe(roomKey);
      expect(Date.parse(event.date)).toBe(Date.parse(s.start));
      expect(Date.parse(event.end)).toBe(Date.parse(s.end));
      expect(event.start).toBe(localTime(s.start, 'UTC'));
      expect(event.date).toMatch(/\+00:00$/);
      const [h, m] = event.duration.split(':').map(Number);
      expect(h * 60 + m).toBe(minutesBetween(s.start, s.end));
      expect(event.title).toBe(s.title);
      expect(event.abstract).toBe(s.abstract);
      expect(event.id).toBe(s.order);
    }
  });
  it('uses the same GUIDs as schedule.xml, stable across generations and hosts', () => {
    const xml = frabXml(program, { baseUrl: 'https://x.org/conference/' });
    const xmlGuids = [...xml.matchAll(/<event id="(\d+)" guid="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`).sort();
    const jsonGuids = events.map((e) => `${e.event.id}:${e.event.guid}`).sort();
    expect(jsonGuids).toEqual(xmlGuids);
    expect(new Set(events.map((e) => e.event.guid)).size).toBe(65);
    const again = eventsOf(roundTrip(c3vocJson(loadProgram(), { baseUrl: 'https://elsewhere.example/' })));
    expect(again.map((e) => e.event.guid)).toEqual(events.map((e) => e.event.guid));
  });
  it('is identical on a second generation', () => {
    expect(JSON.stringify(c3vocJson(program, { baseUrl: 'https://x.org/conference/' }))).toBe(JSON.stringify(schedule));
  });
  it('describes the conference: five UTC days, tracks with colours, online rooms', () => {
    const c = schedule.schedule.conference;
    expect([c.start, c.end, c.daysCount, c.time_zone_name]).toEqual(['2022-04-25', '2022-04-29', 5, 'UTC']);
    expect(c.days.map((d) => d.index)).toEqual([1, 2, 3, 4, 5]);
    expect(c.tracks.map((t) => t.slug)).toEqual(program.tracks.map((t) => t.slug));
    expect(c.rooms.map((r) => r.name)).toEqual(['Livestream', 'Workshop room']);
    expect(c.rooms.map((r) => r.type)).toEqual(['online', 'online']);
  });
  it('percent-encodes the original pages of the two Chinese-slug sessions', () => {
    const chinese = program.sessions.filter((s) => /\P{ASCII}/u.test(s.originalPage ?? ''));
    expect(chinese).toHaveLength(2);
    for (const s of chinese) {
      const { event } = events.find((e) => e.event.guid === guidsFor(program.event).session(s))!;
      expect(event.origin_url).toBe(encodeURI(s.originalPage!));
    }
  });
});
