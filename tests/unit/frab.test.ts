import { describe, expect, it } from 'vitest';
import { frabXml, xmlEscape } from '../../src/lib/frab';
import { guidsFor } from '../../src/lib/guid';
import { hhmm } from '../../src/lib/schedule-export';
import { lookup } from '../../src/lib/program';
import { localDate, localTime, minutesBetween, UTC } from '../../src/lib/time';
import type { Program } from '../../src/lib/types';
import { loadProgram } from './fixtures/load-program';
import { SAMPLE_BASE, sampleProgram } from './fixtures/sample-program';
import { validateFrab, xpath } from './fixtures/validators';

/** A separator no title or abstract contains, to read many strings with one xmllint call. */
const SEP = '␞';

/** For each session, the string value of an XPath relative to its <event>, read by xmllint. */
function eventStrings(xml: string, program: Program, relative: string): string[] {
  const guids = guidsFor(program.event.url);
  const parts = program.sessions.map((s) => `string(//event[@guid="${guids.session(s.code)}"]/${relative})`);
  return xpath(xml, `concat(${parts.join(`, "${SEP}", `)}, "")`).split(SEP);
}

/** For each session, how many <event>s in the right day and room carry its GUID, date, start, duration and room. */
function placements(xml: string, program: Program): number[] {
  const look = lookup(program);
  const guids = guidsFor(program.event.url);
  const counts = program.sessions.map((s) => {
    const room = look.room(s.room)!.name;
    const date = new Date(s.start).toISOString().replace('.000Z', '+00:00');
    return (
      `count(/schedule/day[@date="${localDate(s.start, UTC)}"]/room[@name="${room}"]/event[@guid="${guids.session(s.code)}"` +
      ` and date="${date}" and start="${localTime(s.start, UTC)}"` +
      ` and duration="${hhmm(minutesBetween(s.start, s.end))}" and room="${room}"])`
    );
  });
  return xpath(xml, `concat(${counts.join(', ",", ')}, "")`)
    .split(',')
    .map(Number);
}

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

describe('frabXml on a sample program', () => {
  const program = sampleProgram();
  const xml = frabXml(program, { baseUrl: SAMPLE_BASE });

  it('validates against the frab XSD', () => {
    const result = validateFrab(xml);
    expect(result.errors).toContain('validates');
    expect(result.valid).toBe(true);
  });
  it('round-trips titles and abstracts with markup, quotes, Chinese and emoji', () => {
    expect(eventStrings(xml, program, 'title')).toEqual(program.sessions.map((s) => s.title));
    expect(eventStrings(xml, program, 'abstract')).toEqual(program.sessions.map((s) => s.abstract));
  });
  it('places every session once, in its UTC day and room, with its start and duration', () => {
    expect(placements(xml, program)).toEqual(program.sessions.map(() => 1));
    expect(xpath(xml, 'count(//event)')).toBe(String(program.sessions.length));
  });
  it('writes an empty track and no persons for a sponsor message', () => {
    const guid = guidsFor(program.event.url).session('a2');
    expect(
      xpath(xml, `concat("[", //event[@guid="${guid}"]/track, "]", count(//event[@guid="${guid}"]/persons/person))`),
    ).toBe('[]0');
  });
  it('gives the Chinese-slug session an ASCII slug and a percent-encoded URL', () => {
    const guid = guidsFor(program.event.url).session('b1');
    expect(xpath(xml, `string(//event[@guid="${guid}"]/slug)`)).toBe('testcon_2022-b1-istio-kubernetes');
    expect(xpath(xml, `string(//event[@guid="${guid}"]/url)`)).toMatch(
      /^https:\/\/example\.org\/sub\/sessions\/%E5%9F%BA/,
    );
  });
  it('lists links, attachments and the recording', () => {
    const guid = guidsFor(program.event.url).session('a1');
    const at = `//event[@guid="${guid}"]`;
    expect(xpath(xml, `string(${at}/links/link[@type="media"]/@href)`)).toBe('https://youtu.be/abc123');
    expect(xpath(xml, `string(${at}/attachments/attachment[@type="slides"]/@href)`)).toBe(
      'https://example.org/slides/a1.pdf',
    );
    expect(xpath(xml, `string(${at}/recording/link)`)).toBe('https://youtu.be/abc123');
  });
  it('is refused by the XSD when a GUID is missing or repeated (the validator is not vacuous)', () => {
    const guid = guidsFor(program.event.url).session('a1');
    expect(validateFrab(xml.replace(` guid="${guid}"`, '')).valid).toBe(false);
    const other = guidsFor(program.event.url).session('a2');
    expect(validateFrab(xml.replace(other, guid)).valid).toBe(false);
    expect(validateFrab(xml.replace('<duration>00:25</duration>', '<duration>25 min</duration>')).valid).toBe(false);
  });
});

describe('frabXml on the real program', () => {
  const program = loadProgram();
  const xml = frabXml(program, { baseUrl: 'https://x.org/istiocon/' });

  it('validates against the frab XSD', () => {
    const result = validateFrab(xml);
    expect(result.errors).toContain('validates');
    expect(result.valid).toBe(true);
  });
  it('has all 65 sessions, each exactly once, in the right day and room with the right start and duration', () => {
    expect(program.sessions).toHaveLength(65);
    expect(xpath(xml, 'count(//event)')).toBe('65');
    expect(placements(xml, program)).toEqual(program.sessions.map(() => 1));
  });
  it('keeps titles exactly, Chinese included', () => {
    expect(eventStrings(xml, program, 'title')).toEqual(program.sessions.map((s) => s.title));
  });
  it('has the five UTC conference days, indexed from 1', () => {
    expect(xpath(xml, 'concat(count(//day), ":", //day[1]/@date, ":", //day[5]/@date, ":", //day[5]/@index)')).toBe(
      '5:2022-04-25:2022-04-29:5',
    );
  });
  it('has unique GUIDs that are identical on a second generation and on another host', () => {
    const guidsOf = (text: string) => [...text.matchAll(/<event id="\d+" guid="([^"]+)"/g)].map((m) => m[1]);
    const first = guidsOf(xml);
    expect(new Set(first).size).toBe(65);
    expect(guidsOf(frabXml(loadProgram(), { baseUrl: 'https://x.org/istiocon/' }))).toEqual(first);
    expect(guidsOf(frabXml(program, { baseUrl: 'https://elsewhere.example/' }))).toEqual(first);
  });
  it('is byte-identical on a second generation', () => {
    expect(frabXml(program, { baseUrl: 'https://x.org/istiocon/' })).toBe(xml);
  });
});
