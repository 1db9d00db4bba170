import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  eventIds,
  guidNamespaceName,
  guidsFor,
  NAMESPACE_URL,
  personIds,
  sha1,
  toHex,
  uuidV5,
} from '../../src/lib/guid';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** node:crypto is the oracle for the hand-written SHA-1. */
const oracle = (input: string | Uint8Array) => createHash('sha1').update(input).digest('hex');

describe('sha1', () => {
  it('matches the FIPS 180 test vectors', () => {
    expect(toHex(sha1(''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(toHex(sha1('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(toHex(sha1('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });
  it('agrees with node:crypto at every length around the block and padding edges', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(toHex(sha1(bytes)), `length ${n}`).toBe(oracle(bytes));
    }
  });
  it('hashes strings as UTF-8, Chinese and emoji included', () => {
    for (const text of ['istio推送的性能优化经验', '🚀 launch', 'Zhihu‘s istio Journey']) {
      expect(toHex(sha1(text))).toBe(oracle(text));
    }
  });
});

describe('uuidV5', () => {
  it('matches the reference values (Python uuid.uuid5)', () => {
    expect(uuidV5('python.org', NAMESPACE_DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('https://events.istio.io/istiocon-2022/', NAMESPACE_URL)).toBe(
      'b6144901-ea1f-597a-9b7f-9556ca7a8c7d',
    );
  });
  it('has version 5 and the RFC variant', () => {
    expect(uuidV5('anything', NAMESPACE_URL)).toMatch(UUID);
  });
  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(TypeError);
  });
});

describe('guidsFor', () => {
  const program = loadProgram();
  const guids = guidsFor(program.event);

  it('is the same on every call: derived from content only', () => {
    const again = guidsFor({ ...program.event });
    for (const s of program.sessions) expect(again.session(s)).toBe(guids.session(s));
  });
  it('gives every session, room and speaker a distinct UUID', () => {
    const all = [
      ...program.sessions.map((s) => guids.session(s)),
      ...program.rooms.map((r) => guids.room(r.slug)),
      ...program.speakers.map((s) => guids.person(s.slug)),
    ];
    for (const g of all) expect(g).toMatch(UUID);
    expect(new Set(all).size).toBe(all.length);
  });
  it('keeps a known session GUID, so a change of scheme is a deliberate test change', () => {
    expect(guids.session({ code: 'a1a' })).toBe(uuidV5('session:a1a', uuidV5(program.event.url!, NAMESPACE_URL)));
    // The GUID the site has published for IstioCon's opening keynote (Python's uuid5 agrees).
    expect(guids.session({ code: 'a1a' })).toBe('d4f85405-fc1c-5b0b-86d4-7911627a906e');
  });
  it("uses the source's own GUID when the content has one", () => {
    const own = '8079583e-8321-506c-95af-fd2903a5f075';
    expect(guids.session({ code: 'a1a', guid: own })).toBe(own);
  });
  it('differs between events', () => {
    expect(guidsFor({ id: 'other', url: 'https://other.example/' }).session({ code: 'a1a' })).not.toBe(
      guids.session({ code: 'a1a' }),
    );
  });
  it('namespaces an event without a URL by a URN of its id, stable and distinct', () => {
    expect(guidNamespaceName({ id: 'fixture-conf' })).toBe('urn:conference-schedule:fixture-conf');
    const a = guidsFor({ id: 'fixture-conf' }).session({ code: '1' });
    expect(a).toMatch(UUID);
    expect(guidsFor({ id: 'fixture-conf', url: undefined }).session({ code: '1' })).toBe(a);
    expect(guidsFor({ id: 'other-conf' }).session({ code: '1' })).not.toBe(a);
  });
});

describe('personIds', () => {
  it('keeps a positive-integer source id and hashes the slug otherwise, within 32-bit ints', () => {
    const ids = personIds([
      { slug: 'ada', sourceId: '1774' },
      { slug: 'bo', sourceId: 'NQTF8Y' },
      { slug: 'chen', sourceId: '0' },
      { slug: 'dana' },
    ]);
    expect(ids.get('ada')).toBe(1774);
    for (const slug of ['bo', 'chen', 'dana']) {
      expect(ids.get(slug)).toBeGreaterThan(0);
      expect(ids.get(slug)).toBeLessThanOrEqual(2 ** 31 - 1);
    }
    expect(personIds([{ slug: 'dana' }]).get('dana')).toBe(ids.get('dana'));
  });
  it('resolves collisions deterministically, whatever the input order', () => {
    const dana = personIds([{ slug: 'dana' }]).get('dana')!;
    // Two speakers claim one source id, and a third's source id is what "dana" hashes to.
    const list = [
      { slug: 'x', sourceId: '7' },
      { slug: 'y', sourceId: '7' },
      { slug: 'z', sourceId: String(dana) },
      { slug: 'dana' },
    ];
    const ids = personIds(list);
    expect(ids.get('x')).toBe(7);
    expect(ids.get('z')).toBe(dana);
    expect(new Set(ids.values()).size).toBe(4);
    expect([...personIds([...list].reverse())].sort()).toEqual([...ids].sort());
  });
  it('is unique for every speaker of the real program', () => {
    const program = loadProgram();
    const ids = personIds(program.speakers);
    expect(ids.size).toBe(program.speakers.length);
    expect(new Set(ids.values()).size).toBe(program.speakers.length);
  });
});

describe('eventIds', () => {
  it('takes numeric codes, else the program order, else the position; unique', () => {
    expect(eventIds([{ code: '10528' }, { code: '3' }])).toEqual([10528, 3]);
    expect(
      eventIds([
        { code: 'a1a', order: 1 },
        { code: 'a1b', order: 2 },
      ]),
    ).toEqual([1, 2]);
    expect(eventIds([{ code: 'x' }, { code: 'y' }])).toEqual([1, 2]);
    // "b" wants order 2, which the numeric code "2" holds; "2" again is a duplicate.
    expect(
      eventIds([{ code: 'a', order: 1 }, { code: 'b', order: 2 }, { code: '2' }, { code: '2', order: 9 }]),
    ).toEqual([1, 3, 2, 9]);
  });
  it("keeps the neutral program's numeric codes and IstioCon's program order", () => {
    const neutral = loadProgram(NEUTRAL_CONTENT);
    expect(eventIds(neutral.sessions)).toEqual(neutral.sessions.map((s) => Number(s.code)));
    const real = loadProgram();
    expect(eventIds(real.sessions)).toEqual(real.sessions.map((s) => s.order));
  });
});
