import { describe, expect, it } from 'vitest';
import {
  acronymOf,
  contentVersion,
  DEFAULT_GENERATOR,
  hhmm,
  scheduleModel,
  timeslotMinutes,
  utcOffsetIso,
  vocSlug,
  zonedInstant,
  zonedIso,
  type ExportSchedule,
} from '../../src/lib/schedule-export';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';
import { afterMidnight, SAMPLE_BASE, sampleProgram } from './fixtures/sample-program';

/** The acronym patterns of the frab XSD and of the c3voc JSON schema. */
const XSD_ACRONYM = /^[a-z0-9_-]{4,}$/;
const JSON_ACRONYM = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;
/** The slug patterns: frab XSD `voc-slug-new` and c3voc JSON. */
const XSD_SLUG = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;
const JSON_SLUG = /^[a-z0-9_-]+[a-z0-9]$/;

describe('hhmm', () => {
  it.each([
    [0, '00:00'],
    [5, '00:05'],
    [25, '00:25'],
    [150, '02:30'],
    [600, '10:00'],
  ])('%i minutes → %s', (minutes, text) => {
    expect(hhmm(minutes)).toBe(text);
  });
  it('refuses negative and fractional durations', () => {
    expect(() => hhmm(-5)).toThrow(RangeError);
    expect(() => hhmm(1.5)).toThrow(RangeError);
  });
});

describe('utcOffsetIso', () => {
  it('writes UTC with an explicit +00:00 whatever the input offset', () => {
    expect(utcOffsetIso('2022-04-26T09:00:00+08:00')).toBe('2022-04-26T01:00:00+00:00');
    expect(utcOffsetIso('2022-04-25T15:00:00Z')).toBe('2022-04-25T15:00:00+00:00');
  });
});

describe('zonedIso', () => {
  it("writes the zone's wall clock with its offset at that instant", () => {
    expect(zonedIso('2023-03-25T08:00:00Z', 'Europe/Berlin')).toBe('2023-03-25T09:00:00+01:00');
    expect(zonedIso('2023-03-26T08:00:00Z', 'Europe/Berlin')).toBe('2023-03-26T10:00:00+02:00');
    expect(zonedIso('2023-03-26T00:59:59Z', 'Europe/Berlin')).toBe('2023-03-26T01:59:59+01:00');
    expect(zonedIso('2023-03-26T01:00:00Z', 'Europe/Berlin')).toBe('2023-03-26T03:00:00+02:00');
    expect(zonedIso('2022-04-26T01:00:00Z', 'Asia/Kathmandu')).toBe('2022-04-26T06:45:00+05:45');
    expect(zonedIso('2022-04-26T01:00:00Z', 'America/St_Johns')).toBe('2022-04-25T22:30:00-02:30');
    expect(zonedIso(Date.UTC(2022, 3, 25, 15), 'UTC')).toBe('2022-04-25T15:00:00+00:00');
  });
  it('refuses a non-instant', () => {
    expect(() => zonedIso('soon', 'UTC')).toThrow(RangeError);
  });
});

describe('zonedInstant', () => {
  const at = (date: string, minutes: number, zone: string) => new Date(zonedInstant(date, minutes, zone)).toISOString();
  it('finds the instant a wall-clock time names, on either side of a DST change', () => {
    expect(at('2023-03-25', 240, 'Europe/Berlin')).toBe('2023-03-25T03:00:00.000Z');
    expect(at('2023-03-26', 240, 'Europe/Berlin')).toBe('2023-03-26T02:00:00.000Z');
    expect(at('2022-04-26', 0, 'UTC')).toBe('2022-04-26T00:00:00.000Z');
    expect(at('2022-04-26', 0, 'Asia/Shanghai')).toBe('2022-04-25T16:00:00.000Z');
  });
  it('moves a skipped time forward by the gap, and takes the first of a repeated time', () => {
    // 02:30 does not exist in Berlin on 26 March 2023 (02:00 → 03:00): 03:30 CEST.
    expect(at('2023-03-26', 150, 'Europe/Berlin')).toBe('2023-03-26T01:30:00.000Z');
    // 02:30 happens twice on 29 October 2023: the first is still CEST.
    expect(at('2023-10-29', 150, 'Europe/Berlin')).toBe('2023-10-29T00:30:00.000Z');
  });
});

describe('DEFAULT_GENERATOR', () => {
  it('names this software by its package name, not a conference', () => {
    expect(DEFAULT_GENERATOR.name).toBe('conference-schedule');
  });
});

describe('acronymOf', () => {
  it('makes an acronym both schemas accept', () => {
    for (const name of ['IstioCon 2022', 'TestCon', 'A B', 'KubeCon + CloudNativeCon Europe 2022']) {
      const acronym = acronymOf(name);
      expect(acronym).toMatch(XSD_ACRONYM);
      expect(acronym).toMatch(JSON_ACRONYM);
    }
    expect(acronymOf('IstioCon 2022')).toBe('istiocon_2022');
  });
});

describe('vocSlug', () => {
  it('joins acronym, code and the slug', () => {
    expect(vocSlug({ code: 'a1a', slug: 'state-istio', title: 'State of Istio' }, 'istiocon_2022')).toBe(
      'istiocon_2022-a1a-state-istio',
    );
  });
  it('falls back to the ASCII words of the title, then to "session", for non-ASCII slugs', () => {
    expect(vocSlug({ code: 'e3', slug: 'istio推送的性能优化经验', title: 'istio推送的性能优化经验' }, 'x_2022')).toBe(
      'x_2022-e3-istio',
    );
    expect(vocSlug({ code: 'e9', slug: '中文', title: '中文标题' }, 'x_2022')).toBe('x_2022-e9-session');
  });
  it('fits both slug patterns for every real session, and is unique', () => {
    const program = loadProgram();
    const slugs = program.sessions.map((s) => vocSlug(s, acronymOf(program.event.name)));
    for (const slug of slugs) {
      expect(slug).toMatch(XSD_SLUG);
      expect(slug).toMatch(JSON_SLUG);
    }
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('timeslotMinutes', () => {
  it('is the coarsest grid every start and duration sits on', () => {
    const at = (start: string, end: string) => ({ start: `2022-04-25T${start}:00Z`, end: `2022-04-25T${end}:00Z` });
    expect(timeslotMinutes([at('15:00', '15:30'), at('15:30', '16:15')])).toBe(15);
    expect(timeslotMinutes([at('15:00', '15:25')])).toBe(5);
    expect(timeslotMinutes([at('15:00', '15:07')])).toBe(1);
    expect(timeslotMinutes(loadProgram().sessions)).toBe(5);
  });
  it("reads starts on the event zone's clock", () => {
    // 09:00 in Kathmandu (+05:45) is 03:15 UTC: on the quarter hour there, on 15 minutes in UTC too;
    // 09:10 there is 03:25 UTC, a 5-minute grid in UTC but 10 on the local clock.
    const s = [{ start: '2022-04-26T09:10:00+05:45', end: '2022-04-26T09:30:00+05:45' }];
    expect(timeslotMinutes(s, 'Asia/Kathmandu')).toBe(10);
    expect(timeslotMinutes(s, 'UTC')).toBe(5);
  });
});

describe('contentVersion', () => {
  it('is stable for the same content and changes with it', () => {
    const a = sampleProgram();
    expect(contentVersion(a)).toBe(contentVersion(sampleProgram()));
    expect(contentVersion(a)).toMatch(/^[0-9a-f]{12}$/);
    const b = sampleProgram();
    b.sessions[0].title += '!';
    expect(contentVersion(b)).not.toBe(contentVersion(a));
    const c = sampleProgram();
    c.sessions[0].languages = ['en', 'de'];
    expect(contentVersion(c)).not.toBe(contentVersion(a));
    const d = sampleProgram();
    d.event.dayChange = 240;
    expect(contentVersion(d)).not.toBe(contentVersion(a));
  });
});

describe('scheduleModel', () => {
  it('covers every conference day, with every room in order and events in time order', () => {
    const model = scheduleModel(sampleProgram(), { baseUrl: SAMPLE_BASE });
    expect(model.days.map((d) => [d.index, d.date, d.start, d.end])).toEqual([
      [1, '2022-04-25', '2022-04-25T00:00:00+00:00', '2022-04-25T23:59:59+00:00'],
      [2, '2022-04-26', '2022-04-26T00:00:00+00:00', '2022-04-26T23:59:59+00:00'],
    ]);
    expect(model.days[0].rooms.map((r) => [r.name, r.events.map((e) => e.id)])).toEqual([
      ['Livestream', [1, 2]],
      ['Workshop room', [3]],
    ]);
    expect(model.eventCount).toBe(4);
  });
  it('groups by the conference day in the event zone even when a session is written with another offset', () => {
    const model = scheduleModel(sampleProgram(), { baseUrl: SAMPLE_BASE });
    const zh = model.days[1].rooms[0].events[0];
    expect([zh.date, zh.start, zh.duration]).toEqual(['2022-04-26T01:00:00+00:00', '01:00', '00:40']);
  });
  it('lowercases track colours and links video, original page and slides', () => {
    const model = scheduleModel(sampleProgram(), { baseUrl: SAMPLE_BASE });
    expect(model.tracks[0].color).toBe('#516baa');
    const a1 = model.days[0].rooms[0].events[0];
    expect(a1.links.map((l) => l.type)).toEqual(['media', 'web']);
    expect(a1.attachments).toEqual([{ type: 'slides', url: 'https://example.org/slides/a1.pdf', title: 'Slides' }]);
  });
  it('percent-encodes a raw Chinese original page', () => {
    const model = scheduleModel(sampleProgram(), { baseUrl: SAMPLE_BASE });
    const zh = model.days[1].rooms[0].events[0];
    expect(zh.originUrl).toBe(
      'https://events.example.org/testcon-2022/sessions/%E5%9F%BA%E4%BA%8Eistio%E6%9E%84%E5%BB%BA%E8%B6%85%E5%A4%A7%E8%A7%84%E6%A8%A1%E9%9B%86%E7%BE%A4/',
    );
    expect(zh.links.find((l) => l.type === 'web')?.url).toBe(zh.originUrl);
  });
});

/** Every event of a model with the date of the day it is filed under. */
const filed = (model: ExportSchedule) =>
  model.days.flatMap((d) => d.rooms.flatMap((r) => r.events.map((e) => ({ day: d.date, room: r.name, e }))));

describe('scheduleModel on the neutral program (Europe/Berlin, day change 04:00, DST night)', () => {
  const program = loadProgram(NEUTRAL_CONTENT);
  const model = scheduleModel(program, { baseUrl: 'https://schedule.example.org/' });
  const byCode = (m: ExportSchedule, code: string) => filed(m).find((f) => f.e.id === Number(code))!;

  it("describes the event's zone and day change", () => {
    expect([model.timeZone, model.dayChange, model.start, model.end]).toEqual([
      'Europe/Berlin',
      '04:00:00',
      '2023-03-25',
      '2023-03-26',
    ]);
  });
  it('bounds each conference day by the day change, with the offset in force then (23 hours over the DST night)', () => {
    expect(model.days.map((d) => [d.index, d.date, d.start, d.end])).toEqual([
      [1, '2023-03-25', '2023-03-25T04:00:00+01:00', '2023-03-26T03:59:59+02:00'],
      [2, '2023-03-26', '2023-03-26T04:00:00+02:00', '2023-03-27T03:59:59+02:00'],
    ]);
    const hours = (d: { start: string; end: string }) => (Date.parse(d.end) + 1000 - Date.parse(d.start)) / 3_600_000;
    expect(model.days.map(hours)).toEqual([23, 24]);
  });
  it('files every session once, under its conference day, with wall-clock start and zone-offset instants', () => {
    expect(filed(model)).toHaveLength(program.sessions.length);
    const zh = byCode(model, '9');
    expect([zh.day, zh.e.start, zh.e.date, zh.e.end]).toEqual([
      '2023-03-26',
      '10:00',
      '2023-03-26T10:00:00+02:00',
      '2023-03-26T10:40:00+02:00',
    ]);
    const opening = byCode(model, '1');
    expect([opening.day, opening.e.start, opening.e.date]).toEqual([
      '2023-03-25',
      '09:00',
      '2023-03-25T09:00:00+01:00',
    ]);
    const late = byCode(model, '8');
    expect([late.day, late.e.start, late.e.end, late.e.duration]).toEqual([
      '2023-03-25',
      '23:30',
      '2023-03-26T01:30:00+01:00',
      '02:00',
    ]);
  });
  it('files a session starting after midnight, before the day change, under the evening before', () => {
    const late = byCode(scheduleModel(afterMidnight(program), { baseUrl: 'https://schedule.example.org/' }), '8');
    // 01:30 CET to 03:30 CEST is one hour: the clocks skip 02:00–03:00 that night.
    expect([late.day, late.e.start, late.e.date, late.e.end, late.e.duration]).toEqual([
      '2023-03-25',
      '01:30',
      '2023-03-26T01:30:00+01:00',
      '2023-03-26T03:30:00+02:00',
      '01:00',
    ]);
  });
  it('exports the first language of a two-language session', () => {
    expect(byCode(model, '4').e.language).toBe('de');
  });
  it('writes a null track and an empty type for a session without either', () => {
    const lightning = byCode(model, '5');
    expect([lightning.e.track, lightning.e.type]).toEqual([null, '']);
  });
  it('uses subtitle, links, slides and speaker data', () => {
    const schedulers = byCode(model, '2').e;
    expect(schedulers.subtitle).toBe('What the kernel does when you are not looking');
    expect(schedulers.links).toContainEqual({
      type: 'related',
      url: 'https://code.example.org/schedulers',
      title: 'Source code',
    });
    expect(schedulers.attachments).toEqual([
      { type: 'slides', url: 'https://conf.example.org/2023/slides/schedulers.pdf', title: 'Slides' },
    ]);
    const ada = schedulers.persons[0];
    expect([ada.name, ada.biography, ada.links]).toEqual([
      'Ada Example',
      'Ada writes schedulers. She has spoken at **many** conferences.',
      [{ type: 'web', url: 'https://ada.example.org/', title: 'Homepage' }],
    ]);
    expect(ada.id).toBeGreaterThan(0);
  });
  it('gives each speaker one id across sessions, distinct between speakers', () => {
    const ids = new Map<string, Set<number>>();
    for (const { e } of filed(model))
      for (const p of e.persons) ids.set(p.name, (ids.get(p.name) ?? new Set()).add(p.id));
    for (const set of ids.values()) expect(set.size).toBe(1);
    const all = [...ids.values()].map((set) => [...set][0]);
    expect(new Set(all).size).toBe(all.length);
  });
  it('leaves out a slug the formats refuse and keeps ASCII ones', () => {
    expect(model.tracks.map((t) => t.slug)).toEqual(['systems', 'community']);
    expect(model.rooms.map((r) => r.slug)).toEqual(['hall-a', 'room-b', 'room-c']);
    const unicode = { ...program, tracks: [{ ...program.tracks[0], slug: '系统' }] };
    expect(scheduleModel(unicode, { baseUrl: 'https://x.org/' }).tracks[0].slug).toBeUndefined();
  });
  it('does not depend on the machine zone', () => {
    expect(
      JSON.stringify(scheduleModel(loadProgram(NEUTRAL_CONTENT), { baseUrl: 'https://schedule.example.org/' })),
    ).toBe(JSON.stringify(model));
  });
});

describe('scheduleModel on IstioCon (UTC, no day change)', () => {
  const model = scheduleModel(loadProgram(), { baseUrl: 'https://x.org/' });
  it('files the 01:00–03:20 UTC Chinese sessions under 26 April', () => {
    const early = filed(model).filter((f) => f.e.date >= '2022-04-26T00' && f.e.date < '2022-04-26T04');
    expect(early.length).toBeGreaterThan(0);
    for (const f of early) expect(f.day).toBe('2022-04-26');
    expect(model.dayChange).toBe('00:00:00');
  });
});
