/**
 * The frab importer on FOSDEM 2024's real schedule.xml (an older frab shape: local <start>
 * times, no zone, a day change) and on small hand-written files in the newer shape.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFolder } from '../../../src/cli/import';
import { ImportError, importProgram, type ImportOptions } from '../../../src/lib/import/index';
import type { Program } from '../../../src/lib/types';
import { loadProgram } from '../../helpers/content';
import { ROOT } from '../../helpers/dist';

const FOSDEM = readFileSync(join(ROOT, 'tests/fixtures/real/fosdem-2024.schedule.xml'), 'utf8');
const ZONE = { zone: 'Europe/Brussels' };
const temp = mkdtempSync(join(tmpdir(), 'import-frab-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Imports into a fresh folder and reads it back the way the site does. */
function importInto(name: string, source: string, options: ImportOptions) {
  const result = importProgram(source, options);
  const out = join(temp, name);
  writeFolder(out, result.files, false);
  return { ...result, program: loadProgram(out) };
}

/** The ImportError an import throws (failing the test when it does not throw one). */
function importError(source: string, options: ImportOptions = ZONE): ImportError {
  try {
    importProgram(source, options);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

const lineCount = (text: string) => text.split('\n').length;

/** A small schedule.xml in the newer frab/pretalx shape around some <event> elements. */
const frabXml = (
  events: string,
  conference = '<time_zone_name>Europe/Berlin</time_zone_name>',
) => `<?xml version="1.0"?>
<schedule>
  <version>1</version>
  <conference>
    <title>Test Camp</title><acronym>testcamp</acronym><start>2024-08-01</start><end>2024-08-02</end>
    <url>https://camp.example.org/</url><base_url>https://camp.example.org/</base_url>${conference}
    <track name="Hardware" color="#AB12CD" slug="hardware"/>
  </conference>
  <day index="1" date="2024-08-01" start="2024-08-01T06:00:00+02:00" end="2024-08-02T05:59:00+02:00">
    <room name="Tent A" guid="b379c473-93b9-4eae-9a09-d482e86cede3">${events}</room>
  </day>
</schedule>
`;

const EVENT = `<event id="7" guid="7d6c9f5e-1b2a-4c3d-8e9f-0a1b2c3d4e5f">
  <date>2024-08-01T23:30:00+02:00</date><start>23:30</start><duration>01:00</duration><room>Tent A</room>
  <slug>testcamp-7-soldering</slug><title>Soldering &amp; you</title><subtitle>A primer</subtitle>
  <track>Hardware</track><type>workshop</type><language>de</language>
  <abstract>Hot **irons**</abstract><description>&lt;p&gt;More &lt;script&gt;x()&lt;/script&gt;&lt;/p&gt;</description>
  <url>https://camp.example.org/talk/7/</url>
  <recording><license>CC BY 4.0</license><optout>false</optout><link>https://media.example.org/v/7</link></recording>
  <persons><person id="3" guid="0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0">Ada Lovelace</person></persons>
  <links><link href="/wiki/soldering">Wiki</link><link href="ftp://old.example.org/x">Old</link></links>
  <attachments><attachment type="slides" href="https://camp.example.org/slides/7.pdf">Slides</attachment></attachments>
</event>`;

describe('FOSDEM 2024 schedule.xml', () => {
  let first: ReturnType<typeof importInto>;
  let program: Program;
  // Generous limits: reading 1,400 files back takes a few seconds on a busy machine.
  beforeAll(() => {
    first = importInto('fosdem', FOSDEM, ZONE);
    program = first.program;
  }, 60_000);

  it('reads back with the site’s schemas, with the source’s counts', () => {
    const persons = new Set([...FOSDEM.matchAll(/<person id="(\d+)"/g)].map((m) => m[1]));
    const usedTracks = new Set([...FOSDEM.matchAll(/<track>([^<]+)<\/track>/g)].map((m) => m[1]));
    expect(program.sessions).toHaveLength(674);
    expect(program.rooms).toHaveLength(32);
    expect(program.speakers).toHaveLength(persons.size);
    expect(program.tracks).toHaveLength(usedTracks.size);
    expect(program.languages.map((l) => l.code)).toEqual(['en']);
    expect(first.report.skipped).toEqual([]);
  });

  it('describes the event as the file does, in the zone given', () => {
    expect(program.event).toMatchObject({
      id: 'fosdem-2024',
      name: 'FOSDEM 2024',
      venue: 'ULB (Université Libre de Bruxelles)',
      city: 'Brussels',
      timeZone: 'Europe/Brussels',
      dayChange: 9 * 60,
      firstDay: '2024-02-03',
      lastDay: '2024-02-04',
    });
    expect(program.event.url).toBeUndefined();
    expect(program.event.format).toBeUndefined();
  });

  it('converts local times with the zone: event 10528 is 10:30 in Brussels, 09:30 UTC, in J.1.106', () => {
    const session = program.sessions.find((s) => s.code === '10528')!;
    expect(session).toMatchObject({
      slug: 'fosdem-2024-1861-creative-coding-with-turtlestitch',
      title: 'Creative Coding with TurtleStitch',
      start: '2024-02-03T09:30:00Z',
      end: '2024-02-03T10:30:00Z',
      speakers: ['pauline-maas'],
      track: 'foss-educational-programming-languages-devroom',
      type: 'devroom',
      languages: ['en'],
    });
    expect(program.rooms.find((r) => r.slug === session.room)).toMatchObject({ name: 'J.1.106', order: 2 });
    expect(program.speakers.find((s) => s.slug === 'pauline-maas')?.sourceId).toBe('1774');
  });

  it('keeps one speaker per person id, shared by their sessions', () => {
    const kathy = program.speakers.filter((s) => s.name === 'Kathy Giori');
    expect(kathy).toHaveLength(1);
    expect(kathy[0].sourceId).toBe('1342');
    const hers = program.sessions.filter((s) => s.speakers.includes(kathy[0].slug)).map((s) => s.code);
    expect(hers).toEqual(expect.arrayContaining(['10566', '10610']));
  });

  it('turns the first slides attachment into slides and the rest, with links, into links', () => {
    const opentalk = program.sessions.find((s) => s.code === '10559')!;
    expect(opentalk.slides).toMatch(/opentalk_logo_Ib0YnTo\.png$/);
    expect(opentalk.links?.map((l) => l.title)).toEqual(['OpenTalk logo in SVG', 'Screenshot of OpenTalk']);
    expect(program.sessions.find((s) => s.code === '10734')?.slides).toMatch(/JS_Runtime_war/);
  });

  it('turns the HTML abstracts into Markdown without raw HTML', () => {
    const microblocks = program.sessions.find((s) => s.code === '10566')!;
    expect(microblocks.abstract).toMatch(/^\[MicroBlocks\]\(https:\/\/microblocks\.fun\) is a blocks programming/);
    const permissive = new MarkdownIt({ html: true });
    const tags = new Set(
      program.sessions.flatMap((s) => [...permissive.render(s.abstract).matchAll(/<([a-z0-9]+)/g)].map((m) => m[1])),
    );
    expect(
      [...tags].filter(
        (t) => !['p', 'a', 'ul', 'ol', 'li', 'em', 'strong', 'code', 'pre', 'br', 'h3', 'h4', 'blockquote'].includes(t),
      ),
    ).toEqual([]);
  });

  it('gives byte-identical files on a second import', () => {
    expect(importProgram(FOSDEM, ZONE).files).toEqual(first.files);
  }, 30_000);
});

describe('refusing bad frab input', () => {
  it.each([0.25, 0.5, 0.999])('refuses FOSDEM cut at %s of its length as truncated, at its end', (fraction) => {
    const cut = FOSDEM.slice(0, Math.floor(FOSDEM.length * fraction));
    const error = importError(cut);
    expect(error.reason).toMatch(/the XML ends before <\w+> is closed.*the file looks truncated/);
    expect(error.place.line).toBe(lineCount(cut));
  });

  it('refuses FOSDEM cut inside a tag and without its closing </schedule>', () => {
    const inTag = FOSDEM.slice(0, FOSDEM.indexOf('<event id="10566">') + 10);
    expect(importError(inTag).reason).toMatch(/is not well-formed XML|truncated/);
    const noEnd = FOSDEM.slice(0, FOSDEM.lastIndexOf('</schedule>'));
    expect(importError(noEnd).reason).toMatch(/<schedule> is closed: the file looks truncated/);
  });

  it('refuses mismatched tags with their line and column', () => {
    const xml = frabXml('<event id="1"><title>x</event>');
    const error = importError(xml);
    expect(error.reason).toMatch(/not well-formed XML: Expected closing tag 'title'/);
    const before = xml.slice(0, xml.indexOf('</event>')).split('\n');
    expect(error.place).toEqual({ line: before.length, column: before[before.length - 1].length + 1 });
  });

  it('needs a zone when the file names none, and refuses an unknown one', () => {
    const zoneless = frabXml(EVENT, '');
    expect(importError(zoneless, {}).reason).toMatch(/names no time zone: give the event's zone with --zone/);
    expect(importError(zoneless, { zone: 'Europe/Brusels' }).reason).toMatch(/"Europe\/Brusels" is not a time zone/);
    const unknown = frabXml(EVENT, '<time_zone_name>Mars/Olympus</time_zone_name>');
    expect(importError(unknown, {}).place.path).toBe('conference/time_zone_name');
  });

  it('names the event by its XML location when a value is wrong', () => {
    const error = importError(frabXml(EVENT.replace('<duration>01:00</duration>', '<duration>soon</duration>')));
    expect(error.place.path).toBe('day[1]/room[@name="Tent A"]/event[@id="7"]');
    expect(error.reason).toMatch(/<duration> "soon" is not a duration/);
  });

  it('refuses XML that is not a schedule', () => {
    expect(importError('<?xml version="1.0"?><feed><entry/></feed>').reason).toMatch(/root element is <feed>/);
  });
});

describe('a newer frab file (dates with offsets, zone, colours, URLs)', () => {
  it('maps every field the site can show', () => {
    const { program, report } = importInto('newer', frabXml(EVENT), {});
    expect(program.event).toMatchObject({
      id: 'testcamp',
      url: 'https://camp.example.org/',
      timeZone: 'Europe/Berlin',
    });
    expect(program.event.dayChange).toBe(6 * 60);
    expect(program.tracks).toEqual([{ slug: 'hardware', name: 'Hardware', label: 'Hardware', color: '#ab12cd' }]);
    const [session] = program.sessions;
    expect(session).toMatchObject({
      slug: 'testcamp-7-soldering',
      code: '7',
      guid: '7d6c9f5e-1b2a-4c3d-8e9f-0a1b2c3d4e5f',
      title: 'Soldering & you',
      subtitle: 'A primer',
      start: '2024-08-01T21:30:00Z',
      end: '2024-08-01T22:30:00Z',
      languages: ['de'],
      video: 'https://media.example.org/v/7',
      slides: 'https://camp.example.org/slides/7.pdf',
      originalPage: 'https://camp.example.org/talk/7/',
      links: [{ title: 'Wiki', url: 'https://camp.example.org/wiki/soldering' }],
      abstract: 'Hot **irons**',
      description: 'More x()',
    });
    expect(program.speakers).toMatchObject([{ slug: 'ada-lovelace', name: 'Ada Lovelace', sourceId: '3' }]);
    expect(report.notes).toContain(
      'day[1]/room[@name="Tent A"]/event[@id="7"]/links/link[2]: "ftp://old.example.org/x" is not an http(s) URL; left out',
    );
  });

  it('lists a zero-length event as not imported, with its id, and imports the rest', () => {
    const zero = EVENT.replace('id="7"', 'id="8"')
      .replace('<duration>01:00</duration>', '<duration>00:00</duration>')
      .replace(/<guid>|guid="7d6c[^"]*"/, '')
      .replace('testcamp-7-soldering', 'testcamp-8-nothing');
    const { program, report } = importInto('zero', frabXml(EVENT + zero), {});
    expect(program.sessions.map((s) => s.code)).toEqual(['7']);
    expect(report.skipped).toEqual([
      { code: '8', path: 'day[1]/room[@name="Tent A"]/event[@id="8"]', reason: 'is zero-length' },
    ]);
  });
});
