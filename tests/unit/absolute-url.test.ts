import { describe, expect, it } from 'vitest';
import { absoluteBase, absoluteUrl } from '../../src/lib/absolute-url';
import { sessionPath } from '../../src/lib/paths';

describe('absoluteBase', () => {
  it.each([
    ['https://x.org', '/', 'https://x.org/'],
    ['https://x.org/', '/', 'https://x.org/'],
    ['https://x.org', '/sub/', 'https://x.org/sub/'],
    ['https://x.org', '/sub', 'https://x.org/sub/'],
    [new URL('https://x.org:8443'), '/a/b/', 'https://x.org:8443/a/b/'],
  ])('site %s + base %s → %s', (site, base, expected) => {
    expect(absoluteBase(site, base)).toBe(expected);
  });
  it('refuses to guess a host', () => {
    expect(() => absoluteBase(undefined, '/')).toThrow(/site/);
  });
});

describe('absoluteUrl', () => {
  it('joins a site path under the base without doubling slashes', () => {
    expect(absoluteUrl('https://x.org/sub/', '/schedule.xml')).toBe('https://x.org/sub/schedule.xml');
    expect(absoluteUrl('https://x.org/sub', 'schedule.xml')).toBe('https://x.org/sub/schedule.xml');
  });
  it('keeps percent-encoded Chinese slugs', () => {
    expect(absoluteUrl('https://x.org/', sessionPath('istio推送'))).toBe(
      'https://x.org/sessions/istio%E6%8E%A8%E9%80%81/',
    );
  });
});
