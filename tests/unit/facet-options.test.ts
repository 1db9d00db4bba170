import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-Hans.json';
import { facetOptions, filterable } from '../../src/lib/facet-options';
import { createTranslator } from '../../src/lib/i18n';
import { TRACK_PALETTE } from '../../src/lib/to-program';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const tEn = createTranslator('en', en);
const tZh = createTranslator('zh-Hans', zh);
const program = loadProgram(NEUTRAL_CONTENT);

describe('filterable', () => {
  it('is a session as the filters see it', () => {
    const of = (slug: string) => filterable(program.sessions.find((s) => s.slug === slug)!);
    expect(of('zweisprachig')).toEqual({
      slug: 'zweisprachig',
      code: '4',
      languages: ['de', 'en'],
      track: 'community',
      type: 'talk',
      room: 'hall-a',
      video: false,
    });
    expect(of('lightning')).toMatchObject({ track: 'none', type: 'none', room: 'room-c', video: false });
    expect(of('opening').video).toBe(true);
  });
});

describe('facetOptions', () => {
  it('lists every facet’s options in content order with counts, "no track" and "no type" last', () => {
    expect(facetOptions(program, program.sessions, tEn)).toEqual({
      language: [
        { value: 'en', label: 'English', lang: 'en', n: 9 },
        { value: 'de', label: 'Deutsch', lang: 'de', n: 1 },
        { value: 'zh-Hans', label: '中文', lang: 'zh-Hans', n: 1 },
      ],
      track: [
        { value: 'systems', label: 'Systems', title: 'Systems and kernels', color: '#2f6db5', n: 3 },
        { value: 'community', label: 'Community', title: undefined, color: TRACK_PALETTE[1], n: 4 },
        { value: 'none', label: 'No track', n: 3 },
      ],
      type: [
        { value: 'talk', label: 'Talk', n: 7 },
        { value: 'workshop', label: 'Workshop', n: 2 },
        { value: 'none', label: 'No type', n: 1 },
      ],
      room: [
        { value: 'hall-a', label: 'Hall A', n: 5 },
        { value: 'room-b', label: 'Room B', n: 2 },
        { value: 'room-c', label: 'Room C', n: 3 },
      ],
      recording: 1,
    });
  });

  it('translates "no track" and "no type"', () => {
    const options = facetOptions(program, program.sessions, tZh);
    expect(options.track.at(-1)).toEqual({ value: 'none', label: '无专题', n: 3 });
    expect(options.type.at(-1)).toEqual({ value: 'none', label: '无类型', n: 1 });
  });

  it('leaves out options no session of the list has', () => {
    const chinese = program.sessions.filter((s) => s.languages.includes('zh-Hans'));
    const options = facetOptions(program, chinese, tEn);
    expect(options.language.map((o) => [o.value, o.n])).toEqual([['zh-Hans', 1]]);
    expect(options.track.map((o) => [o.value, o.n])).toEqual([['systems', 1]]);
    expect(options.type.map((o) => [o.value, o.n])).toEqual([['talk', 1]]);
    expect(options.room.map((o) => [o.value, o.n])).toEqual([['hall-a', 1]]);
    expect(options.recording).toBe(0);
  });

  it('has no options for no sessions', () => {
    expect(facetOptions(program, [], tEn)).toEqual({ language: [], track: [], type: [], room: [], recording: 0 });
  });
});
