import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { c3vocJson, C3VOC_SCHEMA_ID, type C3vocEvent, type C3vocSchedule } from '../../src/lib/c3voc';
import { frabXml } from '../../src/lib/frab';
import { guidsFor } from '../../src/lib/guid';
import { lookup } from '../../src/lib/program';
import { localDate, localTime, minutesBetween, UTC } from '../../src/lib/time';
import { loadProgram } from './fixtures/load-program';
import { SAMPLE_BASE, sampleProgram } from './fixtures/sample-program';
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
  });
  it('keeps the Chinese title, the markup and the emoji, and has ASCII slugs', () => {
    const events = eventsOf(schedule).map((e) => e.event);
    expect(events.map((e) => e.title).sort()).toEqual(program.sessions.map((s) => s.title).sort());
    expect(events.find((e) => e.language === 'zh')?.slug).toBe('testcon_2022-b1-istio-kubernetes');
    expect(events.find((e) => e.id === 1)?.abstract).toContain('<tags> & "quotes" 🚀');
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
        guid: guidsFor(program.event.url).person('zhang-san'),
        url: 'https://example.org/sub/speakers/zhang-san/',
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

describe('c3vocJson on the real program', () => {
  const program = loadProgram();
  const look = lookup(program);
  const schedule = roundTrip(c3vocJson(program, { baseUrl: 'https://x.org/istiocon/' }));
  const events = eventsOf(schedule);

  it('validates against the c3voc schema', () => {
    expect(errorsOf(schedule)).toEqual([]);
  });
  it('has all 65 sessions, each exactly once, with the right day, room, start, end and duration', () => {
    expect(events).toHaveLength(65);
    const guids = guidsFor(program.event.url);
    for (const s of program.sessions) {
      const found = events.filter((e) => e.event.guid === guids.session(s.code));
      expect(found, s.code).toHaveLength(1);
      const [{ day, roomKey, event }] = found;
      expect(day).toBe(localDate(s.start, UTC));
      expect(roomKey).toBe(look.room(s.room)?.name);
      expect(event.room).toBe(roomKey);
      expect(Date.parse(event.date)).toBe(Date.parse(s.start));
      expect(Date.parse(event.end)).toBe(Date.parse(s.end));
      expect(event.start).toBe(localTime(s.start, UTC));
      const [h, m] = event.duration.split(':').map(Number);
      expect(h * 60 + m).toBe(minutesBetween(s.start, s.end));
      expect(event.title).toBe(s.title);
      expect(event.abstract).toBe(s.abstract);
      expect(event.id).toBe(s.order);
    }
  });
  it('uses the same GUIDs as schedule.xml, stable across generations and hosts', () => {
    const xml = frabXml(program, { baseUrl: 'https://x.org/istiocon/' });
    const xmlGuids = [...xml.matchAll(/<event id="(\d+)" guid="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`).sort();
    const jsonGuids = events.map((e) => `${e.event.id}:${e.event.guid}`).sort();
    expect(jsonGuids).toEqual(xmlGuids);
    expect(new Set(events.map((e) => e.event.guid)).size).toBe(65);
    const again = eventsOf(roundTrip(c3vocJson(loadProgram(), { baseUrl: 'https://elsewhere.example/' })));
    expect(again.map((e) => e.event.guid)).toEqual(events.map((e) => e.event.guid));
  });
  it('is identical on a second generation', () => {
    expect(JSON.stringify(c3vocJson(program, { baseUrl: 'https://x.org/istiocon/' }))).toBe(JSON.stringify(schedule));
  });
  it('describes the conference: five UTC days, tracks with colours, online rooms', () => {
    const c = schedule.schedule.conference;
    expect([c.start, c.end, c.daysCount, c.time_zone_name]).toEqual(['2022-04-25', '2022-04-29', 5, 'UTC']);
    expect(c.days.map((d) => d.index)).toEqual([1, 2, 3, 4, 5]);
    expect(c.tracks.map((t) => t.slug)).toEqual(program.tracks.map((t) => t.slug));
    expect(c.rooms.map((r) => r.name)).toEqual(['Livestream', 'Workshop room']);
  });
});
