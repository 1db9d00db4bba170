import { describe, expect, it } from 'vitest';
import { formatProblems, validateProgram, type Problem } from '../../src/lib/validate';
import type { Program, Session } from '../../src/lib/types';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const NEUTRAL = loadProgram(NEUTRAL_CONTENT);
const FILE = (slug: string) => NEUTRAL.sessions.find((s) => s.slug === slug)!.file!;
const DAYS = 'the conference days 2023-03-25 to 2023-03-26 (Europe/Berlin)';

/** A copy of the neutral program with changes; sessions can be changed by slug. */
function program(change: (p: Program) => void = () => {}): Program {
  const p = structuredClone(NEUTRAL);
  change(p);
  return p;
}
const session = (p: Program, slug: string): Session => p.sessions.find((s) => s.slug === slug)!;
/** The problems as the reader sees them: "file › field: message". */
const lines = (problems: readonly Problem[]) => problems.map((x) => `${x.file} › ${x.field}: ${x.message}`);

describe('validateProgram', () => {
  it('finds nothing wrong with a consistent program, or an empty one', () => {
    expect(validateProgram(NEUTRAL)).toEqual([]);
    expect(validateProgram(program((p) => (p.sessions = [])))).toEqual([]);
  });

  describe('lists', () => {
    it.each([
      ['tracks', (p: Program) => p.tracks.push(p.tracks[0]), '"systems"'],
      ['languages', (p: Program) => p.languages.push(p.languages[1]), '"de"'],
      ['types', (p: Program) => p.types.push(p.types[1]), '"workshop"'],
      ['rooms', (p: Program) => p.rooms.push(p.rooms[2]), '"room-c"'],
    ] as const)('refuses an id listed twice in %s', (kind, change, key) => {
      expect(lines(validateProgram(program(change)))).toEqual([`content/${kind}.yaml › id: ${key} is listed twice`]);
      expect(lines(validateProgram(program(change), { lists: { [kind]: `neutral/${kind}.yaml` } }))).toEqual([
        `neutral/${kind}.yaml › id: ${key} is listed twice`,
      ]);
    });
  });

  describe('sessions', () => {
    it('refuses a slug or a code used twice, naming the other file', () => {
      const twice = program((p) => p.sessions.push({ ...session(p, 'opening'), code: '99', file: 'x/again.md' }));
      expect(lines(validateProgram(twice))).toEqual([
        `x/again.md › slug: "opening" is already used by ${FILE('opening')}`,
      ]);
      const code = program((p) => p.sessions.push({ ...session(p, 'opening'), slug: 'again', file: 'x/again.md' }));
      expect(lines(validateProgram(code))).toEqual([`x/again.md › code: "1" is already used by ${FILE('opening')}`]);
    });

    it('refuses a speaker that does not exist, or one listed twice', () => {
      const ghost = program((p) => (session(p, 'schedulers').speakers = ['ada-example', 'ghost']));
      expect(lines(validateProgram(ghost))).toEqual([
        `${FILE('schedulers')} › speakers[1]: speaker "ghost" does not exist (no speakers/ghost.yaml)`,
      ]);
      const twice = program((p) => (session(p, 'schedulers').speakers = ['ada-example', 'ada-example']));
      expect(lines(validateProgram(twice))).toEqual([`${FILE('schedulers')} › speakers: lists a speaker twice`]);
    });

    it('refuses a track, a type or a room that does not exist, listing the known ones', () => {
      const p = program((q) => {
        session(q, 'opening').track = 'magic';
        session(q, 'opening').type = 'keynote';
        session(q, 'opening').room = 'attic';
      });
      expect(lines(validateProgram(p))).toEqual([
        `${FILE('opening')} › track: track "magic" does not exist; known tracks: "systems", "community"`,
        `${FILE('opening')} › type: type "keynote" does not exist; known types: "talk", "workshop"`,
        `${FILE('opening')} › room: room "attic" does not exist; known rooms: "hall-a", "room-b", "room-c"`,
      ]);
    });

    it('refuses a language that does not exist, naming its place in a list', () => {
      const one = program((p) => (session(p, 'opening').languages = ['fr']));
      expect(lines(validateProgram(one))).toEqual([
        `${FILE('opening')} › language: language "fr" does not exist; known languages: "en", "de", "zh-Hans"`,
      ]);
      const list = program((p) => (session(p, 'zweisprachig').languages = ['de', 'fr']));
      expect(lines(validateProgram(list))).toEqual([
        `${FILE('zweisprachig')} › language[1]: language "fr" does not exist; known languages: "en", "de", "zh-Hans"`,
      ]);
    });

    it('lists at most twelve known values, and says "none" when there are none', () => {
      const many = program((p) => {
        p.tracks = Array.from({ length: 14 }, (_, i) => ({
          slug: `t${i + 1}`,
          name: `T${i + 1}`,
          label: 'T',
          color: '#000000',
        }));
        p.types = [];
        for (const s of p.sessions) [s.track, s.type] = [undefined, undefined];
        session(p, 'opening').track = 'magic';
        session(p, 'opening').type = 'talk';
      });
      const known = Array.from({ length: 12 }, (_, i) => `"t${i + 1}"`).join(', ');
      expect(lines(validateProgram(many))).toEqual([
        `${FILE('opening')} › track: track "magic" does not exist; known tracks: ${known} and 2 more`,
        `${FILE('opening')} › type: type "talk" does not exist; known types: none`,
      ]);
    });

    it('refuses a block the event does not have, when the event has blocks', () => {
      const start = '2023-03-25T09:00:00+01:00';
      const p = program((q) => {
        q.event.blocks = [{ id: 'a', language: 'en', start }];
        session(q, 'opening').block = 'z';
        session(q, 'closing').block = 'a';
      });
      expect(lines(validateProgram(p))).toEqual([`${FILE('opening')} › block: block "z" is not in event.yaml`]);
      expect(validateProgram(program((q) => (session(q, 'opening').block = 'z')))).toEqual([]);
    });

    it('names the session by its code when it has no file', () => {
      const p = program((q) => {
        delete session(q, 'opening').file;
        session(q, 'opening').room = 'attic';
      });
      expect(lines(validateProgram(p))[0]).toMatch(/^content\/sessions\/1\.md › room: /);
    });
  });

  describe('conference days', () => {
    const at = (start: string, end: string) => program((p) => Object.assign(session(p, 'closing'), { start, end }));
    const problems = (start: string, end: string) => lines(validateProgram(at(start, end)));

    it('refuses a session before the first or after the last day', () => {
      expect(problems('2023-03-24T10:00:00+01:00', '2023-03-24T11:00:00+01:00')).toEqual([
        `${FILE('closing')} › start: 2023-03-24T10:00:00+01:00 is outside ${DAYS}`,
      ]);
      expect(problems('2023-03-27T10:00:00+02:00', '2023-03-27T11:00:00+02:00')).toEqual([
        `${FILE('closing')} › start: 2023-03-27T10:00:00+02:00 is outside ${DAYS}`,
      ]);
    });

    it('counts days from the 04:00 day change in the event’s zone', () => {
      // 01:30 after the last day is still the last conference day; 04:30 is not.
      expect(problems('2023-03-27T01:30:00+02:00', '2023-03-27T02:00:00+02:00')).toEqual([]);
      expect(problems('2023-03-27T04:30:00+02:00', '2023-03-27T05:00:00+02:00')).toEqual([
        `${FILE('closing')} › start: 2023-03-27T04:30:00+02:00 is outside ${DAYS}`,
      ]);
      // 03:00 on the first calendar day belongs to the day before it.
      expect(problems('2023-03-25T03:00:00+01:00', '2023-03-25T03:30:00+01:00')).toEqual([
        `${FILE('closing')} › start: 2023-03-25T03:00:00+01:00 is outside ${DAYS}`,
      ]);
    });

    it('refuses a session that runs past the last day, and lets one end as it closes', () => {
      expect(problems('2023-03-26T23:00:00+02:00', '2023-03-27T05:00:00+02:00')).toEqual([
        `${FILE('closing')} › end: 2023-03-27T05:00:00+02:00 is after the last of ${DAYS}`,
      ]);
      expect(problems('2023-03-26T23:00:00+02:00', '2023-03-27T04:00:00+02:00')).toEqual([]);
    });
  });

  describe('event and speakers', () => {
    it('refuses a block in a language the program does not have', () => {
      const p = program((q) => (q.event.blocks = [{ id: 'a', language: 'fr', start: '2023-03-25T09:00:00+01:00' }]));
      expect(lines(validateProgram(p))).toEqual([
        'content/event.yaml › blocks[0].language: language "fr" is not in languages.yaml',
      ]);
      expect(lines(validateProgram(p, { event: 'neutral/event.yaml' }))).toEqual([
        'neutral/event.yaml › blocks[0].language: language "fr" is not in languages.yaml',
      ]);
    });

    it('refuses a speaker slug used twice', () => {
      const ada = NEUTRAL.speakers.find((s) => s.slug === 'ada-example')!;
      const p = program((q) => q.speakers.push({ ...ada, file: 'x/ada-again.yaml' }));
      expect(lines(validateProgram(p))).toEqual(['x/ada-again.yaml › slug: "ada-example" is a duplicate']);
      const nameless = program((q) => q.speakers.push({ ...ada, file: undefined }));
      expect(lines(validateProgram(nameless))).toEqual([
        'content/speakers/ada-example.yaml › slug: "ada-example" is a duplicate',
      ]);
    });
  });

  it('reports every problem, not only the first', () => {
    const p = program((q) => {
      q.rooms.push(q.rooms[0]);
      session(q, 'opening').track = 'magic';
      session(q, 'closing').speakers = ['ghost'];
    });
    expect(validateProgram(p).map((x) => x.field)).toEqual(['id', 'track', 'speakers[0]']);
  });
});

describe('formatProblems', () => {
  it('writes one line per problem under a count', () => {
    const one: Problem = { file: 'content/sessions/a1.md', field: 'track', message: 'track "x" does not exist' };
    expect(formatProblems([one])).toBe(
      'The program content has 1 problem:\n  content/sessions/a1.md › track: track "x" does not exist',
    );
    expect(formatProblems([one, { ...one, field: 'room', message: 'room "y" does not exist' }])).toBe(
      'The program content has 2 problems:\n' +
        '  content/sessions/a1.md › track: track "x" does not exist\n' +
        '  content/sessions/a1.md › room: room "y" does not exist',
    );
  });
});
