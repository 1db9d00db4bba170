import { describe, expect, it } from 'vitest';
import { absoluteBase, absoluteUrl, encodeUrl } from '../../src/lib/absolute-url';
import { sessionPath } from '../../src/lib/paths';
import { strictAjv } from './fixtures/validators';

/** ajv-formats' own `uri` format, the check the exports must pass. */
const isUri = strictAjv().compile({ type: 'string', format: 'uri' });

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
  it('keeps percent-encoded Chinese slugs, and encodes raw ones', () => {
    expect(absoluteUrl('https://x.org/', sessionPath('服务网格'))).toBe(
      'https://x.org/sessions/%E6%9C%8D%E5%8A%A1%E7%BD%91%E6%A0%BC/',
    );
    expect(absoluteUrl('https://x.org/', '/sessions/服务网格/')).toBe(
      'https://x.org/sessions/%E6%9C%8D%E5%8A%A1%E7%BD%91%E6%A0%BC/',
    );
  });
});

describe('encodeUrl', () => {
  it.each([
    [
      'a Chinese path',
      'https://conf.example.org/sessions/服务网格/',
      'https://conf.example.org/sessions/%E6%9C%8D%E5%8A%A1%E7%BD%91%E6%A0%BC/',
    ],
    ['a space', 'https://x.org/a file.pdf', 'https://x.org/a%20file.pdf'],
    ['an emoji (4 bytes)', 'https://x.org/🚀', 'https://x.org/%F0%9F%9A%80'],
    [
      'characters RFC 3986 does not allow',
      'https://x.org/a"b<c>d\\e^f`g{h|i}j[k]',
      'https://x.org/a%22b%3Cc%3Ed%5Ce%5Ef%60g%7Bh%7Ci%7Dj%5Bk%5D',
    ],
    ['a stray percent sign', 'https://x.org/100%/ok%2', 'https://x.org/100%25/ok%252'],
    [
      'a query with Chinese, spaces and delimiters',
      'https://x.org/s?q=服务 网格&lang=zh&x=a/b?c',
      'https://x.org/s?q=%E6%9C%8D%E5%8A%A1%20%E7%BD%91%E6%A0%BC&lang=zh&x=a/b?c',
    ],
    ['a fragment, and a second "#"', 'https://x.org/p#章节#2', 'https://x.org/p#%E7%AB%A0%E8%8A%82%232'],
    ['a non-ASCII host (to Punycode)', 'https://例子.中国/路径', 'https://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84'],
  ])('encodes %s', (_, raw, encoded) => {
    expect(encodeUrl(raw)).toBe(encoded);
    expect(isUri(encodeUrl(raw)), encodeUrl(raw)).toBe(true);
  });
  it.each([
    'https://x.org/sessions/%E6%9C%8D%E5%8A%A1/',
    'https://www.linkedin.com/in/%E6%A5%9A%E7%91%9C-%E8%B0%A2-2273b3213',
    'https://x.org/search?q=a%20b&x=%2F',
    'https://user:pw@x.org:8443/a/b;c=d/e?f=g#h',
    'https://[2001:db8::1]:8080/x',
    'https://x.org/',
    'mailto:someone@example.org',
  ])('never double-encodes, and leaves a valid URL alone: %s', (url) => {
    expect(encodeUrl(url)).toBe(url);
    expect(encodeUrl(encodeUrl(url))).toBe(url);
  });
  it('is idempotent on what it produces', () => {
    const once = encodeUrl('https://例子.中国/a b/服务?q=中 文#片段');
    expect(encodeUrl(once)).toBe(once);
    expect(isUri(once)).toBe(true);
  });
});

describe('the strict uri check', () => {
  it('rejects raw Chinese and spaces, so passing it means something', () => {
    expect(isUri('https://events.example.org/sessions/服务网格/')).toBe(false);
    expect(isUri('https://x.org/a file.pdf')).toBe(false);
    expect(isUri('https://x.org/sessions/%E6%9C%8D/')).toBe(true);
  });
});
