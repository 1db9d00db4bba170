import { describe, expect, it } from 'vitest';
import {
  acronymOf,
  contentVersion,
  hhmm,
  scheduleModel,
  timeslotMinutes,
  utcOffsetIso,
  vocSlug,
} from '../../src/lib/schedule-export';
import { loadProgram } from './fixtures/load-program';
import { SAMPLE_BASE, sampleProgram } from './fixtures/sample-program';

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
});

describe('contentVersion', () => {
  it('is stable for the same content and changes with it', () => {
    const a = sampleProgram();
    expect(contentVersion(a)).toBe(contentVersion(sampleProgram()));
    expect(contentVersion(a)).toMatch(/^[0-9a-f]{12}$/);
    const b = sampleProgram();
    b.sessions[0].title += '!';
    expect(contentVersion(b)).not.toBe(contentVersion(a));
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
  it('groups by the UTC date even when a session is written with another offset', () => {
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
});
