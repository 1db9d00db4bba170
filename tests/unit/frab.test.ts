import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frabXml, xmlEscape } from '../../src/lib/frab';
import { guidsFor } from '../../src/lib/guid';
import { hhmm, zonedIso } from '../../src/lib/schedule-export';
import { createLookup } from '../../src/lib/lookup';
import { conferenceDate, localTime, minutesBetween } from '../../src/lib/time';
import type { Program } from '../../src/lib/types';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';
import { afterMidnight, SAMPLE_BASE, sampleProgram } from './fixtures/sample-program';
import { validateFrab, withoutDayChange, xmllintErrors, xpath } from './fixtures/validators';

/** A separator no title or abstract contains, to read many strings with one xmllint call. */
const SEP = '␞';

/** For each session, the string value of an XPath relative to its <event>, read by xmllint. */
function eventStrings(xml: string, program: Program, relative: string): string[] {
  const guids = guidsFor(program.event);
  const parts = program.sessions.map((s) => `string(//event[@guid="${guids.session(s)}"]/${relative})`);
  return xpath(xml, `concat(${parts.join(`, "${SEP}", `)}, "")`).split(SEP);
}

/**
 * For each session, how many <event>s in the right conference day and room carry its GUID, its
 * instant with the event zone's offset, its start on the zone's clock, its duration and its room.
 */
function placements(xml: string, program: Program): number[] {
  const lookup = createLookup(program);
  const guids = guidsFor(program.event);
  const { timeZone, dayChange } = program.event;
  const counts = program.sessions.map((s) => {
    const room = lookup.room(s.room)!.name;
    return (
      `count(/schedule/day[@date="${conferenceDate(s.start, timeZone, dayChange)}"]/room[@name="${room}"]` +
      `/event[@guid="${guids.session(s)}" and date="${zonedIso(s.start, timeZone)}"` +
      ` and start="${localTime(s.start, timeZone)}"` +
      ` and duration="${hhmm(minutesBetween(s.start, s.end))}" and room="${room}"])`
    );
  });
  return xpath(xml, `concat(${counts.join(', ",", ')}, "")`)
    .split(',')
    .map(Number);
}

/**
 * The XSD accepts the document but for `<conference><day_change>`: the c3voc XSD has no place for
 * it, real exports (FOSDEM's, below) carry it, and ConfClerk needs it (without it, it assumes
 * 04:00 and files IstioCon's 01:00 UTC sessions under the day before). So: without that one
 * element the document validates, and with it xmllint's only objection names day_change.
 */
function expectValidButForDayChange(xml: string) {
  const stripped = validateFrab(withoutDayChange(xml));
  expect(stripped.errors).toContain('validates');
  expect(stripped.valid).toBe(true);
  const full = validateFrab(xml);
  expect(full.valid).toBe(false);
  expect(xmllintErrors(full.errors)).toEqual([
    expect.stringMatching(/Element 'day_change': This element is not expected\.$/),
  ]);
}

/** Every person in the file as "id name". */
const personRows = (xml: string) =>
  [...xml.matchAll(/<person id="(\d+)" guid="[^"]+">([^<]*)<\/person>/g)].map((m) => `${m[1]} ${m[2]}`);

describe('xmlEscape', () => {
  it('escapes markup characters and keeps text', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's 中文</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's 中文&lt;/a&gt;",
    );
  });
  it('drops characters XML 1.0 cannot carry and keeps tabs and newlines', () => {
    expect(xmlEscape('a\u0000b\u0007c\td\ne\uffff')).toBe('abc\td\ne');
  });
});

describe('the XSD check', () => {
  it("is not vacuous about day_change: the XSD really refuses it, and FOSDEM's real export carries it", () => {
    const fosdem = readFileSync('tests/fixtures/real/fosdem-2024.schedule.xml', 'utf8');
    expect(xpath(fosdem, 'string(/schedule/conference/day_change)')).toBe('09:00:00');
    const xml = frabXml(sampleProgram(), { baseUrl: SAMPLE_BASE });
    expect(withoutDayChange(xml)).not.toContain('day_change');
    expect(validateFrab(xml).valid).toBe(false);
  });
});

describe('frabXml on a sample program', () => {
  const program = sampleProgram();
  const xml = frabXml(program, { baseUrl: SAMPLE_BASE });

  it('validates against the frab XSD, day_change apart', () => {
    expectValidButForDayChange(xml);
  });
  it('round-trips titles and abstracts with markup, quotes, Chinese and emoji', () => {
    expect(eventStrings(xml, program, 'title')).toEqual(program.sessions.map((s) => s.title));
    expect(eventStrings(xml, program, 'abstract')).toEqual(program.sessions.map((s) => s.abstract));
  });
  it('places every session once, in its day and room, with its start and duration', () => {
    expect(placements(xml, program)).toEqual(program.sessions.map(() => 1));
    expect(xpath(xml, 'count(//event)')).toBe(String(program.sessions.length));
  });
  it('writes an empty track and no persons for a sponsor message', () => {
    const guid = guidsFor(program.event).session({ code: 'a2' });
    expect(
      xpath(xml, `concat("[", //event[@guid="${guid}"]/track, "]", count(//event[@guid="${guid}"]/persons/person))`),
    ).toBe('[]0');
  });
  it('gives the Chinese-slug session an ASCII slug and percent-encoded URLs', () => {
    const guid = guidsFor(program.event).session({ code: 'b1' });
    expect(xpath(xml, `string(//event[@guid="${guid}"]/slug)`)).toBe('testcon_2022-b1-istio-kubernetes');
    expect(xpath(xml, `string(//event[@guid="${guid}"]/url)`)).toMatch(
      /^https:\/\/example\.org\/sub\/sessions\/%E5%9F%BA/,
    );
    expect(xpath(xml, `string(//event[@guid="${guid}"]/origin_url)`)).toMatch(
      /^https:\/\/events\.example\.org\/testcon-2022\/sessions\/%E5%9F%BA%E4%BA%8Eistio/,
    );
    expect(xml).not.toMatch(/(href="|<url>|<origin_url>|<link>)[^"<]*\P{ASCII}/u);
  });
  it('lists links, attachments and the recording', () => {
    const guid = guidsFor(program.event).session({ code: 'a1' });
    const at = `//event[@guid="${guid}"]`;
    expect(xpath(xml, `string(${at}/links/link[@type="media"]/@href)`)).toBe('https://youtu.be/abc123');
    expect(xpath(xml, `string(${at}/attachments/attachment[@type="slides"]/@href)`)).toBe(
      'https://example.org/slides/a1.pdf',
    );
    expect(xpath(xml, `string(${at}/recording/link)`)).toBe('https://youtu.be/abc123');
  });
  it('is refused by the XSD when a GUID is missing or repeated (the validator is not vacuous)', () => {
    const guids = guidsFor(program.event);
    const [guid, other] = [guids.session({ code: 'a1' }), guids.session({ code: 'a2' })];
    const valid = withoutDayChange(xml);
    expect(validateFrab(valid.replace(` guid="${guid}"`, '')).valid).toBe(false);
    expect(validateFrab(valid.replace(other, guid)).valid).toBe(false);
    expect(validateFrab(valid.replace('<duration>00:25</duration>', '<duration>25 min</duration>')).valid).toBe(false);
    expect(validateFrab(valid.replace(/<person id="\d+"/, '<person id="x"')).valid).toBe(false);
  });
  it('names this software as generator and no conference', () => {
    expect(xpath(xml, 'string(/schedule/generator/@name)')).toBe('conference-schedule');
  });
});

describe('frabXml on the neutral program (Europe/Berlin, day change 04:00)', () => {
  const program = loadProgram(NEUTRAL_CONTENT);
  const xml = frabXml(program, { baseUrl: 'https://schedule.example.org/' });
  const guid = (code: string) => guidsFor(program.event).session(program.sessions.find((s) => s.code === code)!);
  const field = (code: string, name: string) => xpath(xml, `string(//event[@guid="${guid(code)}"]/${name})`);

  it('validates against the frab XSD, day_change apart', () => {
    expectValidButForDayChange(xml);
  });
  it('writes the day change, the zone, and each day bounded by the day change in the zone', () => {
    expect(xpath(xml, 'concat(//conference/day_change, "|", //conference/time_zone_name)')).toBe(
      '04:00:00|Europe/Berlin',
    );
    expect(xpath(xml, 'concat(//day[1]/@start, " ", //day[1]/@end, " ", //day[2]/@start, " ", //day[2]/@end)')).toBe(
      '2023-03-25T04:00:00+01:00 2023-03-26T03:59:59+02:00 2023-03-26T04:00:00+02:00 2023-03-27T03:59:59+02:00',
    );
  });
  it('places every session once, in its conference day and room, on the zone clock', () => {
    expect(placements(xml, program)).toEqual(program.sessions.map(() => 1));
  });
  it('files a session after midnight, across the DST change, under the evening before', () => {
    const moved = afterMidnight(program);
    const text = frabXml(moved, { baseUrl: 'https://schedule.example.org/' });
    expect(placements(text, moved)).toEqual(moved.sessions.map(() => 1));
    expect(
      xpath(text, `concat(//event[@guid="${guid('8')}"]/../../@date, " ", //event[@guid="${guid('8')}"]/start)`),
    ).toBe('2023-03-25 01:30');
  });
  it('exports the first language of a two-language session, and empty track and type where there are none', () => {
    expect(field('4', 'language')).toBe('de');
    expect(
      xpath(xml, `concat("[", //event[@guid="${guid('5')}"]/track, "][", //event[@guid="${guid('5')}"]/type, "]")`),
    ).toBe('[][]');
  });
  it('carries subtitle, abstract, further links and slides', () => {
    expect(field('2', 'subtitle')).toBe('What the kernel does when you are not looking');
    expect(field('2', 'abstract')).toContain('**measurements**');
    expect(field('2', 'links/link[@type="related"]/@href')).toBe('https://code.example.org/schedulers');
    expect(field('2', 'attachments/attachment[@type="slides"]/@href')).toBe(
      'https://conf.example.org/2023/slides/schedulers.pdf',
    );
  });
  it('percent-encodes the Chinese slug in the session URL', () => {
    expect(field('9', 'url')).toBe('https://schedule.example.org/sessions/%E6%9C%8D%E5%8A%A1%E7%BD%91%E6%A0%BC/');
    expect(field('9', 'title')).toBe('服务网格实践');
  });
  it('gives every person a numeric id, one per speaker, so ConfClerk can link them', () => {
    const rows = new Set(personRows(xml));
    expect(xpath(xml, 'count(//person[not(@id)])')).toBe('0');
    const ids = [...rows].map((r) => r.split(' ')[0]);
    expect(new Set(ids).size).toBe(rows.size);
    expect([...rows].map((r) => r.replace(/^\d+ /, '')).sort()).toEqual([
      'Ada Example',
      'Bo Sample',
      'Dana Test',
      'Li Chen',
    ]);
  });
});

describe('frabXml on the real program', () => {
  const program = loadProgram();
  const xml = frabXml(program, { baseUrl: 'https://x.org/conference/' });

  it('validates against the frab XSD, day_change apart', () => {
    expectValidButForDayChange(xml);
  });
  it('has all 65 sessions, each exactly once, in the right day and room with the right start and duration', () => {
    expect(program.sessions).toHaveLength(65);
    expect(xpath(xml, 'count(//event)')).toBe('65');
    expect(placements(xml, program)).toEqual(program.sessions.map(() => 1));
  });
  it('keeps titles exactly, Chinese included', () => {
    expect(eventStrings(xml, program, 'title')).toEqual(program.sessions.map((s) => s.title));
  });
  it('has the five UTC conference days, indexed from 1, with a midnight day change', () => {
    expect(xpath(xml, 'concat(count(//day), ":", //day[1]/@date, ":", //day[5]/@date, ":", //day[5]/@index)')).toBe(
      '5:2022-04-25:2022-04-29:5',
    );
    expect(xpath(xml, 'concat(//conference/day_change, " ", //conference/time_zone_name, " ", //day[2]/@start)')).toBe(
      '00:00:00 UTC 2022-04-26T00:00:00+00:00',
    );
  });
  it('files the Chinese sessions of 26 April 01:00–03:20 UTC under 26 April', () => {
    expect(xpath(xml, 'count(//day[@date="2022-04-26"]//event[starts-with(date, "2022-04-26T0")])')).toBe('7');
    expect(xpath(xml, 'count(//day[@date="2022-04-25"]//event[starts-with(date, "2022-04-26")])')).toBe('0');
  });
  it('has unique GUIDs that are identical on a second generation and on another host', () => {
    const guidsOf = (text: string) => [...text.matchAll(/<event id="\d+" guid="([^"]+)"/g)].map((m) => m[1]);
    const first = guidsOf(xml);
    expect(new Set(first).size).toBe(65);
    expect(first).toContain('d4f85405-fc1c-5b0b-86d4-7911627a906e');
    expect(guidsOf(frabXml(loadProgram(), { baseUrl: 'https://x.org/conference/' }))).toEqual(first);
    expect(guidsOf(frabXml(program, { baseUrl: 'https://elsewhere.example/' }))).toEqual(first);
  });
  it('gives every speaker one numeric id, unique in the file', () => {
    const rows = new Set(personRows(xml));
    const ids = [...rows].map((r) => r.split(' ')[0]);
    expect(new Set(ids).size).toBe(rows.size);
    expect(xpath(xml, 'count(//person[not(@id)])')).toBe('0');
    expect(rows.size).toBe(new Set(program.sessions.flatMap((s) => s.speakers)).size);
  });
  it('writes no raw non-ASCII URL', () => {
    expect(xml).not.toMatch(/(href="|<url>|<origin_url>|<link>)[^"<]*\P{ASCII}/u);
  });
  it('is byte-identical on a second generation', () => {
    expect(frabXml(program, { baseUrl: 'https://x.org/conference/' })).toBe(xml);
  });
});
