import { describe, expect, it } from 'vitest';
import {
  clockTime,
  code,
  date,
  httpUrl,
  instant,
  languageTag,
  link,
  slug,
  text,
  timeZone,
  uuid,
} from '../../../src/schemas/common';
import { issues, parsed } from '../../helpers/schema-issues';

const SLUG = '(record): must be a slug: lowercase words joined by hyphens, like "use-case"';
const INSTANT = '(record): must be an ISO 8601 instant ending in "Z" or an offset, like "2022-04-25T15:00:00Z"';

describe('slug', () => {
  it.each(['use-case', 'a1', 'x', '服务网格', 'istio推送的性能优化经验', '2022-keynote'])('accepts %s', (value) => {
    expect(issues(slug(), value)).toEqual([]);
  });
  it.each(['Use-Case', 'use_case', '-x', 'x-', 'a--b', 'a b', '', 'a/b'])('refuses "%s"', (value) => {
    expect(issues(slug(), value)).toEqual([SLUG]);
  });
  it('says a slug is required and is text', () => {
    expect(issues(slug(), undefined)).toEqual(['(record): is required']);
    expect(issues(slug(), 42)).toEqual(['(record): must be text']);
  });
});

describe('instant', () => {
  it.each(['2022-04-25T15:00:00Z', '2022-04-25T15:00Z', '2022-04-26T09:15:00+08:00', '2024-02-29T10:00:00.500-03:30'])(
    'accepts %s',
    (value) => {
      expect(issues(instant(), value)).toEqual([]);
    },
  );
  it('refuses a floating local time: an instant says where it is', () => {
    expect(issues(instant(), '2022-04-25T16:00:00')).toEqual([INSTANT]);
    expect(issues(instant(), '2022-04-25 16:00:00Z')).toContain(INSTANT);
  });
  it.each([
    '2022-02-31T10:00:00Z',
    '2023-02-29T10:00:00Z',
    '2022-04-25T24:00:00Z',
    '2022-04-25T23:60:00Z',
    '2022-04-25T10:00:00+25:00',
  ])('refuses %s, which is not on a real calendar date or clock', (value) => {
    expect(issues(instant(), value)).toEqual(['(record): is not a real date and time']);
  });
  it('says an unquoted YAML timestamp must be quoted, and an instant is required', () => {
    // YAML reads an unquoted 2022-04-25T15:00:00Z as a Date.
    expect(issues(instant(), new Date('2022-04-25T15:00:00Z'))).toEqual([
      '(record): must be a quoted ISO 8601 instant',
    ]);
    expect(issues(instant(), undefined)).toEqual(['(record): is required']);
  });
});

describe('date', () => {
  it('accepts a real calendar date', () => {
    for (const value of ['2022-04-25', '2024-02-29', '2000-02-29']) expect(issues(date(), value)).toEqual([]);
  });
  it('refuses a date that does not exist', () => {
    for (const value of ['2022-02-31', '2023-02-29', '2100-02-29', '2022-13-01'])
      expect(issues(date(), value), value).toEqual(['(record): is not a real date']);
  });
  it('refuses another shape, and an unquoted YAML date', () => {
    expect(issues(date(), '25/04/2022')).toContain('(record): must be a date like "2022-04-25"');
    expect(issues(date(), '2022-04-25T00:00:00Z')).toContain('(record): must be a date like "2022-04-25"');
    expect(issues(date(), new Date('2022-04-25'))).toEqual(['(record): must be a quoted date']);
    expect(issues(date(), undefined)).toEqual(['(record): is required']);
  });
});

describe('clockTime', () => {
  it('accepts a time of day, seconds allowed', () => {
    for (const value of ['00:00', '04:00', '23:59', '04:00:00']) expect(issues(clockTime(), value), value).toEqual([]);
  });
  it('refuses anything else', () => {
    for (const value of ['24:00', '4:00', '04:60', '04:00:60', '0400', 'noon', ''])
      expect(issues(clockTime(), value), value).toEqual(['(record): must be a time of day like "04:00"']);
    // YAML reads an unquoted 240 as a number.
    expect(issues(clockTime(), 240)).toEqual(['(record): must be a quoted time']);
  });
});

describe('timeZone', () => {
  it('accepts IANA zones and UTC', () => {
    for (const value of ['Europe/Brussels', 'UTC', 'Asia/Kathmandu', 'America/Argentina/Buenos_Aires'])
      expect(issues(timeZone(), value), value).toEqual([]);
  });
  it('refuses an unknown zone', () => {
    for (const value of ['Mars/Olympus', 'Berlin', 'UTC+2', '', '<script>'])
      expect(issues(timeZone(), value), value).toEqual([
        '(record): must be an IANA time zone like "Europe/Brussels" or "UTC"',
      ]);
    expect(issues(timeZone(), undefined)).toEqual(['(record): is required']);
    expect(issues(timeZone(), 2)).toEqual(['(record): must be text']);
  });
});

describe('languageTag', () => {
  it('accepts canonical BCP 47 tags', () => {
    for (const value of ['en', 'de', 'pt-BR', 'zh-Hans', 'zh']) expect(issues(languageTag(), value), value).toEqual([]);
  });
  it('refuses what is not a tag', () => {
    for (const value of ['zh_Hans', 'en_US', 'e', '', 'en-', '12'])
      expect(issues(languageTag(), value), value).toEqual([
        '(record): must be a BCP 47 language tag like "en" or "zh-Hans"',
      ]);
  });
  it('says how a tag in another case must be written', () => {
    expect(issues(languageTag(), 'zh-hans')).toEqual(['(record): must be written "zh-Hans"']);
    expect(issues(languageTag(), 'EN')).toEqual(['(record): must be written "en"']);
    expect(issues(languageTag(), 'pt-br')).toEqual(['(record): must be written "pt-BR"']);
  });
  it('says a tag is required and is text', () => {
    expect(issues(languageTag(), undefined)).toEqual(['(record): is required']);
    expect(issues(languageTag(), 42)).toEqual(['(record): must be text']);
  });
});

describe('code', () => {
  it('accepts a source code of letters, digits, ".", "_" or "-"', () => {
    for (const value of ['a1a', '10528', 'a.b_c-d', 'X', 'a'.repeat(64)])
      expect(issues(code(), value), value).toEqual([]);
  });
  it('refuses anything else', () => {
    for (const value of ['-x', '.x', 'a b', '', 'a'.repeat(65), 'a/b', '服务'])
      expect(issues(code(), value), value).toEqual([
        '(record): must be a code of letters, digits, ".", "_" or "-", like "a1a" or "10528"',
      ]);
  });
});

describe('uuid', () => {
  it('accepts a UUID and refuses anything else', () => {
    expect(issues(uuid(), '8079583e-8321-506c-95af-fd2903a5f075')).toEqual([]);
    expect(issues(uuid(), '8079583e-8321-506c-95af')).toEqual([
      '(record): must be a UUID like "8079583e-8321-506c-95af-fd2903a5f075"',
    ]);
  });
});

describe('httpUrl', () => {
  it('accepts absolute http(s) URLs', () => {
    for (const value of ['https://example.org/', 'http://example.org/a?b=c#d', 'https://例子.测试/路径'])
      expect(issues(httpUrl(), value), value).toEqual([]);
  });
  it('refuses a URL of another scheme', () => {
    for (const value of ['javascript:alert(1)', 'ftp://example.org/a', 'mailto:a@example.org', 'data:text/html,hi'])
      expect(issues(httpUrl(), value), value).toEqual(['(record): must be an absolute http:// or https:// URL']);
  });
  it('refuses a relative address', () => {
    expect(issues(httpUrl(), 'youtu.be/x')).toContain('(record): must be an absolute http:// or https:// URL');
    expect(issues(httpUrl(), '/slides.pdf')).toContain('(record): must be an absolute http:// or https:// URL');
    expect(issues(httpUrl(), 42)).toEqual(['(record): must be a URL']);
  });
});

describe('text', () => {
  it('trims, and refuses empty or missing text', () => {
    expect(parsed(text(), '  Fair schedulers \n')).toBe('Fair schedulers');
    expect(issues(text(), '   ')).toEqual(['(record): must not be empty']);
    expect(issues(text(), '')).toEqual(['(record): must not be empty']);
    expect(issues(text(), undefined)).toEqual(['(record): is required']);
    expect(issues(text(), 42)).toEqual(['(record): must be text']);
  });
});

describe('link', () => {
  it('is a title and an http(s) URL, nothing else', () => {
    expect(parsed(link(), { title: ' Blog ', url: 'https://ada.example.org/' })).toEqual({
      title: 'Blog',
      url: 'https://ada.example.org/',
    });
    expect(issues(link(), { url: 'https://ada.example.org/' })).toEqual(['title: is required']);
    expect(issues(link(), { title: 'Blog', url: 'ftp://x.org/' })).toEqual([
      'url: must be an absolute http:// or https:// URL',
    ]);
    expect(issues(link(), { title: 'Blog', url: 'https://x.org/', rel: 'me' })).toEqual([
      "(record): Unrecognized key(s) in object: 'rel'",
    ]);
  });
});
