import { describe, expect, it } from 'vitest';
import { eventSchema, languageSchema, roomSchema, sessionTypeSchema, trackSchema } from '../../../src/schemas/taxonomy';
import { issues, parsed } from '../../helpers/schema-issues';

const SLUG = 'must be a slug: lowercase words joined by hyphens, like "use-case"';

describe('trackSchema', () => {
  const check = (over: Record<string, unknown>) => issues(trackSchema(), { id: 'systems', name: 'Systems', ...over });
  it('accepts a track with or without label and colour', () => {
    expect(check({})).toEqual([]);
    expect(check({ label: 'Sys', color: '#2F6dB5' })).toEqual([]);
  });
  it('checks each field', () => {
    expect(issues(trackSchema(), { name: 'Systems' })).toEqual(['id: is required']);
    expect(check({ id: 'Systems' })).toEqual([`id: ${SLUG}`]);
    expect(check({ name: '' })).toEqual(['name: must not be empty']);
    expect(check({ label: ' ' })).toEqual(['label: must not be empty']);
    for (const color of ['#2f6db', 'blue', '2f6db5', '#2f6db5ff'])
      expect(check({ color }), color).toEqual(['color: must be a colour like "#516baa"']);
    expect(check({ colour: '#2f6db5' })).toEqual(["(record): Unrecognized key(s) in object: 'colour'"]);
  });
});

describe('languageSchema', () => {
  const check = (over: Record<string, unknown>) =>
    issues(languageSchema(), { id: 'zh-Hans', name: 'Chinese', ...over });
  it('accepts a language by its BCP 47 tag, with its own name', () => {
    expect(check({ nativeName: '中文' })).toEqual([]);
  });
  it('wants the tag in its canonical form', () => {
    expect(check({ id: 'zh_Hans' })).toEqual(['id: must be a BCP 47 language tag like "en" or "zh-Hans"']);
    expect(check({ id: 'zh-hans' })).toEqual(['id: must be written "zh-Hans"']);
    expect(check({ name: '' })).toEqual(['name: must not be empty']);
    expect(check({ native: '中文' })).toEqual(["(record): Unrecognized key(s) in object: 'native'"]);
  });
});

describe('sessionTypeSchema', () => {
  it('is an id and a name', () => {
    expect(issues(sessionTypeSchema(), { id: 'talk', name: 'Talk' })).toEqual([]);
    expect(issues(sessionTypeSchema(), { id: 'A talk', name: 'Talk' })).toEqual([`id: ${SLUG}`]);
    expect(issues(sessionTypeSchema(), { id: 'talk' })).toEqual(['name: is required']);
    expect(issues(sessionTypeSchema(), { id: 'talk', name: 'Talk', color: '#fff' })).toEqual([
      "(record): Unrecognized key(s) in object: 'color'",
    ]);
  });
});

describe('roomSchema', () => {
  const check = (over: Record<string, unknown>) =>
    issues(roomSchema(), { id: 'hall-a', name: 'Hall A', order: 1, ...over });
  it('accepts a room with its column order and an optional note', () => {
    expect(check({ note: 'second floor' })).toEqual([]);
  });
  it('wants a positive whole order', () => {
    expect(issues(roomSchema(), { id: 'hall-a', name: 'Hall A' })).toEqual(['order: is required']);
    expect(check({ order: 1.5 })).toEqual(['order: must be a whole number']);
    expect(check({ order: 0 })).toEqual(['order: must be positive']);
    expect(check({ order: -2 })).toEqual(['order: must be positive']);
  });
  it('checks the other fields', () => {
    expect(check({ id: 'Hall A' })).toEqual([`id: ${SLUG}`]);
    expect(check({ note: '' })).toEqual(['note: must not be empty']);
    expect(check({ capacity: 60 })).toEqual(["(record): Unrecognized key(s) in object: 'capacity'"]);
  });
});

describe('eventSchema', () => {
  const BASE = {
    id: 'fixture-conf',
    name: 'Fixture Conf',
    timeZone: 'Europe/Berlin',
    firstDay: '2023-03-25',
    lastDay: '2023-03-26',
  };
  const check = (over: Record<string, unknown>) => issues(eventSchema(), { ...BASE, ...over });

  it('accepts a minimal event and fills the defaults', () => {
    expect(parsed(eventSchema(), BASE)).toEqual({ ...BASE, dayChange: '00:00', locale: 'en' });
  });

  it('accepts every optional field', () => {
    expect(
      check({
        url: 'https://conf.example.org/',
        siteUrl: 'https://schedule.example.org/',
        description: 'A test conference.',
        format: 'hybrid',
        venue: 'Example Hall',
        city: 'Berlin',
        dayChange: '04:00',
        locale: 'zh-Hans',
        locales: ['zh-Hans', 'en'],
        popularZones: ['Asia/Shanghai', 'UTC'],
        storagePrefix: 'fixture-2023',
        blocks: [{ id: 'a1', language: 'en', start: '2023-03-25T09:00:00+01:00' }],
      }),
    ).toEqual([]);
  });

  it.each(['id', 'name', 'timeZone', 'firstDay', 'lastDay'] as const)('requires %s', (field) => {
    const copy: Record<string, unknown> = { ...BASE };
    delete copy[field];
    expect(issues(eventSchema(), copy)).toEqual([`${field}: is required`]);
  });

  it('checks the event’s zone, days and format', () => {
    expect(check({ timeZone: 'Berlin' })).toEqual([
      'timeZone: must be an IANA time zone like "Europe/Brussels" or "UTC"',
    ]);
    expect(check({ firstDay: '2023-02-29', lastDay: '2023-03-01' })).toEqual(['firstDay: is not a real date']);
    expect(check({ lastDay: '2023-02-31' })).toContain('lastDay: is not a real date');
    expect(check({ lastDay: '2023-03-24' })).toEqual(['lastDay: must not be before firstDay']);
    expect(check({ lastDay: '2023-03-25' })).toEqual([]);
    expect(check({ format: 'online' })).toEqual(['format: must be "virtual", "in-person" or "hybrid"']);
    expect(check({ url: 'conf.example.org' })).toContain('url: must be an absolute http:// or https:// URL');
    expect(check({ siteUrl: 'ftp://conf.example.org/' })).toEqual([
      'siteUrl: must be an absolute http:// or https:// URL',
    ]);
  });

  it('reads the day change as a time of day', () => {
    expect(parsed(eventSchema(), { ...BASE, dayChange: '04:00' }).dayChange).toBe('04:00');
    expect(check({ dayChange: '24:00' })).toEqual(['dayChange: must be a time of day like "04:00"']);
    expect(check({ dayChange: 240 })).toEqual(['dayChange: must be a quoted time']);
  });

  it('wants the interface languages as tags, the default one first', () => {
    expect(check({ locale: 'zh-hans' })).toEqual(['locale: must be written "zh-Hans"']);
    expect(check({ locales: ['en', 'zh-Hans'] })).toEqual([]);
    expect(check({ locales: ['zh-Hans', 'en'] })).toEqual(['locales: must start with the default locale']);
    expect(check({ locale: 'de', locales: ['en', 'de'] })).toEqual(['locales: must start with the default locale']);
    expect(check({ locales: ['en', 'zh_Hans'] })).toEqual([
      'locales.1: must be a BCP 47 language tag like "en" or "zh-Hans"',
    ]);
    expect(check({ locales: [] })).toContain('locales: must list at least one language');
  });

  it('checks the popular zones and the storage prefix', () => {
    expect(check({ popularZones: ['Asia/Shanghai', 'Mars/Olympus'] })).toEqual([
      'popularZones.1: must be an IANA time zone like "Europe/Brussels" or "UTC"',
    ]);
    for (const prefix of ['Fixture', '-x', 'a b', 'x'.repeat(42), ''])
      expect(check({ storagePrefix: prefix }), prefix).toEqual([
        'storagePrefix: must be lowercase letters, digits and hyphens',
      ]);
    expect(check({ storagePrefix: 'x'.repeat(41) })).toEqual([]);
  });

  it('checks each block', () => {
    const block = { id: 'a', language: 'en', start: '2023-03-25T09:00:00+01:00' };
    expect(check({ blocks: [{ ...block, language: 'zh_Hans' }] })).toEqual([
      'blocks.0.language: must be a BCP 47 language tag like "en" or "zh-Hans"',
    ]);
    expect(check({ blocks: [{ ...block, start: '2023-03-25T09:00:00' }] })).toEqual([
      'blocks.0.start: must be an ISO 8601 instant ending in "Z" or an offset, like "2022-04-25T15:00:00Z"',
    ]);
    expect(check({ blocks: [{ ...block, room: 'hall-a' }] })).toEqual([
      "blocks.0: Unrecognized key(s) in object: 'room'",
    ]);
    // The same rule and words as a session's block.
    expect(check({ blocks: [{ ...block, id: 'A' }] })).toEqual(['blocks.0.id: must be a block id like "a"']);
  });

  it('refuses a field it does not know', () => {
    expect(check({ timezone: 'UTC' })).toEqual(["(record): Unrecognized key(s) in object: 'timezone'"]);
  });
});
