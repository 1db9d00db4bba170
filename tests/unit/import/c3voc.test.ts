/**
 * The c3voc schedule.json importer on pretalx's DemoCon example (tests/fixtures/formats): 36
 * events over 3 days, `time_zone_name` "UTC" beside dates with +01:00 offsets.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFolder } from '../../../src/cli/import';
import { ImportError, importProgram, type ImportOptions } from '../../../src/lib/import/index';
import { loadProgram } from '../../helpers/content';
import { ROOT } from '../../helpers/dist';

const SOURCE = readFileSync(join(ROOT, 'tests/fixtures/formats/example-pretalx-democon.schedule.json'), 'utf8');
const temp = mkdtempSync(join(tmpdir(), 'import-c3voc-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface DemoEvent {
  id: number;
  guid: string;
  date?: string;
  end?: string;
  duration: string;
  room: string;
  persons: { code: string }[];
  [key: string]: unknown;
}

/** A fresh, editable copy of the DemoCon document, and its events. */
function demo() {
  const doc = JSON.parse(SOURCE);
  const days: { rooms: Record<string, DemoEvent[]> }[] = doc.schedule.conference.days;
  return { doc, days, events: days.flatMap((d) => Object.values(d.rooms).flat()) };
}

function importInto(name: string, source: string, options: ImportOptions = {}) {
  const result = importProgram(source, options);
  const out = join(temp, name);
  writeFolder(out, result.files, false);
  return { ...result, program: loadProgram(out) };
}

function importError(source: string, options: ImportOptions = {}): ImportError {
  try {
    importProgram(source, options);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

describe('pretalx DemoCon schedule.json', () => {
  const { events } = demo();
  const { program, files, report } = importInto('democon', SOURCE);

  it('reads back with the site’s schemas, with the source’s counts', () => {
    expect(program.sessions).toHaveLength(events.length);
    expect(program.sessions).toHaveLength(36);
    expect(program.speakers).toHaveLength(new Set(events.flatMap((e) => e.persons.map((p) => p.code))).size);
    expect(program.rooms.map((r) => [r.name, r.order])).toEqual([
      ['Gray Room', 1],
      ['Tan Room', 2],
    ]);
    expect(program.tracks.map((t) => t.name)).toEqual(['Phased', 'Horizontal']);
    expect(program.types.map((t) => t.name)).toEqual(['Talk', 'Workshop']);
    expect(report.skipped).toEqual([]);
  });

  it('describes the event, with the day change from day_start in the event zone', () => {
    expect(program.event).toMatchObject({
      id: 'democon',
      name: 'DemoCon',
      timeZone: 'UTC',
      dayChange: 3 * 60,
      firstDay: '2020-12-14',
      lastDay: '2020-12-16',
    });
  });

  it('trusts each event’s dated instant and keeps its guid, slug, page and texts', () => {
    const session = program.sessions.find((s) => s.code === '25')!;
    expect(session).toMatchObject({
      slug: 'democon-25-focused-5thgeneration-hardware',
      guid: '8079583e-8321-506c-95af-fd2903a5f075',
      start: '2020-12-14T08:00:00Z',
      end: '2020-12-14T08:30:00Z',
      originalPage: 'http://localhost/democon/talk/G9JGWY/',
      track: 'phased',
      type: 'talk',
      languages: ['en'],
      abstract: 'Brand back-end models!',
      description:
        'Station provide certain mean. Toward region beautiful language blood. Professional economic pattern a. Human plan institution thus.',
    });
    const speaker = program.speakers.find((s) => s.slug === session.speakers[0])!;
    expect(speaker).toMatchObject({ name: 'Brian Robinson', sourceId: 'NQTF8Y' });
    expect(speaker.bio).toMatch(/^Break through direction\. .*\n\nPhone front role/s);
  });

  it('keeps one speaker per person code across their sessions', () => {
    const counts = new Map<string, number>();
    for (const e of events) for (const p of e.persons) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    const [code, times] = [...counts].find(([, n]) => n > 1)!;
    const speaker = program.speakers.find((s) => s.sourceId === code)!;
    expect(program.sessions.filter((s) => s.speakers.includes(speaker.slug))).toHaveLength(times);
  });

  it('gives byte-identical files on a second import', () => {
    expect(importProgram(SOURCE).files).toEqual(files);
  });

  it('lets --zone override time_zone_name for the event’s days and day change', () => {
    const berlin = importProgram(SOURCE, { zone: 'Europe/Berlin' }).files.get('event.yaml');
    expect(berlin).toContain('timeZone: "Europe/Berlin"\n  dayChange: "04:00"');
    expect(
      importProgram(SOURCE, { zone: 'Europe/Berlin' }).files.get(
        'sessions/democon-25-focused-5thgeneration-hardware.md',
      ),
    ).toContain('start: "2020-12-14T08:00:00Z"');
  });
});

describe('refusing bad c3voc input', () => {
  it('refuses a truncated file at the line and column where it ends', () => {
    const cut = SOURCE.slice(0, 5000);
    const error = importError(cut);
    const lines = cut.split('\n');
    expect(error.reason).toMatch(/is not valid JSON: the JSON ends too early/);
    expect(error.place).toEqual({ line: lines.length, column: lines[lines.length - 1].length + 1 });
  });

  it('refuses a JSON syntax error at its line and column', () => {
    const broken = SOURCE.replace('"acronym": "democon",', '"acronym": "democon",,');
    const error = importError(broken);
    const before = broken.slice(0, broken.indexOf(',,') + 1).split('\n');
    expect(error.place).toEqual({ line: before.length, column: before[before.length - 1].length + 1 });
  });

  it('refuses an event filed under a room that conference.rooms does not list', () => {
    const { doc, days } = demo();
    days[1].rooms['Blue Room'] = days[1].rooms['Tan Room'];
    delete days[1].rooms['Tan Room'];
    const error = importError(JSON.stringify(doc));
    expect(error.place.path).toBe('schedule.conference.days[1].rooms["Blue Room"]');
    expect(error.reason).toBe('room "Blue Room" is not in schedule.conference.rooms (Gray Room, Tan Room)');
  });

  it('refuses an event that ends before it starts, naming its end', () => {
    const { doc, days } = demo();
    days[0].rooms['Gray Room'][2].end = '2020-12-14T09:00:00+01:00';
    const error = importError(JSON.stringify(doc));
    expect(error.place.path).toBe('schedule.conference.days[0].rooms["Gray Room"][2].end');
    expect(error.reason).toBe('ends at 2020-12-14T08:00:00Z, before it starts at 2020-12-14T09:00:00Z');
  });

  it('refuses a date that is not one and an unknown time zone, with their paths', () => {
    const { doc, days } = demo();
    days[2].rooms['Tan Room'][0].date = 'Monday morning';
    expect(importError(JSON.stringify(doc)).place.path).toBe('schedule.conference.days[2].rooms["Tan Room"][0].date');
    const zone = demo();
    zone.doc.schedule.conference.time_zone_name = 'Mars/Olympus';
    expect(importError(JSON.stringify(zone.doc)).place.path).toBe('schedule.conference.time_zone_name');
  });

  it('refuses JSON that is neither format, and HTML', () => {
    expect(importError('{"talks": []}').reason).toMatch(
      /neither a c3voc schedule\.json .* nor a Sessionize "All" export/,
    );
    expect(importError('<!DOCTYPE html><html><body>Schedule</body></html>').reason).toMatch(/is an HTML page/);
    expect(importError('Title,Start\nTalk,09:00').reason).toMatch(/is neither XML nor JSON/);
  });

  it('lists an event without a date as not imported', () => {
    const { doc, days } = demo();
    delete days[0].rooms['Tan Room'][1].date;
    const { report, files } = importProgram(JSON.stringify(doc));
    expect(report.skipped).toEqual([
      {
        code: String(days[0].rooms['Tan Room'][1].id),
        path: 'schedule.conference.days[0].rooms["Tan Room"][1]',
        reason: 'has no start or end time',
      },
    ]);
    expect([...files.keys()].filter((f) => f.startsWith('sessions/'))).toHaveLength(35);
  });
});
