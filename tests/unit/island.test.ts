import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import { filterable } from '../../src/lib/facet-options';
import { pickMessages } from '../../src/lib/i18n';
import { CLIENT_MESSAGES, CONFIG_ID, itemData, storageKeys } from '../../src/lib/island';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const program = loadProgram(NEUTRAL_CONTENT);

describe('itemData', () => {
  it('carries a session’s facts as data attributes', () => {
    const both = program.sessions.find((s) => s.slug === 'zweisprachig')!;
    expect(itemData(both)).toEqual({
      'data-slug': 'zweisprachig',
      'data-code': '4',
      'data-start': '2023-03-25T10:30:00+01:00',
      'data-end': '2023-03-25T11:15:00+01:00',
      'data-lang': 'de en',
      'data-track': 'community',
      'data-type': 'talk',
      'data-room': 'hall-a',
      'data-video': undefined,
    });
    const lightning = program.sessions.find((s) => s.slug === 'lightning')!;
    expect(itemData(lightning)).toMatchObject({ 'data-track': 'none', 'data-type': 'none', 'data-lang': 'en' });
    // A present, empty attribute marks a recording.
    expect(itemData(program.sessions.find((s) => s.slug === 'opening')!)['data-video']).toBe('');
  });

  it('gives the island the same facet values the server filters with', () => {
    for (const s of program.sessions) {
      const data = itemData(s);
      const f = filterable(s);
      expect({
        slug: data['data-slug'],
        code: data['data-code'],
        languages: data['data-lang'].split(' '),
        track: data['data-track'],
        type: data['data-type'],
        room: data['data-room'],
        video: data['data-video'] !== undefined,
      }).toEqual(f);
    }
  });
});

describe('CONFIG_ID', () => {
  it('is an id the layout can write and the scripts can find', () => {
    expect(CONFIG_ID).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});

describe('storageKeys', () => {
  it('prefixes the zone and the starred sessions with the site’s storage prefix', () => {
    expect(storageKeys('istiocon')).toEqual({ zone: 'istiocon:tz', starred: 'istiocon:starred' });
    expect(storageKeys(program.event.storagePrefix)).toEqual({
      zone: 'fixture-conf:tz',
      starred: 'fixture-conf:starred',
    });
  });
});

describe('CLIENT_MESSAGES', () => {
  it('names only prefixes that pick some message', () => {
    const keys = Object.keys(en);
    expect(CLIENT_MESSAGES.filter((p) => !keys.some((k) => k.startsWith(p)))).toEqual([]);
  });
  it('sends the time facts and leaves page-only text on the server', () => {
    const picked = pickMessages(en, CLIENT_MESSAGES);
    for (const key of ['time.later', 'duration.minutes', 'date.range.month', 'zone.note', 'grid.break'])
      expect(picked, key).toHaveProperty([key]);
    for (const key of ['site.title', 'session.abstract', 'notFound.text'])
      expect(picked, key).not.toHaveProperty([key]);
  });
});
