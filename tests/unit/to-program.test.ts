import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ContentError,
  DEFAULT_POPULAR_ZONES,
  TRACK_PALETTE,
  toProgram,
  type RawProgram,
} from '../../src/lib/to-program';
import { canonicalZone } from '../../src/lib/time';
import { eventSchema, trackSchema } from '../../src/schemas/taxonomy';
import { EMPTY_CONTENT, loadProgram, NEUTRAL_CONTENT, readContent } from '../helpers/content';
import { parsed } from '../helpers/schema-issues';

/** The neutral program's records as the schemas parsed them, ready to change. */
const raw = (): RawProgram => structuredClone(readContent(NEUTRAL_CONTENT).raw);
const EVENT_FILE = 'tests/fixtures/programs/neutral/event.yaml';

describe('toProgram', () => {
  it('maps the neutral program', () => {
    const p = toProgram(raw());
    expect(p.event).toEqual({
      id: 'fixture-conf',
      name: 'Fixture Conf 2023',
      url: 'https://conf.example.org/2023/',
      siteUrl: undefined,
      description: undefined,
      format: 'in-person',
      venue: 'Example Hall',
      city: 'Berlin',
      timeZone: 'Europe/Berlin',
      dayChange: 240,
      firstDay: '2023-03-25',
      lastDay: '2023-03-26',
      locales: ['en'],
      popularZones: ['America/New_York', 'Asia/Tokyo'],
      storagePrefix: 'fixture-conf',
      blocks: [],
    });
    expect(p.sessions).toHaveLength(10);
    expect(p.speakers).toHaveLength(4);
  });

  it('fills the event’s defaults: calendar days, one locale, popular zones, the id as storage prefix', () => {
    const r = raw();
    r.event[0].data = parsed(eventSchema(), {
      id: 'plain-conf',
      name: 'Plain Conf',
      timeZone: 'UTC',
      firstDay: '2023-03-25',
      lastDay: '2023-03-26',
      locale: 'zh-Hans',
    });
    expect(toProgram(r).event).toMatchObject({
      dayChange: 0,
      locales: ['zh-Hans'],
      popularZones: DEFAULT_POPULAR_ZONES,
      storagePrefix: 'plain-conf',
      blocks: [],
    });
  });

  it('offers only real zones by default, and distinct colours', () => {
    for (const zone of DEFAULT_POPULAR_ZONES) expect(canonicalZone(zone)).toBe(zone);
    expect(TRACK_PALETTE).toHaveLength(12);
    expect(new Set(TRACK_PALETTE).size).toBe(12);
    for (const colour of TRACK_PALETTE) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives a track its name as label and a palette colour by its place, when it has none', () => {
    const r = raw();
    r.tracks = Array.from({ length: 14 }, (_, i) => ({
      id: `t${i}`,
      data: parsed(trackSchema(), {
        id: `t${i}`,
        name: `Track ${i}`,
        ...(i === 1 ? { label: 'One', color: '#123456' } : {}),
      }),
      file: 'tracks.yaml',
    }));
    for (const s of r.sessions) delete s.data.track;
    const tracks = toProgram(r).tracks;
    expect(tracks[0]).toEqual({ slug: 't0', name: 'Track 0', label: 'Track 0', color: TRACK_PALETTE[0] });
    expect(tracks[1]).toEqual({ slug: 't1', name: 'Track 1', label: 'One', color: '#123456' });
    expect(tracks[2].color).toBe(TRACK_PALETTE[2]);
    // The palette wraps around after twelve.
    expect(tracks[12].color).toBe(TRACK_PALETTE[0]);
    expect(tracks[13].color).toBe(TRACK_PALETTE[1]);
  });

  it('makes a list of a session’s languages, once each, and its abstract from the trimmed body', () => {
    const r = raw();
    const [first] = r.sessions;
    first.data.language = ['de', 'en', 'de'];
    first.body = '\n\n  The abstract.  \n\n';
    r.sessions[1].data.language = 'zh-Hans';
    r.sessions[2].body = undefined;
    const p = toProgram(r);
    const of = (id: string) => p.sessions.find((s) => s.file === r.sessions.find((x) => x.id === id)!.file)!;
    expect(of(first.id)).toMatchObject({ languages: ['de', 'en'], abstract: 'The abstract.' });
    expect(of(r.sessions[1].id).languages).toEqual(['zh-Hans']);
    expect(of(r.sessions[2].id).abstract).toBe('');
    expect(p.sessions.every((s) => !('language' in s))).toBe(true);
  });

  it('sorts sessions by time, speakers by name and rooms by order, and keeps each record’s file', () => {
    const r = raw();
    r.sessions.reverse();
    r.rooms.reverse();
    const p = toProgram(r);
    expect(p.sessions.map((s) => s.slug)).toEqual(loadProgram(NEUTRAL_CONTENT).sessions.map((s) => s.slug));
    expect(p.sessions[0]).toMatchObject({
      slug: 'opening',
      file: 'tests/fixtures/programs/neutral/sessions/opening.md',
    });
    expect(p.speakers.map((s) => s.name)).toEqual(['Ada Example', 'Bo Sample', 'Dana Test', 'Li Chen']);
    expect(p.speakers[0]).toMatchObject({
      slug: 'ada-example',
      file: 'tests/fixtures/programs/neutral/speakers/ada-example.yaml',
    });
    expect(p.rooms.map((x) => x.slug)).toEqual(['hall-a', 'room-b', 'room-c']);
    expect(p.languages.map((l) => l.code)).toEqual(['en', 'de', 'zh-Hans']);
  });

  it('loads a program without sessions', () => {
    const p = loadProgram(EMPTY_CONTENT);
    expect(p.sessions).toEqual([]);
    expect(p.speakers).toEqual([]);
    expect(p.tracks).toEqual([]);
    expect(p.event).toMatchObject({ id: 'empty-conf', timeZone: 'America/New_York', dayChange: 0, locales: ['en'] });
  });

  it('throws a ContentError when there is not exactly one event', () => {
    const none = raw();
    none.event = [];
    expect(() => toProgram(none)).toThrow(ContentError);
    expect(() => toProgram(none)).toThrow(
      'The program content has 1 problem:\n  content/event.yaml › event: must describe exactly one event; it has 0',
    );
    const two = raw();
    two.event.push(two.event[0]);
    expect(() => toProgram(two)).toThrow(`${EVENT_FILE} › event: must describe exactly one event; it has 2`);
  });

  it('throws a ContentError listing every cross-record problem as "file › field: reason"', () => {
    const r = raw();
    r.sessions[0].data.room = 'attic';
    r.sessions[1].data.speakers = ['ghost'];
    r.rooms.push(r.rooms[0]);
    let error: unknown;
    try {
      toProgram(r);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const { message, problems, name, stack } = error as ContentError;
    expect(name).toBe('ContentError');
    expect(problems).toHaveLength(3);
    expect(message.split('\n')).toEqual([
      'The program content has 3 problems:',
      '  tests/fixtures/programs/neutral/rooms.yaml › id: "hall-a" is listed twice',
      `  ${r.sessions[0].file} › room: room "attic" does not exist; known rooms: "hall-a", "room-b", "room-c"`,
      `  ${r.sessions[1].file} › speakers[0]: speaker "ghost" does not exist (no speakers/ghost.yaml)`,
    ]);
    // The stack is the message alone, so the build log shows the problems and not Astro's frames.
    expect(stack).toBe(`ContentError: ${message}`);
  });
});

describe('a content folder read like the build reads it', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A copy of the neutral folder with one file changed. */
  const copy = (file: string, edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    dirs.push(dir);
    cpSync(NEUTRAL_CONTENT, dir, { recursive: true });
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
    return dir;
  };

  it('stops on a schema problem, naming the file, the field and the reason', () => {
    const dir = copy('sessions/opening.md', (t) =>
      t.replace('end: "2023-03-25T09:20:00+01:00"', 'end: "2023-03-25T08:20:00+01:00"'),
    );
    expect(() => loadProgram(dir)).toThrow(/sessions\/opening\.md › end: must be after start/);
  });

  it('stops on a cross-record problem the same way', () => {
    const dir = copy('sessions/opening.md', (t) => t.replace('room: "hall-a"', 'room: "attic"'));
    expect(() => loadProgram(dir)).toThrow(/sessions\/opening\.md › room: room "attic" does not exist; known rooms: /);
  });
});
