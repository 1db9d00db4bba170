import { describe, expect, it } from 'vitest';
import { createLookup } from '../../src/lib/lookup';
import { sessionJsonLd } from '../../src/lib/structured-data';
import type { EventInfo, Program } from '../../src/lib/types';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';
import { strictAjv } from './fixtures/validators';

const isUri = strictAjv().compile({ type: 'string', format: 'uri' });
const neutral = loadProgram(NEUTRAL_CONTENT);
const real = loadProgram();
const byCode = (p: Program, code: string) => p.sessions.find((s) => s.code === code)!;
const ld = (p: Program, code: string, event: EventInfo = p.event, url = 'https://schedule.example.org/s/') =>
  sessionJsonLd(byCode(p, code), createLookup(p), event, url);

/** Every string value under a key named "url" in a JSON value. */
const urls = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(urls)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => (k === 'url' && typeof v === 'string' ? [v] : urls(v)))
      : [];

describe('sessionJsonLd', () => {
  it('describes an in-person session: offline mode, a Place (room in the venue, in its city), zone-offset times', () => {
    const data = ld(neutral, '1');
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(data.location).toEqual({
      '@type': 'Place',
      name: 'Hall A',
      containedInPlace: {
        '@type': 'Place',
        name: 'Example Hall',
        address: { '@type': 'PostalAddress', addressLocality: 'Berlin' },
      },
    });
    expect([data.startDate, data.endDate]).toEqual(['2023-03-25T09:00:00+01:00', '2023-03-25T09:20:00+01:00']);
    expect(data.inLanguage).toBe('en');
  });
  it('lists both languages of a two-language session', () => {
    expect(ld(neutral, '4').inLanguage).toEqual(['de', 'en']);
  });
  it('describes a virtual session: online mode and a VirtualLocation', () => {
    const data = ld(real, 'a1a');
    expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(data.location).toEqual({ '@type': 'VirtualLocation', url: 'https://youtu.be/6hWDlYSujLo' });
    expect(data.startDate).toBe('2022-04-25T15:00:00+00:00');
  });
  it('gives a hybrid session both places and mixed mode', () => {
    const data = ld(neutral, '1', { ...neutral.event, format: 'hybrid' });
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(Array.isArray(data.location) && data.location.map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
  });
  it('omits the attendance mode when the format is unknown, and the place when there is no venue either', () => {
    const unknown = ld(neutral, '1', { ...neutral.event, format: undefined });
    expect(unknown).not.toHaveProperty('eventAttendanceMode');
    expect(unknown.location).toMatchObject({ '@type': 'Place', name: 'Hall A' });
    const bare = ld(neutral, '1', { ...neutral.event, format: undefined, venue: undefined, city: undefined });
    expect(bare).not.toHaveProperty('location');
  });
  it('names speakers with their native name and role', () => {
    expect(ld(neutral, '9').performer).toEqual([
      { '@type': 'Person', name: 'Li Chen', alternateName: '陈立', jobTitle: '工程师, 示例公司' },
    ]);
  });
  it('percent-encodes every URL, Chinese paths included', () => {
    // Without its recording, the virtual location is the original page, whose path is raw Chinese.
    const found0 = real.sessions.find((s) => /\P{ASCII}/u.test(s.originalPage ?? ''))!;
    const chinese = { ...found0, video: undefined };
    const data = sessionJsonLd(chinese, createLookup(real), real.event, 'https://x.org/sessions/服务/');
    expect(data.location).toEqual({ '@type': 'VirtualLocation', url: encodeURI(found0.originalPage!) });
    const found = urls(data);
    expect(found.length).toBeGreaterThan(1);
    for (const url of found) expect(isUri(url), url).toBe(true);
    expect(data.url).toBe('https://x.org/sessions/%E6%9C%8D%E5%8A%A1/');
  });
  it('leaves out the event URL when the content has none', () => {
    expect(ld(neutral, '1', { ...neutral.event, url: undefined }).superEvent).not.toHaveProperty('url');
  });
});
