import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { guidsFor, NAMESPACE_URL, sha1, toHex, uuidV5 } from '../../src/lib/guid';
import { loadProgram } from './fixtures/load-program';

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
  const guids = guidsFor(program.event.url);

  it('is the same on every call: derived from content only', () => {
    const again = guidsFor(program.event.url);
    for (const s of program.sessions) expect(again.session(s.code)).toBe(guids.session(s.code));
  });
  it('gives every session, room and speaker a distinct UUID', () => {
    const all = [
      ...program.sessions.map((s) => guids.session(s.code)),
      ...program.rooms.map((r) => guids.room(r.slug)),
      ...program.speakers.map((s) => guids.person(s.slug)),
    ];
    for (const g of all) expect(g).toMatch(UUID);
    expect(new Set(all).size).toBe(all.length);
  });
  it('keeps a known session GUID, so a change of scheme is a deliberate test change', () => {
    expect(guids.session('a1a')).toBe(uuidV5('session:a1a', uuidV5(program.event.url, NAMESPACE_URL)));
  });
  it('differs between events', () => {
    expect(guidsFor('https://other.example/').session('a1a')).not.toBe(guids.session('a1a'));
  });
});
