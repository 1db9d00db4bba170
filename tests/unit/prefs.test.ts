import { describe, expect, it } from 'vitest';
import { parseStarred, parseStoredZone, serializeStarred } from '../../src/lib/prefs';

describe('stored preferences are untrusted', () => {
  it('zone: local, valid or nothing', () => {
    expect(parseStoredZone('local')).toBe('local');
    expect(parseStoredZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(parseStoredZone('asia/tokyo')).toBe('Asia/Tokyo');
    expect(parseStoredZone('Etc/UTC')).toBe('UTC');
    for (const bad of [null, undefined, '', 'Local', 'Mars/Olympus', '"><img src=x>', '{"a":1}'])
      expect(parseStoredZone(bad)).toBeNull();
  });
  it('starred: a JSON list of known slugs, else empty', () => {
    const known = new Set(['a', 'b']);
    expect(parseStarred('["a","zz","b","a"]', known)).toEqual(['a', 'b']);
    expect(parseStarred('["a","zz"]')).toEqual(['a', 'zz']);
    expect(parseStarred('[]', known)).toEqual([]);
    for (const absent of [null, undefined, '']) expect(parseStarred(absent, known)).toEqual([]);
    for (const bad of ['{', '{"a":1}', '"a"', 'null', '<script>', '42']) expect(parseStarred(bad, known)).toBeNull();
    expect(parseStarred('[1,"a",{"x":2}]', known)).toEqual(['a']);
    expect(parseStarred(JSON.stringify(['x'.repeat(201), 'y'.repeat(200)]))).toEqual(['y'.repeat(200)]);
  });
  it('writes a list that reads back, once each', () => {
    expect(serializeStarred(['b', 'b', 'a'])).toBe('["b","a"]');
    expect(parseStarred(serializeStarred(['b', 'b', 'a']), new Set(['a', 'b']))).toEqual(['b', 'a']);
    expect(parseStarred(serializeStarred(['服务网格', 'x"y']))).toEqual(['服务网格', 'x"y']);
    expect(serializeStarred([])).toBe('[]');
  });
});
