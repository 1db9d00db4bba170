import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-Hans.json';
import {
  cardTime,
  dateRange,
  dayChangeIn,
  duration,
  factParts,
  groupDate,
  linkTime,
  offsetLabel,
  programRange,
  sessionTime,
  shiftLabel,
  zoneName,
  zoneNote,
  type FactContext,
  type FactKind,
} from '../../src/lib/facts';
import { createTranslator } from '../../src/lib/i18n';
import { formatDay, localTime } from '../../src/lib/time';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const tEn = createTranslator('en', en);
const tZh = createTranslator('zh-Hans', zh);

/** IstioCon's context: an event in UTC with calendar days. */
const utcEvent = (t = tEn): FactContext => ({ t, eventZone: 'UTC', dayChange: 0 });
/** The neutral program's: Europe/Berlin, days changing at 04:00. */
const berlinEvent = (t = tEn): FactContext => ({ t, eventZone: 'Europe/Berlin', dayChange: 240 });

// Europe/Berlin on 25–26 March 2023: CET (UTC+1) until 01:00 UTC on the 26th, then CEST (UTC+2).
/** 23:30 CET on Saturday to 01:30 CET on Sunday: the evening's last session. */
const LATE = { start: '2023-03-25T23:30:00+01:00', end: '2023-03-26T01:30:00+01:00' };
/** 01:30 CET to 03:30 CEST on Sunday: one real hour, listed under Saturday (before 04:00). */
const NIGHT = { start: '2023-03-26T01:30:00+01:00', end: '2023-03-26T03:30:00+02:00' };

describe('dayChangeIn and groupDate', () => {
  it('applies the day change in the event’s own zone only', () => {
    expect(dayChangeIn('Europe/Berlin', berlinEvent())).toBe(240);
    // Paris keeps Berlin's clock, but a viewer there sees calendar days.
    expect(dayChangeIn('Europe/Paris', berlinEvent())).toBe(0);
    expect(dayChangeIn('UTC', utcEvent())).toBe(0);
  });
  it('lists a session after midnight under the evening before, in the event’s zone', () => {
    expect(groupDate(NIGHT.start, 'Europe/Berlin', berlinEvent())).toBe('2023-03-25');
    expect(groupDate(NIGHT.start, 'Europe/Paris', berlinEvent())).toBe('2023-03-26');
    expect(groupDate(LATE.start, 'Europe/Berlin', berlinEvent())).toBe('2023-03-25');
    expect(groupDate('2023-03-26T04:00:00+02:00', 'Europe/Berlin', berlinEvent())).toBe('2023-03-26');
    expect(groupDate(Date.parse('2022-04-26T01:15:00Z'), 'Asia/Shanghai', utcEvent())).toBe('2022-04-26');
  });
});

describe('zoneName', () => {
  it('says UTC, the dictionary’s city, or the IANA city', () => {
    expect(zoneName('UTC', tEn)).toBe('UTC');
    expect(zoneName('UTC', tZh)).toBe('UTC');
    expect(zoneName('Asia/Shanghai', tEn)).toBe('Beijing');
    expect(zoneName('Asia/Shanghai', tZh)).toBe('北京');
    expect(zoneName('Europe/Berlin', tEn)).toBe('Berlin');
    expect(zoneName('Europe/Berlin', tZh)).toBe('柏林');
    expect(zoneName('Asia/Kolkata', tEn)).toBe('Bangalore');
    // Not in the dictionaries: the last part of the IANA name, with spaces.
    expect(zoneName('America/Argentina/Buenos_Aires', tEn)).toBe('Buenos Aires');
    expect(zoneName('America/Argentina/Buenos_Aires', tZh)).toBe('Buenos Aires');
    expect(zoneName('Pacific/Pago_Pago', tEn)).toBe('Pago Pago');
  });
});

describe('offsetLabel', () => {
  it('is the zone’s offset at that instant', () => {
    expect(offsetLabel('UTC', 0)).toBe('UTC');
    expect(offsetLabel('Europe/Berlin', NIGHT.start)).toBe('UTC+1');
    expect(offsetLabel('Europe/Berlin', NIGHT.end)).toBe('UTC+2');
    expect(offsetLabel('Asia/Kathmandu', '2022-04-25T15:00:00Z')).toBe('UTC+5:45');
    expect(offsetLabel('America/St_Johns', '2022-04-25T15:00:00Z')).toBe('UTC−2:30');
  });
});

describe('duration', () => {
  it.each([
    [0, '0 min', '0 分钟'],
    [10, '10 min', '10 分钟'],
    [25, '25 min', '25 分钟'],
    [60, '1 h', '1 小时'],
    [150, '2 h 30 min', '2 小时 30 分钟'],
    [24 * 60, '24 h', '24 小时'],
  ])('%i minutes', (minutes, english, chinese) => {
    expect(duration(minutes, tEn)).toBe(english);
    expect(duration(minutes, tZh)).toBe(chinese);
  });
  it('formats large numbers for the locale', () => {
    expect(duration(1000 * 60, tEn)).toBe('1,000 h');
  });
});

describe('shiftLabel', () => {
  it('is empty in the event’s zone and when the date is the event’s', () => {
    expect(shiftLabel('2022-04-26T01:15:00Z', 'UTC', utcEvent())).toBe('');
    expect(shiftLabel('2022-04-25T15:00:00Z', 'Asia/Shanghai', utcEvent())).toBe('');
  });
  it('says how many days ahead or behind the event’s date is, in both languages', () => {
    // 01:15 UTC on the 26th is 18:15 on the 25th in Los Angeles; 20:00 UTC is 04:00 the next day in Shanghai.
    expect(shiftLabel('2022-04-26T01:15:00Z', 'America/Los_Angeles', utcEvent())).toBe('−1 day from UTC');
    expect(shiftLabel('2022-04-25T20:00:00Z', 'Asia/Shanghai', utcEvent())).toBe('+1 day from UTC');
    expect(shiftLabel('2022-04-26T01:15:00Z', 'America/Los_Angeles', utcEvent(tZh))).toBe('比 UTC 早 1 天');
    expect(shiftLabel('2022-04-25T20:00:00Z', 'Asia/Shanghai', utcEvent(tZh))).toBe('比 UTC 晚 1 天');
  });
  it('names the event’s zone and counts two days in the plural', () => {
    const pago: FactContext = { t: tEn, eventZone: 'Pacific/Pago_Pago', dayChange: 0 };
    // 10:30 UTC: 00:30 on the 27th at UTC+14, 23:30 on the 25th at UTC−11.
    expect(shiftLabel('2022-04-26T10:30:00Z', 'Pacific/Kiritimati', pago)).toBe('+2 days from Pago Pago');
    expect(shiftLabel('2022-04-26T22:30:00+01:00', 'Asia/Tokyo', berlinEvent())).toBe('+1 day from Berlin');
    expect(shiftLabel('2022-04-26T22:30:00+01:00', 'Asia/Tokyo', berlinEvent(tZh))).toBe('比 柏林 晚 1 天');
  });
});

describe('cardTime', () => {
  it('in the event’s zone (UTC): the clock, the offset, the short date and the duration', () => {
    expect(cardTime('2022-04-25T15:00:00Z', '2022-04-25T15:25:00Z', 'UTC', utcEvent())).toEqual({
      from: '15:00',
      to: '15:25',
      zone: 'UTC',
      date: 'Mon 25 Apr',
      late: false,
      shift: '',
      alt: '25 min',
    });
    expect(cardTime('2022-04-25T15:00:00Z', '2022-04-25T15:25:00Z', 'UTC', utcEvent(tZh))).toEqual({
      from: '15:00',
      to: '15:25',
      zone: 'UTC',
      date: '4月25日 周一',
      late: false,
      shift: '',
      alt: '25 分钟',
    });
  });

  it('in another zone: its clock and date, the shift and the event’s clock', () => {
    expect(cardTime('2022-04-25T20:00:00Z', '2022-04-25T20:30:00Z', 'Asia/Shanghai', utcEvent())).toEqual({
      from: '04:00',
      to: '04:30',
      zone: 'UTC+8',
      date: 'Tue 26 Apr',
      late: false,
      shift: '+1 day from UTC',
      alt: '20:00–20:30 UTC · 30 min',
    });
    expect(cardTime('2022-04-25T20:00:00Z', '2022-04-25T20:30:00Z', 'Asia/Shanghai', utcEvent(tZh))).toEqual({
      from: '04:00',
      to: '04:30',
      zone: 'UTC+8',
      date: '4月26日 周二',
      late: false,
      shift: '比 UTC 晚 1 天',
      alt: 'UTC 20:00–20:30 · 30 分钟',
    });
    expect(cardTime('2022-04-26T01:15:00Z', '2022-04-26T01:55:00Z', 'America/Los_Angeles', utcEvent())).toMatchObject({
      from: '18:15',
      to: '18:55',
      zone: 'UTC−7',
      date: 'Mon 25 Apr',
      shift: '−1 day from UTC',
    });
  });

  it('flags a 01:30 session listed under the evening before as late, in the event’s zone only', () => {
    expect(cardTime(NIGHT.start, NIGHT.end, 'Europe/Berlin', berlinEvent())).toEqual({
      from: '01:30',
      to: '03:30',
      zone: 'UTC+1',
      date: 'Sun 26 Mar',
      late: true,
      shift: '',
      // One real hour, though the wall clock moves two (the DST jump).
      alt: '1 h',
    });
    // Seen from UTC the day is a calendar day: 00:30 on Sunday is Sunday's, not late.
    expect(cardTime(NIGHT.start, NIGHT.end, 'UTC', berlinEvent())).toEqual({
      from: '00:30',
      to: '01:30',
      zone: 'UTC',
      date: 'Sun 26 Mar',
      late: false,
      shift: '',
      alt: '01:30–03:30 Berlin · 1 h',
    });
    expect(cardTime(NIGHT.start, NIGHT.end, 'UTC', berlinEvent(tZh)).alt).toBe('柏林 01:30–03:30 · 1 小时');
  });

  it('does not flag a session that starts in the evening and runs past midnight', () => {
    expect(cardTime(LATE.start, LATE.end, 'Europe/Berlin', berlinEvent())).toEqual({
      from: '23:30',
      to: '01:30',
      zone: 'UTC+1',
      date: 'Sat 25 Mar',
      late: false,
      shift: '',
      alt: '2 h',
    });
    // 22:30 UTC is 18:30 in New York (EDT since 12 March) and 07:30 the next day in Tokyo.
    expect(cardTime(LATE.start, LATE.end, 'America/New_York', berlinEvent())).toMatchObject({
      from: '18:30',
      to: '20:30',
      zone: 'UTC−4',
      late: false,
      shift: '',
      alt: '23:30–01:30 Berlin · 2 h',
    });
    expect(cardTime(LATE.start, LATE.end, 'Asia/Tokyo', berlinEvent())).toMatchObject({
      from: '07:30',
      date: 'Sun 26 Mar',
      late: false,
      shift: '+1 day from Berlin',
    });
  });
});

describe('sessionTime', () => {
  it('in the event’s zone: no second clock', () => {
    expect(sessionTime('2022-04-25T15:00:00Z', '2022-04-25T15:25:00Z', 'UTC', utcEvent())).toEqual({
      day: 'Monday 25 April 2022',
      from: '15:00',
      to: '15:25',
      zone: 'UTC',
      duration: '25 min',
      event: '',
    });
  });
  it('elsewhere: the local day and clock, and the event’s day and clock', () => {
    expect(sessionTime('2022-04-25T15:00:00Z', '2022-04-25T15:25:00Z', 'Asia/Shanghai', utcEvent())).toEqual({
      day: 'Monday 25 April 2022',
      from: '23:00',
      to: '23:25',
      zone: 'UTC+8',
      duration: '25 min',
      event: 'Event time: Mon 25 Apr, 15:00–15:25 UTC',
    });
    expect(sessionTime('2022-04-25T16:00:00Z', '2022-04-25T16:40:00Z', 'Asia/Shanghai', utcEvent(tZh))).toEqual({
      day: '2022年4月26日 星期二',
      from: '00:00',
      to: '00:40',
      zone: 'UTC+8',
      duration: '40 分钟',
      event: '会议时间：4月25日 周一 16:00–16:40（UTC）',
    });
  });
  it('gives the calendar day of a night session, with the event’s clock across the DST jump', () => {
    expect(sessionTime(NIGHT.start, NIGHT.end, 'Asia/Tokyo', berlinEvent())).toEqual({
      day: 'Sunday 26 March 2023',
      from: '09:30',
      to: '10:30',
      zone: 'UTC+9',
      duration: '1 h',
      event: 'Event time: Sun 26 Mar, 01:30–03:30 Berlin',
    });
  });
});

describe('linkTime', () => {
  it('is the short date, clock and offset, with the event’s clock elsewhere', () => {
    expect(linkTime('2022-04-26T15:00:00Z', 'UTC', utcEvent())).toEqual({ when: 'Tue 26 Apr, 15:00 UTC', alt: '' });
    expect(linkTime('2022-04-26T15:00:00Z', 'Asia/Shanghai', utcEvent())).toEqual({
      when: 'Tue 26 Apr, 23:00 UTC+8',
      alt: '15:00 UTC',
    });
    expect(linkTime('2022-04-26T15:00:00Z', 'Asia/Kathmandu', utcEvent())).toEqual({
      when: 'Tue 26 Apr, 20:45 UTC+5:45',
      alt: '15:00 UTC',
    });
    expect(linkTime('2022-04-26T15:00:00Z', 'Asia/Shanghai', utcEvent(tZh))).toEqual({
      when: '4月26日 周二 23:00 UTC+8',
      alt: '15:00 UTC',
    });
    expect(linkTime(NIGHT.start, 'UTC', berlinEvent(tZh))).toEqual({
      when: '3月26日 周日 00:30 UTC',
      alt: '01:30 柏林',
    });
  });
});

describe('zoneNote', () => {
  const AT = '2022-04-26T01:15:00Z';
  it('says UTC plainly', () => {
    expect(zoneNote('UTC', false, AT, tEn)).toBe('Times are in UTC.');
    expect(zoneNote('UTC', true, AT, tEn)).toBe('Times are in your time: UTC.');
    expect(zoneNote('UTC', true, AT, tZh)).toBe('时间为你的时区：UTC。');
  });
  it('names a known zone by its city, IANA name and offset', () => {
    expect(zoneNote('Asia/Shanghai', false, AT, tEn)).toBe('Times are in Beijing (Asia/Shanghai, UTC+8).');
    expect(zoneNote('Asia/Shanghai', false, AT, tZh)).toBe('时间为：北京（Asia/Shanghai，UTC+8）。');
    expect(zoneNote('America/Los_Angeles', true, AT, tEn)).toBe(
      'Times are in your time: Los Angeles (America/Los Angeles, UTC−7).',
    );
  });
  it('names any other zone by its IANA name and offset', () => {
    expect(zoneNote('America/Argentina/Buenos_Aires', false, AT, tEn)).toBe(
      'Times are in America/Argentina/Buenos Aires (UTC−3).',
    );
  });
  it('gives the offset at the instant asked', () => {
    expect(zoneNote('Europe/Berlin', false, NIGHT.start, tEn)).toBe('Times are in Berlin (Europe/Berlin, UTC+1).');
    expect(zoneNote('Europe/Berlin', false, NIGHT.end, tEn)).toBe('Times are in Berlin (Europe/Berlin, UTC+2).');
  });
});

describe('dateRange', () => {
  it('writes a run of days within a month', () => {
    expect(dateRange('2022-04-25', '2022-04-29', tEn)).toBe('25–29 April 2022');
    expect(dateRange('2022-04-25', '2022-04-29', tZh)).toBe('2022年4月25日至29日');
  });
  it('writes one day', () => {
    expect(dateRange('2022-04-25', '2022-04-25', tEn)).toBe('25 April 2022');
    expect(dateRange('2022-04-25', '2022-04-25', tZh)).toBe('2022年4月25日');
  });
  it('writes a run across months', () => {
    expect(dateRange('2022-04-29', '2022-05-02', tEn)).toBe('29 April – 2 May 2022');
    expect(dateRange('2022-04-29', '2022-05-02', tZh)).toBe('2022年4月29日至5月2日');
  });
  it('writes a run across years with both years and weekdays', () => {
    // 30 December 2022 was a Friday, 2 January 2023 a Monday.
    expect(dateRange('2022-12-30', '2023-01-02', tEn)).toBe('Friday 30 December 2022 – Monday 2 January 2023');
    expect(dateRange('2022-12-30', '2023-01-02', tZh)).toBe('2022年12月30日 星期五至2023年1月2日 星期一');
  });
});

describe('programRange', () => {
  const FIRST = '2022-04-25T15:00:00Z';
  const LAST = '2022-04-29T17:00:00Z';
  it('is the days of the first and last sessions as seen from the zone', () => {
    expect(programRange(FIRST, LAST, 'UTC', utcEvent())).toBe('25–29 April 2022');
    expect(programRange(FIRST, LAST, 'Asia/Shanghai', utcEvent())).toBe('25–30 April 2022'); // 01:00 on the 30th
    expect(programRange(FIRST, LAST, 'Pacific/Kiritimati', utcEvent())).toBe('26–30 April 2022');
    expect(programRange(FIRST, LAST, 'America/Los_Angeles', utcEvent(tZh))).toBe('2022年4月25日至29日');
  });
  it('keeps a session after midnight in the evening’s day, in the event’s zone only', () => {
    const first = '2023-03-25T09:00:00+01:00';
    expect(programRange(first, NIGHT.start, 'Europe/Berlin', berlinEvent())).toBe('25 March 2023');
    expect(programRange(first, NIGHT.start, 'UTC', berlinEvent())).toBe('25–26 March 2023');
  });
});

describe('factParts', () => {
  const neutral = loadProgram(NEUTRAL_CONTENT);
  const ZONES = ['Europe/Berlin', 'UTC', 'Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'];
  const KINDS: FactKind[] = ['card', 'slot', 'session', 'link', 'range'];

  it('gives, for each kind, exactly the strings of the function it wraps', () => {
    for (const t of [tEn, tZh])
      for (const zone of ZONES)
        for (const s of neutral.sessions) {
          const ctx = berlinEvent(t);
          const card = cardTime(s.start, s.end, zone, ctx);
          const expected: Record<FactKind, Record<string, string>> = {
            card: { ...card, late: card.late ? '1' : '' },
            slot: { from: localTime(s.start, zone), to: localTime(s.end, zone) },
            session: { ...sessionTime(s.start, s.end, zone, ctx) },
            link: linkTime(s.start, zone, ctx),
            range: { range: programRange(s.start, s.end, zone, ctx) },
          };
          for (const kind of KINDS) {
            const parts = factParts(kind, s.start, s.end, zone, ctx);
            expect(parts, `${kind} ${s.slug} ${zone} ${t.lang}`).toEqual(expected[kind]);
            for (const value of Object.values(parts)) expect(typeof value).toBe('string');
          }
        }
  });

  it('flags late as "1" and writes the event’s day the server writes', () => {
    expect(factParts('card', NIGHT.start, NIGHT.end, 'Europe/Berlin', berlinEvent()).late).toBe('1');
    expect(factParts('card', NIGHT.start, NIGHT.end, 'UTC', berlinEvent()).late).toBe('');
    expect(factParts('session', NIGHT.start, NIGHT.end, 'UTC', berlinEvent()).event).toBe(
      `Event time: ${formatDay('2023-03-26', 'en-GB', 'short')}, 01:30–03:30 Berlin`,
    );
  });
});
