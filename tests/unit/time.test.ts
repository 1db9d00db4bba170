import { describe, expect, it } from 'vitest';
import {
  addDays,
  canonicalZone,
  dayShift,
  dayShiftLabel,
  daysBetween,
  formatDay,
  formatDuration,
  formatOffset,
  isoOffset,
  isValidZone,
  localDate,
  localTime,
  minutesBetween,
  offsetMinutes,
  toUtcIso,
  wallClock,
  zoneLabel,
} from '../../src/lib/time';

const AT = '2022-04-26T01:15:00Z'; // the Chinese block's panel

describe('zones', () => {
  it('accepts IANA zones and UTC, canonicalising case', () => {
    expect(canonicalZone('Asia/Shanghai')).toBe('Asia/Shanghai');
    expect(canonicalZone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(canonicalZone('UTC')).toBe('UTC');
    expect(canonicalZone('Etc/UTC')).toBe('UTC');
    // Node's ICU calls these Asia/Calcutta and Asia/Katmandu; the visitor's name is kept.
    expect(canonicalZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(canonicalZone('asia/kathmandu')).toBe('Asia/Kathmandu');
    expect(canonicalZone('america/los_angeles')).toBe('America/Los_Angeles');
    expect(canonicalZone('Asia/Katmandu')).toBe('Asia/Kathmandu');
    expect(canonicalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
  });
  it('rejects unknown and hostile zones', () => {
    for (const bad of ['Mars/Olympus', '', '<script>', 'Asia/Shanghai"onload', 'x'.repeat(100), null, 42, undefined]) {
      expect(isValidZone(bad)).toBe(false);
    }
  });
});

describe('offsets', () => {
  it.each([
    ['UTC', 0],
    ['Asia/Shanghai', 480],
    ['America/Los_Angeles', -420], // PDT in April
    ['Asia/Kolkata', 330],
    ['Asia/Kathmandu', 345],
    ['Pacific/Chatham', 765], // standard time after 3 April 2022
    ['Pacific/Kiritimati', 840],
    ['Pacific/Pago_Pago', -660],
    ['Australia/Sydney', 600], // AEST after 3 April 2022
  ])('%s is %i minutes from UTC during the conference', (zone, minutes) => {
    expect(offsetMinutes(AT, zone)).toBe(minutes);
  });
  it('follows DST changes', () => {
    expect(offsetMinutes('2022-03-13T09:59:00Z', 'America/Los_Angeles')).toBe(-480);
    expect(offsetMinutes('2022-03-13T10:00:00Z', 'America/Los_Angeles')).toBe(-420);
    expect(offsetMinutes('2022-03-27T00:59:00Z', 'Europe/London')).toBe(0);
    expect(offsetMinutes('2022-03-27T01:00:00Z', 'Europe/London')).toBe(60);
  });
  it('formats offsets for people and for ISO', () => {
    expect(formatOffset(0)).toBe('UTC');
    expect(formatOffset(480)).toBe('UTC+8');
    expect(formatOffset(345)).toBe('UTC+5:45');
    expect(formatOffset(-210)).toBe('UTC−3:30');
    expect(isoOffset(0)).toBe('Z');
    expect(isoOffset(-660)).toBe('-11:00');
    expect(isoOffset(765)).toBe('+12:45');
  });
  it('throws on an unknown zone rather than guessing', () => {
    expect(() => offsetMinutes(AT, 'Mars/Olympus')).toThrow(/Unknown time zone/);
  });
});

describe('local dates and times', () => {
  it('puts one instant on different calendar days', () => {
    expect(localDate(AT, 'America/Los_Angeles')).toBe('2022-04-25');
    expect(localTime(AT, 'America/Los_Angeles')).toBe('18:15');
    expect(localDate(AT, 'Asia/Shanghai')).toBe('2022-04-26');
    expect(localTime(AT, 'Asia/Shanghai')).toBe('09:15');
    expect(localTime(AT, 'Asia/Kathmandu')).toBe('07:00');
    expect(localTime(AT, 'Pacific/Chatham')).toBe('14:00');
    expect(localDate('2022-04-29T15:00:00Z', 'Pacific/Kiritimati')).toBe('2022-04-30');
    expect(localDate('2022-04-25T15:00:00Z', 'Pacific/Pago_Pago')).toBe('2022-04-25');
    expect(localTime('2022-04-25T15:00:00Z', 'Pacific/Pago_Pago')).toBe('04:00');
  });
  it('reports the day shift from UTC', () => {
    expect(dayShift(AT, 'America/Los_Angeles')).toBe(-1);
    expect(dayShift(AT, 'Asia/Shanghai')).toBe(0);
    expect(dayShift('2022-04-25T20:30:00Z', 'Pacific/Kiritimati')).toBe(1);
    expect(dayShiftLabel(-1)).toBe('−1 day');
    expect(dayShiftLabel(1)).toBe('+1 day');
    expect(dayShiftLabel(2)).toBe('+2 days');
    expect(dayShiftLabel(0)).toBe('');
  });
  it('gives the wall clock with weekday', () => {
    expect(wallClock(AT, 'America/Los_Angeles')).toEqual({
      year: 2022,
      month: 4,
      day: 25,
      hour: 18,
      minute: 15,
      weekday: 1,
    });
  });
});

describe('calendar arithmetic and labels', () => {
  it('adds and counts days across month ends', () => {
    expect(addDays('2022-04-30', 1)).toBe('2022-05-01');
    expect(addDays('2022-04-25', -1)).toBe('2022-04-24');
    expect(daysBetween('2022-04-25', '2022-04-29')).toBe(4);
  });
  it('formats a day heading with weekday and date, whatever the machine zone', () => {
    expect(formatDay('2022-04-25')).toBe('Monday 25 April 2022');
    expect(formatDay('2022-04-26', 'en-GB', 'short')).toBe('Tue 26 Apr');
  });
  it('names a zone with its offset', () => {
    expect(zoneLabel('Asia/Shanghai', AT)).toBe('Asia/Shanghai, UTC+8');
    expect(zoneLabel('America/Los_Angeles', AT)).toBe('America/Los Angeles, UTC−7');
    expect(zoneLabel('UTC', AT)).toBe('UTC');
  });
  it('measures and formats durations', () => {
    expect(minutesBetween('2022-04-25T18:00:00Z', '2022-04-25T20:30:00Z')).toBe(150);
    expect(formatDuration(150)).toBe('2 h 30 min');
    expect(formatDuration(10)).toBe('10 min');
    expect(formatDuration(60)).toBe('1 h');
  });
  it('normalises instants with offsets to UTC', () => {
    expect(toUtcIso('2022-04-26T09:15:00+08:00')).toBe(AT);
  });
});

describe('agrees with an independent reading of the zone rules', () => {
  // The oracle is Intl's own "GMT+05:45" offset name, not the wall-clock arithmetic above.
  // (date-fns-tz's formatInTimeZone was the first oracle, but it reads the host's zone: under
  // TZ=Pacific/Chatham it is an hour off for every zone around Chatham's DST change.)
  const zones = [
    'UTC',
    'Asia/Shanghai',
    'America/Los_Angeles',
    'America/New_York',
    'Europe/London',
    'Europe/Berlin',
    'Asia/Kolkata',
    'Asia/Tokyo',
    'Australia/Sydney',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'America/St_Johns',
    'Australia/Lord_Howe',
    'Pacific/Marquesas',
  ];
  const instants: number[] = [];
  for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2023, 0, 1); t += 37 * 60_000) instants.push(t);
  const oracle = (zone: string) => {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    return (t: number) => {
      const name = f.formatToParts(new Date(t)).find((p) => p.type === 'timeZoneName')!.value; // "GMT+05:45" or "GMT"
      const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    };
  };
  it.each(zones)('%s: the offset at every 37-minute step of 2022', (zone) => {
    const expected = oracle(zone);
    for (const t of instants) {
      const got = offsetMinutes(t, zone);
      if (got !== expected(t))
        expect(`${new Date(t).toISOString()} ${got}`).toBe(`${new Date(t).toISOString()} ${expected(t)}`);
      const local = new Date(t + got * 60_000).toISOString();
      expect(`${localDate(t, zone)}T${localTime(t, zone)}`).toBe(local.slice(0, 16));
    }
  });
});

describe('date-fns-tz', () => {
  it('agrees on every session instant of the program in the zones people pick', async () => {
    const { formatInTimeZone } = await import('date-fns-tz');
    const { readdirSync, readFileSync } = await import('node:fs');
    const starts = readdirSync('content/sessions').map(
      (f) => /start: "([^"]+)"/.exec(readFileSync(`content/sessions/${f}`, 'utf8'))![1],
    );
    expect(starts).toHaveLength(65);
    for (const zone of [
      'UTC',
      'Asia/Shanghai',
      'America/Los_Angeles',
      'Europe/Berlin',
      'Asia/Kathmandu',
      'Pacific/Chatham',
    ]) {
      for (const s of starts) {
        expect(`${localDate(s, zone)} ${localTime(s, zone)}`).toBe(
          formatInTimeZone(new Date(s), zone, 'yyyy-MM-dd HH:mm'),
        );
      }
    }
  });
});
