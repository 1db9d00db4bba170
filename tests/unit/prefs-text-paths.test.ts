import { describe, expect, it } from 'vitest';
import { parseStarred, parseStoredZone, serializeStarred } from '../../src/lib/prefs';
import { joinNames, paragraphs, summary, textLanguage } from '../../src/lib/text';
import { languagePath, programAnchor, sessionPath, speakerPath, trackPath, withBase } from '../../src/lib/paths';

describe('stored preferences are untrusted', () => {
  it('zone: local, valid or nothing', () => {
    expect(parseStoredZone('local')).toBe('local');
    expect(parseStoredZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    for (const bad of [null, '', 'Mars/Olympus', '"><img src=x>', '{"a":1}']) expect(parseStoredZone(bad)).toBeNull();
  });
  it('starred: a JSON list of known slugs, else empty', () => {
    const known = new Set(['a', 'b']);
    expect(parseStarred('["a","zz","b","a"]', known)).toEqual(['a', 'b']);
    expect(parseStarred('["a","zz"]')).toEqual(['a', 'zz']);
    for (const absent of [null, undefined, '']) expect(parseStarred(absent, known)).toEqual([]);
    for (const bad of ['{', '{"a":1}', '"a"', 'null', '<script>']) expect(parseStarred(bad, known)).toBeNull();
    expect(parseStarred('[1,"a",{"x":2}]', known)).toEqual(['a']);
    expect(parseStarred(serializeStarred(['b', 'b', 'a']), known)).toEqual(['b', 'a']);
  });
});

describe('text', () => {
  it('detects Chinese text', () => {
    expect(textLanguage('istio推送的性能优化经验')).toBe('zh');
    expect(textLanguage('Proxyless gRPC')).toBe('en');
  });
  it('splits paragraphs and summarises at a boundary', () => {
    expect(paragraphs('One\nline.\n\n  Two. ')).toEqual(['One line.', 'Two.']);
    expect(summary('short')).toBe('short');
    const long = 'word '.repeat(100);
    const s = summary(long, 50);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s.endsWith('…')).toBe(true);
    expect(s).not.toMatch(/ …$/);
  });
  it('joins names', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('paths', () => {
  it('join the base, with or without a sub-path', () => {
    expect(withBase('/', '/grid/')).toBe('/grid/');
    expect(withBase('/istiocon/', '/grid/')).toBe('/istiocon/grid/');
    expect(withBase('/istiocon', 'grid/')).toBe('/istiocon/grid/');
    expect(withBase('', '/')).toBe('/');
  });
  it('percent-encode slugs', () => {
    expect(sessionPath('istio推送的性能优化经验')).toBe(`/sessions/${encodeURIComponent('istio推送的性能优化经验')}/`);
    expect(speakerPath('lin-sun')).toBe('/speakers/lin-sun/');
    expect(trackPath('use-case')).toBe('/tracks/use-case/');
    expect(languagePath('zh')).toBe('/languages/zh/');
    expect(programAnchor('state-istio')).toBe('/#s-state-istio');
  });
});

describe('webcal', () => {
  it('turns an http(s) feed into a subscription link', async () => {
    const { webcalUrl } = await import('../../src/lib/paths');
    expect(webcalUrl('https://x.org/sub/schedule.ics')).toBe('webcal://x.org/sub/schedule.ics');
    expect(webcalUrl('http://x.org/a.ics')).toBe('webcal://x.org/a.ics');
  });
});
