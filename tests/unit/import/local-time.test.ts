import { describe, expect, it } from 'vitest';
import {
  clockTime,
  dayChangeOf,
  durationMinutes,
  eventZone,
  sourceDate,
  sourceInstant,
  zonedInstant,
} from '../../../src/lib/import/local-time';
import { ImportError } from '../../../src/lib/import/model';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('zonedInstant', () => {
  it('reads a wall-clock time in the zone, whatever the machine’s zone', () => {
    expect(iso(zonedInstant('2024-02-03T10:30', 'Europe/Brussels'))).toBe('2024-02-03T09:30:00.000Z');
    expect(iso(zonedInstant('2024-07-01T10:30:00', 'Europe/Brussels'))).toBe('2024-07-01T08:30:00.000Z');
    expect(iso(zonedInstant('2024-03-30 09:00:00', 'Asia/Kathmandu'))).toBe('2024-03-30T03:15:00.000Z');
  });

  it('uses the offset after a spring change and the first of two times in autumn', () => {
    expect(iso(zonedInstant('2024-03-31T03:30:00', 'Europe/Amsterdam'))).toBe('2024-03-31T01:30:00.000Z');
    expect(iso(zonedInstant('2024-03-31T01:59:00', 'Europe/Amsterdam'))).toBe('2024-03-31T00:59:00.000Z');
    expect(iso(zonedInstant('2024-10-27T02:30:00', 'Europe/Amsterdam'))).toBe('2024-10-27T00:30:00.000Z');
  });

  it('gives undefined for a time the clocks skip and for dates that do not exist', () => {
    expect(zonedInstant('2024-03-31T02:30:00', 'Europe/Amsterdam')).toBeUndefined();
    expect(zonedInstant('2024-02-30T10:00:00', 'UTC')).toBeUndefined();
    expect(zonedInstant('2024-02-03T24:00:00', 'UTC')).toBeUndefined();
    expect(zonedInstant('tomorrow', 'UTC')).toBeUndefined();
  });
});

describe('sourceInstant', () => {
  it('trusts an offset in the value over the zone', () => {
    expect(iso(sourceInstant('2020-12-14T09:00:00+01:00', 'UTC'))).toBe('2020-12-14T08:00:00.000Z');
    expect(iso(sourceInstant('2020-12-14T09:00:00Z', 'Asia/Tokyo'))).toBe('2020-12-14T09:00:00.000Z');
    expect(iso(sourceInstant('2020-12-14T09:00:00', 'Asia/Tokyo'))).toBe('2020-12-14T00:00:00.000Z');
  });
});

describe('durations, clock times and days', () => {
  it('reads frab durations and clock times', () => {
    expect(durationMinutes('01:30')).toBe(90);
    expect(durationMinutes('00:05:00')).toBe(5);
    expect(durationMinutes('26:00')).toBe(1560);
    expect(durationMinutes('-01:00')).toBeUndefined();
    expect(durationMinutes('90')).toBeUndefined();
    expect(clockTime('09:00:00')).toBe('09:00');
    expect(clockTime('4:00')).toBe('04:00');
    expect(clockTime('24:00')).toBeUndefined();
  });

  it('takes the day change from a day’s start instant, in the event zone', () => {
    expect(dayChangeOf('2020-12-14T04:00:00+01:00', 'UTC')).toBe('03:00');
    expect(dayChangeOf('2020-12-14T04:00:00+01:00', 'Europe/Berlin')).toBe('04:00');
  });

  it('reads declared days as dates or as instants in the zone', () => {
    expect(sourceDate('2024-02-03', 'Europe/Brussels')).toBe('2024-02-03');
    expect(sourceDate('2024-02-03T23:30:00Z', 'Europe/Brussels')).toBe('2024-02-04');
    expect(sourceDate(undefined, 'UTC')).toBeUndefined();
  });
});

describe('eventZone', () => {
  it('prefers the zone the user gives, then the file’s, in canonical spelling', () => {
    expect(eventZone('europe/brussels', 'UTC', 'x', 'why')).toBe('Europe/Brussels');
    expect(eventZone(undefined, 'Europe/Amsterdam', 'x', 'why')).toBe('Europe/Amsterdam');
  });

  it('refuses an unknown zone and a missing one, saying what to do', () => {
    expect(() => eventZone('Mars/Olympus', undefined, 'x', 'why')).toThrow(/"Mars\/Olympus" is not a time zone/);
    expect(() => eventZone(undefined, 'Nowhere/Town', 'conference.tz', 'why')).toThrow(ImportError);
    expect(() => eventZone(undefined, undefined, 'x', 'the file has local times')).toThrow(
      /the file has local times: give the event's zone with --zone/,
    );
  });
});
