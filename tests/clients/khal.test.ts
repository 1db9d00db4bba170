/**
 * khal (Debian's 0.10) imports /schedule.ics and lists the sessions back at the right times, in
 * the event's zone and in UTC: a real CalDAV-era client reading the feed, not our own parser.
 * Each program gets a private khal config, calendar folder and cache, so nothing of the user's
 * khal is touched.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programCalendar } from '../../src/lib/calendar-feeds';
import { eventLocation, sessionUid } from '../../src/lib/ics';
import { createLookup } from '../../src/lib/lookup';
import { zonedIso } from '../../src/lib/schedule-export';
import { addDays } from '../../src/lib/time';
import type { Program } from '../../src/lib/types';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';
import { requireCommands, run, tempDir } from './tools';

const BASE = 'https://schedule.example.org/';
const tmp = tempDir('khal');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Import the program's feed into a fresh khal whose local zone is `zone`; its events as khal lists them. */
function khalRoundTrip(name: string, program: Program, zone: string) {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'calendar'), { recursive: true });
  const config = join(dir, 'config');
  writeFileSync(
    config,
    [
      '[calendars]',
      '[[conference]]',
      `path = ${join(dir, 'calendar')}`,
      'type = calendar',
      '[locale]',
      'timeformat = %H:%M',
      'dateformat = %Y-%m-%d',
      'longdateformat = %Y-%m-%d',
      'datetimeformat = %Y-%m-%d %H:%M',
      'longdatetimeformat = %Y-%m-%d %H:%M',
      `default_timezone = ${zone}`,
      `local_timezone = ${zone}`,
      '[default]',
      'default_calendar = conference',
      '[sqlite]',
      `path = ${join(dir, 'khal.db')}`,
      '',
    ].join('\n'),
  );
  const ics = join(dir, 'schedule.ics');
  writeFileSync(ics, programCalendar(program, BASE));
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, TZ: 'UTC' };
  run('khal', ['-c', config, 'import', '--batch', '-a', 'conference', ics], { env });
  const { firstDay, lastDay } = program.event;
  const listed = run(
    'khal',
    [
      '-c',
      config,
      'list',
      '--once',
      '--day-format',
      '',
      '--format',
      '{uid}\t{start}\t{end}\t{title}\t{location}',
    ].concat([addDays(firstDay, -1), addDays(lastDay, 2)]),
    { env },
  );
  return listed
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** What khal should list: UID, start and end on `zone`'s clock, title and location. */
function expected(program: Program, zone: string) {
  const lookup = createLookup(program);
  const clock = (at: string) => zonedIso(at, zone).slice(0, 16).replace('T', ' ');
  return program.sessions
    .map((s) => [
      sessionUid(s, program.event),
      clock(s.start),
      clock(s.end),
      s.title,
      eventLocation(s, { lookup, event: program.event }),
    ])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

describe('khal importing /schedule.ics', () => {
  beforeAll(() => requireCommands('khal'));
  it('lists all 65 IstioCon sessions with their UTC times, Chinese titles included', () => {
    const program = loadProgram();
    const listed = khalRoundTrip('istiocon', program, 'UTC');
    expect(listed).toHaveLength(65);
    expect(listed).toEqual(expected(program, 'UTC'));
  });
  it('lists the neutral program in Berlin time, across the DST night, and in Tokyo', () => {
    const program = loadProgram(NEUTRAL_CONTENT);
    expect(khalRoundTrip('neutral-berlin', program, 'Europe/Berlin')).toEqual(expected(program, 'Europe/Berlin'));
    const tokyo = khalRoundTrip('neutral-tokyo', program, 'Asia/Tokyo');
    expect(tokyo).toEqual(expected(program, 'Asia/Tokyo'));
    // "Late night hacking", 23:30–01:30 in Berlin, is 07:30–09:30 in Tokyo the next morning.
    expect(tokyo.find((row) => row[3] === 'Late night hacking')?.slice(1, 3)).toEqual([
      '2023-03-26 07:30',
      '2023-03-26 09:30',
    ]);
  });
});
