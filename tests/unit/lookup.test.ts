import { describe, expect, it } from 'vitest';
import {
  createLookup,
  languageLabel,
  languageName,
  primaryLanguage,
  speakerName,
  trackKey,
  typeKey,
} from '../../src/lib/lookup';
import { TRACK_PALETTE } from '../../src/lib/to-program';
import { NO_TRACK } from '../../src/lib/types';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const program = loadProgram(NEUTRAL_CONTENT);
const look = createLookup(program);

describe('createLookup', () => {
  it('finds records by key, and nothing for unknown keys', () => {
    expect(look.speaker('ada-example')?.name).toBe('Ada Example');
    expect(look.speaker('nobody')).toBeUndefined();
    expect(look.track('systems')).toEqual({
      slug: 'systems',
      name: 'Systems and kernels',
      label: 'Systems',
      color: '#2f6db5',
    });
    // A track without label or colour gets its name and the palette's colour for its place.
    expect(look.track('community')).toEqual({
      slug: 'community',
      name: 'Community',
      label: 'Community',
      color: TRACK_PALETTE[1],
    });
    expect(look.track(undefined)).toBeUndefined();
    expect(look.language('de')).toEqual({ code: 'de', name: 'German', nativeName: 'Deutsch' });
    expect(look.language('fr')).toBeUndefined();
    expect(look.type('workshop')?.name).toBe('Workshop');
    expect(look.type(undefined)).toBeUndefined();
    expect(look.room('room-c')).toEqual({ slug: 'room-c', name: 'Room C', note: 'second floor', order: 3 });
  });

  it('lists a speaker’s sessions in time order', () => {
    expect(look.sessionsOf('ada-example').map((s) => s.slug)).toEqual(['schedulers', 'workshop', 'late-night']);
    expect(look.sessionsOf('bo-sample').map((s) => s.slug)).toEqual(['schedulers', 'lightning', 'zweisprachig']);
    expect(look.sessionsOf('nobody')).toEqual([]);
  });

  it('is made once per program object', () => {
    expect(createLookup(program)).toBe(look);
    const copy = { ...program, speakers: [] };
    expect(createLookup(copy)).not.toBe(look);
    expect(createLookup(copy).speaker('ada-example')).toBeUndefined();
  });

  it('works for a program without records', () => {
    const empty = createLookup({
      ...program,
      sessions: [],
      speakers: [],
      tracks: [],
      languages: [],
      types: [],
      rooms: [],
    });
    expect(empty.speaker('ada-example')).toBeUndefined();
    expect(empty.sessionsOf('ada-example')).toEqual([]);
  });
});

describe('labels and keys', () => {
  it('labels a language by its own name, else its name, else its code', () => {
    expect(languageLabel(look.language('zh-Hans'), 'zh-Hans')).toBe('中文');
    expect(languageLabel(look.language('en'), 'en')).toBe('English');
    expect(languageLabel(undefined, 'fr')).toBe('fr');
  });

  it('names a language in the page’s language, else by the content’s name', () => {
    expect(languageName({ code: 'en', name: 'English' }, 'zh-Hans')).toBe('英语');
    expect(languageName({ code: 'de', name: 'German' }, 'en')).toBe('German');
    expect(languageName({ code: 'de', name: 'German' }, 'zh-Hans')).toBe('德语');
    expect(languageName({ code: 'zh-Hans', name: 'Chinese' }, 'en')).toBe('Simplified Chinese');
    // A code Intl has no name for, and a tag it cannot read.
    expect(languageName({ code: 'zz', name: 'Zed' }, 'en')).toBe('Zed');
    expect(languageName({ code: 'not a tag', name: 'Odd' }, 'en')).toBe('Odd');
  });

  it('names a speaker natively on pages in their language', () => {
    const chen = look.speaker('chen-li');
    expect(speakerName(chen, 'chen-li', 'zh-Hans')).toBe('陈立');
    expect(speakerName(chen, 'chen-li', 'zh')).toBe('陈立');
    expect(speakerName(chen, 'chen-li', 'en')).toBe('Li Chen');
    expect(speakerName(look.speaker('ada-example'), 'ada-example', 'zh-Hans')).toBe('Ada Example');
    // A native name in another script is not shown for Chinese pages.
    expect(speakerName({ name: 'Zoe Example', nativeName: 'Zoë Exämple' }, 'zoe', 'zh-Hans')).toBe('Zoe Example');
    expect(speakerName(undefined, 'ghost', 'en')).toBe('ghost');
  });

  it('keys sessions without a track or type as "none", and knows their first language', () => {
    const lightning = program.sessions.find((s) => s.slug === 'lightning')!;
    const both = program.sessions.find((s) => s.slug === 'zweisprachig')!;
    expect([trackKey(lightning), typeKey(lightning)]).toEqual([NO_TRACK, NO_TRACK]);
    expect(NO_TRACK).toBe('none');
    expect([trackKey(both), typeKey(both)]).toEqual(['community', 'talk']);
    expect(primaryLanguage(both)).toBe('de');
  });
});
