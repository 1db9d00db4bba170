/**
 * The Sessionize importer on tests/fixtures/sessionize/example-summit.json, a small "All" export
 * written by hand from Sessionize's documented shape (an invented "Example Summit"). Its two days
 * straddle the start of summer time in Amsterdam (31 March 2024); it has a service session
 * without speakers, HTML-like text, a recording, a shared speaker, two people with one name, a
 * "Level" category the site has no place for, an unscheduled session and one without a room.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFolder } from '../../../src/cli/import';
import { ImportError, importProgram, type ImportOptions } from '../../../src/lib/import/index';
import { loadProgram } from '../../helpers/content';
import { ROOT } from '../../helpers/dist';

const SOURCE = readFileSync(join(ROOT, 'tests/fixtures/sessionize/example-summit.json'), 'utf8');
const OPTIONS: ImportOptions = { zone: 'Europe/Amsterdam', name: 'Example Summit 2024' };
const temp = mkdtempSync(join(tmpdir(), 'import-sessionize-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface SessionizeSession {
  id: string;
  startsAt: string | null;
  endsAt: string | null;
  roomId: number | null;
  speakers: string[];
  categoryItems: number[];
}

/** A fresh, editable copy of the export. */
const fixture = () => JSON.parse(SOURCE) as { sessions: SessionizeSession[]; [key: string]: unknown };

function importInto(name: string, source: string, options: ImportOptions) {
  const result = importProgram(source, options);
  const out = join(temp, name);
  writeFolder(out, result.files, false);
  return { ...result, program: loadProgram(out) };
}

function importError(source: string, options: ImportOptions = OPTIONS): ImportError {
  try {
    importProgram(source, options);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

describe('a Sessionize "All" export', () => {
  const { program, files, report } = importInto('summit', SOURCE, OPTIONS);
  const byCode = (code: string) => program.sessions.find((s) => s.code === code)!;

  it('reads back with the site’s schemas, with the source’s counts', () => {
    expect(program.sessions).toHaveLength(11);
    expect(program.rooms.map((r) => [r.slug, r.name, r.order])).toEqual([
      ['main-hall', 'Main Hall', 1],
      ['room-b', 'Room B', 2],
      ['workshop-lab', 'Workshop Lab', 3],
    ]);
    expect(program.tracks.map((t) => t.name)).toEqual(['Web Platform', 'Cloud & Operations']);
    expect(program.types.map((t) => t.name)).toEqual(['Session', 'Workshop', 'Lightning talk', 'Keynote']);
    expect(program.languages).toEqual([
      { code: 'de', name: 'German', nativeName: 'Deutsch' },
      { code: 'en', name: 'English' },
    ]);
    expect(program.event).toMatchObject({
      id: 'example-summit-2024',
      name: 'Example Summit 2024',
      timeZone: 'Europe/Amsterdam',
      firstDay: '2024-03-30',
      lastDay: '2024-03-31',
    });
  });

  it('converts local times with the zone, on both sides of the change to summer time', () => {
    expect(byCode('612002')).toMatchObject({ start: '2024-03-30T08:00:00Z', end: '2024-03-30T08:45:00Z' });
    expect(byCode('612009')).toMatchObject({ start: '2024-03-31T07:00:00Z', end: '2024-03-31T07:45:00Z' });
    // 22:00 to 04:00 local across the night the clocks go forward: five hours, not six.
    expect(byCode('612008')).toMatchObject({ start: '2024-03-30T21:00:00Z', end: '2024-03-31T02:00:00Z' });
  });

  it('makes slugs from title and id, and keeps the source’s ids as codes', () => {
    expect(byCode('612003').slug).toBe('why-script-tags-innerhtml-still-bite-612003');
    expect(files.has('sessions/why-script-tags-innerhtml-still-bite-612003.md')).toBe(true);
  });

  it('maps categories to track, type and languages, and the recording to video', () => {
    expect(byCode('612004')).toMatchObject({
      track: 'cloud-operations',
      type: 'session',
      languages: ['de'],
      video: 'https://www.youtube.com/watch?v=exampleRec01',
    });
    expect(byCode('612009').languages).toEqual(['en', 'de']);
    expect(report.notes).toContain('categories[3]: "Level" is not a track, format or language category; not imported');
  });

  it('keeps service sessions without speakers, in the language the user gets told about', () => {
    expect(byCode('612001')).toMatchObject({ title: 'Registration and coffee', speakers: [], languages: ['en'] });
    expect(report.notes).toContain(
      '2 sessions name no language: written as "en" (the event locale; choose another with --language)',
    );
    const german = importProgram(SOURCE, { ...OPTIONS, language: 'de' }).files.get('sessions/lunch-612006.md');
    expect(german).toContain('language: "de"');
  });

  it('shows HTML-like text as text', () => {
    const abstract = byCode('612003').abstract;
    expect(abstract).toContain('\\<script\\>alert("pwned")\\</script\\>');
    expect(abstract).not.toMatch(/(^|[^\\])</);
    expect(byCode('612003').title).toBe('Why <script> tags & innerHTML still bite');
  });

  it('writes each speaker once, with distinct slugs for two people of one name', () => {
    expect(program.speakers.map((s) => s.slug).sort()).toEqual([
      'ada-moreno',
      'alex-kim',
      'alex-kim-2',
      'kenji-watanabe',
      'sam-oneil',
      'zoe-muller-lokken',
      '王芳',
    ]);
    expect(program.sessions.filter((s) => s.speakers.includes('kenji-watanabe')).map((s) => s.code)).toEqual([
      '612004',
      '612009',
    ]);
    expect(program.speakers.find((s) => s.slug === 'ada-moreno')).toMatchObject({
      designation: 'Principal Engineer at Example Corp',
      twitter: 'https://twitter.com/ada_example',
      linkedin: 'https://www.linkedin.com/in/ada-moreno-example',
      links: [{ title: 'Blog', url: 'https://ada.example.org/' }],
      sourceId: '0b6f2a52-4b7e-4c1a-9d61-3f7e2a1c5b01',
    });
    expect(program.speakers.find((s) => s.slug === 'zoe-muller-lokken')?.twitter).toBe('https://x.com/zoe_example');
    expect(report.notes).toContain('speakers[1].links[1].url: "javascript:alert(1)" is not an http(s) URL; left out');
  });

  it('lists the unscheduled session and the one without a room as not imported, with their ids', () => {
    expect(report.skipped).toEqual([
      { code: '612012', path: 'sessions[11]', reason: 'has no start or end time' },
      { code: '612013', path: 'sessions[12]', reason: 'has no room' },
    ]);
    // Priya Raman's only session was not imported, so she gets no page.
    expect(program.speakers.some((s) => s.name === 'Priya Raman')).toBe(false);
  });

  it('gives byte-identical files on a second import', () => {
    expect(importProgram(SOURCE, OPTIONS).files).toEqual(files);
  });
});

describe('refusing bad Sessionize input', () => {
  it('needs --zone, and --name', () => {
    expect(importError(SOURCE, { name: 'X' }).reason).toMatch(
      /a Sessionize export has local times and names no time zone: give the event's zone with --zone/,
    );
    expect(importError(SOURCE, { zone: 'Europe/Amsterdam' }).reason).toMatch(
      /does not name the event: give its name with --name/,
    );
  });

  it('refuses a session that ends before it starts, naming its endsAt', () => {
    const doc = fixture();
    doc.sessions[3].endsAt = '2024-03-30T09:15:00';
    const error = importError(JSON.stringify(doc));
    expect(error.place.path).toBe('sessions[3].endsAt');
    expect(error.reason).toBe('ends at 2024-03-30T08:15:00Z, before it starts at 2024-03-30T09:00:00Z');
  });

  it('refuses a room id that is not in rooms', () => {
    const doc = fixture();
    doc.sessions[2].roomId = 99999;
    const error = importError(JSON.stringify(doc));
    expect(error.place.path).toBe('sessions[2].roomId');
    expect(error.reason).toBe('room 99999 is not in rooms (10001 "Main Hall", 10002 "Room B", 10003 "Workshop Lab")');
  });

  it('refuses unknown speakers and category items, and local times the clocks skip', () => {
    const doc = fixture();
    doc.sessions[1].speakers = ['nobody'];
    expect(importError(JSON.stringify(doc)).place.path).toBe('sessions[1].speakers[0]');
    const items = fixture();
    items.sessions[1].categoryItems = [12345];
    expect(importError(JSON.stringify(items)).place.path).toBe('sessions[1].categoryItems[0]');
    const gap = fixture();
    gap.sessions[7].endsAt = '2024-03-31T02:30:00';
    expect(importError(JSON.stringify(gap))).toMatchObject({
      place: { path: 'sessions[7].endsAt' },
      reason: '"2024-03-31T02:30:00" is not a date and time that exists in Europe/Amsterdam',
    });
  });

  it('refuses a truncated export at its end', () => {
    const cut = SOURCE.slice(0, SOURCE.length / 2);
    expect(importError(cut).reason).toMatch(/the file looks truncated/);
    expect(importError(cut).place.line).toBe(cut.split('\n').length);
  });
});
