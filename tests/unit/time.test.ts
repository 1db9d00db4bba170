import { describe, expect, it } from 'vitest';
import { formatInTimeZone } from 'date-fns-tz';
import {
  addDays,
  canonicalZone,
  clockMinutes,
  conferenceDate,
  dayShift,
  daysBetween,
  formatDay,
  formatOffset,
  isoOffset,
  isRealDate,
  isRealInstant,
  isValidZone,
  localDate,
  localTime,
  minutesBetween,
  offsetMinutes,
  toUtcIso,
  UTC,
  wallClock,
} from '../../src/lib/time';
import { DEFAULT_CONTENT, loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const AT = '2022-04-26T01:15:00Z'; // the Chinese block's panel
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * An offset read by a path independent of src/lib/time.ts: Intl's own offset name ("GMT+05:45",
 * "GMT-00:44:30", "GMT"), in seconds, from a formatter that remembers nothing between calls.
 */
const offsetName = (f: Intl.DateTimeFormat, at: number): number => {
  const m = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/.exec(f.format(at));
  if (!m) throw new Error(`no offset in "${f.format(at)}"`);
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) : 0;
};
const offsetFormat = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });

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
  it('reports the day shift from UTC by default', () => {
    expect(dayShift(AT, 'America/Los_Angeles')).toBe(-1);
    expect(dayShift(AT, 'Asia/Shanghai')).toBe(0);
    expect(dayShift('2022-04-25T20:30:00Z', 'Pacific/Kiritimati')).toBe(1);
  });
  it('reports the day shift from a reference zone', () => {
    // 01:15 UTC: 09:15 on the 26th in Shanghai, 18:15 on the 25th in Los Angeles.
    expect(dayShift(AT, 'Asia/Shanghai', 'America/Los_Angeles')).toBe(1);
    expect(dayShift(AT, 'America/Los_Angeles', 'Asia/Shanghai')).toBe(-1);
    expect(dayShift(AT, 'Asia/Tokyo', 'Asia/Shanghai')).toBe(0);
    // 10:30 UTC: 00:30 on the 27th at UTC+14, 23:30 on the 25th at UTC−11: two days apart.
    expect(dayShift('2022-04-26T10:30:00Z', 'Pacific/Kiritimati', 'Pacific/Pago_Pago')).toBe(2);
    expect(dayShift('2022-04-26T10:30:00Z', 'Pacific/Pago_Pago', 'Pacific/Kiritimati')).toBe(-2);
    expect(dayShift(AT, 'Europe/Berlin', 'Europe/Berlin')).toBe(0);
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

describe('conferenceDate', () => {
  // Europe/Berlin on the night of 26 March 2023: 02:00 CET became 03:00 CEST (01:00 UTC).
  const BERLIN = 'Europe/Berlin';
  const FOUR = 4 * 60;

  it('is the calendar date without a day change', () => {
    expect(conferenceDate('2023-03-26T01:30:00+01:00', BERLIN)).toBe('2023-03-26');
    expect(conferenceDate('2023-03-25T23:30:00+01:00', BERLIN)).toBe('2023-03-25');
    expect(conferenceDate(AT, 'America/Los_Angeles')).toBe(localDate(AT, 'America/Los_Angeles'));
  });

  it('files the hours before the day change under the evening before', () => {
    expect(conferenceDate('2023-03-25T23:30:00+01:00', BERLIN, FOUR)).toBe('2023-03-25');
    expect(conferenceDate('2023-03-26T00:00:00+01:00', BERLIN, FOUR)).toBe('2023-03-25');
    expect(conferenceDate('2023-03-26T01:30:00+01:00', BERLIN, FOUR)).toBe('2023-03-25');
  });

  it('counts the day change on the wall clock across the DST night', () => {
    // 03:00 CEST is the first minute after the jump, 03:59 CEST the last one before 04:00.
    expect(conferenceDate('2023-03-26T01:59:00+01:00', BERLIN, FOUR)).toBe('2023-03-25');
    expect(conferenceDate('2023-03-26T03:00:00+02:00', BERLIN, FOUR)).toBe('2023-03-25');
    expect(conferenceDate('2023-03-26T03:59:00+02:00', BERLIN, FOUR)).toBe('2023-03-25');
    expect(conferenceDate('2023-03-26T04:00:00+02:00', BERLIN, FOUR)).toBe('2023-03-26');
    // Three real hours after 01:00 CET is 05:00 CEST, already the next conference day; a 3-hour
    // count from midnight would have said 04:00 and the same.
    expect(conferenceDate('2023-03-26T04:00:00Z', BERLIN, FOUR)).toBe('2023-03-26');
    // In the autumn the clock repeats 02:00–03:00; both 02:30s are before 04:00.
    expect(conferenceDate('2023-10-29T02:30:00+02:00', BERLIN, FOUR)).toBe('2023-10-28');
    expect(conferenceDate('2023-10-29T02:30:00+01:00', BERLIN, FOUR)).toBe('2023-10-28');
  });

  it('steps back over month and year ends', () => {
    expect(conferenceDate('2023-04-01T02:00:00+02:00', BERLIN, FOUR)).toBe('2023-03-31');
    expect(conferenceDate('2024-01-01T03:00:00Z', UTC, FOUR)).toBe('2023-12-31');
    expect(conferenceDate('2024-03-01T00:30:00Z', UTC, 60)).toBe('2024-02-29');
  });

  it('agrees with Intl’s offset names, every 7 minutes over the DST night', () => {
    // Not date-fns-tz here: its formatInTimeZone follows the host's zone near the host's own DST change.
    const f = offsetFormat(BERLIN);
    for (let t = Date.parse('2023-03-25T20:00:00Z'); t < Date.parse('2023-03-26T06:00:00Z'); t += 7 * MINUTE) {
      const wall = new Date(t + offsetName(f, t) * 1000).toISOString();
      const [date, clock] = [wall.slice(0, 10), wall.slice(11, 16)];
      const before = clockMinutes(clock) < FOUR;
      expect(conferenceDate(t, BERLIN, FOUR), new Date(t).toISOString()).toBe(before ? addDays(date, -1) : date);
      expect(conferenceDate(t, BERLIN), new Date(t).toISOString()).toBe(date);
    }
  });
});

describe('clockMinutes', () => {
  it('reads HH:MM and HH:MM:SS as minutes after midnight', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('04:00')).toBe(240);
    expect(clockMinutes('04:00:59')).toBe(240);
    expect(clockMinutes('23:59')).toBe(23 * 60 + 59);
  });
  it('gives 0 for anything else', () => {
    for (const bad of [undefined, '', '4:00', '04h00', '0400', 'noon', '04:00 ', '04:00:00:00'])
      expect(clockMinutes(bad), String(bad)).toBe(0);
  });
});

describe('real dates and instants', () => {
  it('knows which calendar dates exist', () => {
    for (const good of ['2022-04-25', '2022-02-28', '2024-02-29', '2000-02-29', '2022-12-31', '1999-01-01'])
      expect(isRealDate(good), good).toBe(true);
    // 2100 is not a leap year (divisible by 100, not by 400).
    for (const bad of [
      '2022-02-31',
      '2023-02-29',
      '2100-02-29',
      '2022-04-31',
      '2022-13-01',
      '2022-00-10',
      '2022-04-00',
    ])
      expect(isRealDate(bad), bad).toBe(false);
    for (const bad of ['', '2022-4-25', '25/04/2022', '2022-04-25T00:00:00Z', ' 2022-04-25', 'yesterday'])
      expect(isRealDate(bad), bad).toBe(false);
  });
  it('knows which instants exist', () => {
    for (const good of [
      '2022-04-25T15:00:00Z',
      '2022-04-25T15:00Z',
      '2024-02-29T10:00:00+08:00',
      '2022-04-25T23:59:59-11:00',
      '2022-04-25T00:00:00.500Z',
    ])
      expect(isRealInstant(good), good).toBe(true);
    for (const bad of [
      '2022-02-31T10:00:00Z',
      '2023-02-29T10:00:00Z',
      '2022-04-25T24:00:00Z',
      '2022-04-25T23:60:00Z',
      '2022-04-25T23:59:60Z',
      '2022-04-25T10:00:00+25:00',
      '2022-04-25',
      'not a date',
      '',
    ])
      expect(isRealInstant(bad), bad).toBe(false);
  });
});

describe('calendar arithmetic and labels', () => {
  it('adds and counts days across month ends', () => {
    expect(addDays('2022-04-30', 1)).toBe('2022-05-01');
    expect(addDays('2022-04-25', -1)).toBe('2022-04-24');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(daysBetween('2022-04-25', '2022-04-29')).toBe(4);
    expect(daysBetween('2022-04-29', '2022-04-25')).toBe(-4);
  });
  it('formats a day heading in English, long and short, whatever the machine zone', () => {
    expect(formatDay('2022-04-25')).toBe('Monday 25 April 2022');
    expect(formatDay('2022-04-26', 'en-GB')).toBe('Tuesday 26 April 2022');
    expect(formatDay('2022-04-26', 'en-GB', 'short')).toBe('Tue 26 Apr');
    expect(formatDay('2022-01-01', 'en-GB')).toBe('Saturday 1 January 2022');
  });
  it('formats a day heading in Chinese, long and short', () => {
    expect(formatDay('2022-04-26', 'zh-Hans')).toBe('2022年4月26日 星期二');
    expect(formatDay('2022-04-26', 'zh-Hans', 'short')).toBe('4月26日 周二');
    expect(formatDay('2022-12-31', 'zh-Hans')).toBe('2022年12月31日 星期六');
  });
  it('names the weekday Intl names for that date, in every zone', () => {
    // The date is a plain calendar date: formatted at noon UTC, no zone can move it a day.
    for (const date of ['2022-04-25', '2023-03-26', '2024-02-29', '2023-12-31']) {
      const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: UTC, weekday: 'long' }).format(
        new Date(`${date}T00:00:00Z`),
      );
      expect(formatDay(date).startsWith(`${weekday} `), date).toBe(true);
    }
  });
  it('measures durations', () => {
    expect(minutesBetween('2022-04-25T18:00:00Z', '2022-04-25T20:30:00Z')).toBe(150);
    // An hour of real time across the spring DST jump, though the wall clock moves two.
    expect(minutesBetween('2023-03-26T01:30:00+01:00', '2023-03-26T03:30:00+02:00')).toBe(60);
  });
  it('normalises instants with offsets to UTC', () => {
    expect(toUtcIso('2022-04-26T09:15:00+08:00')).toBe(AT);
    expect(toUtcIso(Date.parse(AT) + 999)).toBe(AT);
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
  for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2023, 0, 1); t += 37 * MINUTE) instants.push(t);
  it.each(zones)('%s: the offset at every 37-minute step of 2022', (zone) => {
    const f = offsetFormat(zone);
    for (const t of instants) {
      const got = offsetMinutes(t, zone);
      const want = offsetName(f, t) / 60;
      if (got !== want) expect(`${new Date(t).toISOString()} ${got}`).toBe(`${new Date(t).toISOString()} ${want}`);
      const local = new Date(t + got * MINUTE).toISOString();
      expect(`${localDate(t, zone)}T${localTime(t, zone)}`).toBe(local.slice(0, 16));
    }
  });
});

describe('the offset cache', () => {
  /*
   * offsetMinutes remembers an offset per zone and quarter hour of UTC from 1980 on. That is safe
   * only if every offset change from then on falls on a UTC quarter hour. Rather than trust it,
   * find every change of every zone this runtime knows, 1980–2040, with Intl's offset names (which
   * remember nothing), and ask offsetMinutes about the instants around each: the minute before,
   * the last second before, the first second after and the minute after. A change inside a
   * quarter hour would put two of those instants under one key, and one of them would be wrong.
   *
   * The step of the scan is 6 days: scanned day by day (once, by hand), the closest pair of
   * changes in tzdb between 1980 and 2040 is 7 days apart (Brazil's Boa Vista, Noronha and
   * Recife, October 2000), so a 6-day step cannot step over a change and its reversal.
   */
  const FROM = Date.UTC(1980, 0, 1);
  const TO = Date.UTC(2040, 0, 1);
  const STEP = 6 * DAY;

  it('gives Intl’s offset around every offset change of every zone, 1980–2040', { timeout: 60_000 }, () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    const problems: string[] = [];
    let changes = 0;
    let fresh = 0;
    for (const zone of zones) {
      const f = offsetFormat(zone);
      let before = offsetName(f, FROM);
      let checkedFresh = false;
      for (let t = FROM + STEP; t < TO + STEP; t += STEP) {
        const after = offsetName(f, t);
        if (after === before) continue;
        // Bisect to the second: `hi` is the first second with the new offset.
        let lo = t - STEP;
        let hi = t;
        while (hi - lo > 1000) {
          const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
          if (offsetName(f, mid) === before) lo = mid;
          else hi = mid;
        }
        changes += 1;
        for (const at of [hi - MINUTE, hi - 1000, hi, hi + MINUTE]) {
          const want = offsetName(f, at) / 60;
          const got = offsetMinutes(at, zone);
          if (got !== want) problems.push(`${zone} ${new Date(at).toISOString()}: ${got}, Intl says ${want}`);
        }
        // Once per zone, a brand-new formatter as a third opinion on the change itself.
        if (!checkedFresh) {
          checkedFresh = true;
          fresh += 1;
          for (const at of [hi - 1000, hi]) {
            const want = offsetName(offsetFormat(zone), at) / 60;
            if (offsetMinutes(at, zone) !== want) problems.push(`${zone} ${new Date(at).toISOString()}: fresh ${want}`);
          }
        }
        before = after;
      }
    }
    expect(problems).toEqual([]);
    // tzdb has thousands of changes in those 60 years (19,346 counted day by day); most zones have one.
    expect(changes).toBeGreaterThan(15_000);
    expect(fresh).toBeGreaterThan(zones.length / 2);
  });

  it('is right before 1980 too, where nothing is remembered', () => {
    // London's summer time of 1972 began at 02:00 GMT on 19 March.
    expect(offsetMinutes('1972-03-19T01:59:00Z', 'Europe/London')).toBe(0);
    expect(offsetMinutes('1972-03-19T02:00:00Z', 'Europe/London')).toBe(60);
    const f = offsetFormat('America/Sao_Paulo');
    for (let t = Date.UTC(1975, 0, 1); t < FROM; t += 11 * DAY)
      expect(offsetMinutes(t, 'America/Sao_Paulo')).toBe(offsetName(f, t) / 60);
  });
});

describe('date-fns-tz', () => {
  const starts = [...loadProgram(DEFAULT_CONTENT).sessions, ...loadProgram(NEUTRAL_CONTENT).sessions].map(
    (s) => s.start,
  );
  it('agrees on every session instant of both programs in the zones people pick', () => {
    expect(starts.length).toBeGreaterThan(65);
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
