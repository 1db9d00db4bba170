import { describe, expect, it } from 'vitest';
import { languageLabel, lookup, sessionData, trackKey } from '../../src/lib/program';
import { NO_TRACK } from '../../src/lib/types';
import { loadProgram } from './fixtures/load-program';

const program = loadProgram();
const look = lookup(program);

describe('lookup', () => {
  it('finds records and a speaker’s sessions in time order', () => {
    expect(look.speaker('lin-sun')?.name).toBe('Lin Sun');
    expect(look.track('keynote')?.label).toBe('Keynote');
    expect(look.track(undefined)).toBeUndefined();
    expect(look.room('workshop')?.order).toBe(2);
    const given = look.sessionsOf('lin-sun');
    expect(given.length).toBeGreaterThan(1);
    expect(given.every((s) => s.speakers.includes('lin-sun'))).toBe(true);
    expect(given.map((s) => s.start)).toEqual([...given.map((s) => s.start)].sort());
    expect(look.sessionsOf('nobody')).toEqual([]);
  });
  it('labels languages natively and keys sessions without a track', () => {
    expect(languageLabel(look.language('zh'), 'zh')).toBe('中文');
    expect(languageLabel(look.language('en'), 'en')).toBe('English');
    expect(languageLabel(undefined, 'fr')).toBe('fr');
    expect(trackKey({ track: undefined })).toBe(NO_TRACK);
  });
  it('gives every card the data attributes the island reads', () => {
    const s = program.sessions.find((x) => !x.track)!;
    expect(sessionData(s)).toEqual({
      'data-slug': s.slug,
      'data-code': s.code,
      'data-start': s.start,
      'data-end': s.end,
      'data-lang': s.language,
      'data-track': 'none',
      'data-type': s.type,
      'data-room': s.room,
    });
  });
});
