import { describe, expect, it } from 'vitest';
import {
  languagePath,
  localize,
  programAnchor,
  sessionPath,
  speakerPath,
  splitLocale,
  trackPath,
  webcalUrl,
  withBase,
} from '../../src/lib/paths';

describe('withBase', () => {
  it('joins the base, with or without a sub-path', () => {
    expect(withBase('/', '/grid/')).toBe('/grid/');
    expect(withBase('/istiocon/', '/grid/')).toBe('/istiocon/grid/');
    expect(withBase('/istiocon', 'grid/')).toBe('/istiocon/grid/');
    expect(withBase('', '/')).toBe('/');
    expect(withBase('/', '/')).toBe('/');
  });
});

describe('localize', () => {
  it('prefixes a page path with the language, except for the default language', () => {
    expect(localize('/sessions/x/', '')).toBe('/sessions/x/');
    expect(localize('/sessions/x/', 'zh')).toBe('/zh/sessions/x/');
    expect(localize('/', 'zh')).toBe('/zh/');
    expect(localize('grid/', 'zh')).toBe('/zh/grid/');
    expect(withBase('/sub/', localize('/grid/', 'zh'))).toBe('/sub/zh/grid/');
  });
});

describe('splitLocale', () => {
  it('splits a served path into the language prefix and the page path, under a base path', () => {
    expect(splitLocale('/sub/zh/grid/', '/sub/', ['zh'])).toEqual({ prefix: 'zh', path: '/grid/' });
    expect(splitLocale('/sub/zh/', '/sub/', ['zh'])).toEqual({ prefix: 'zh', path: '/' });
    expect(splitLocale('/sub/zh', '/sub/', ['zh'])).toEqual({ prefix: 'zh', path: '/' });
    expect(splitLocale('/sub/grid/', '/sub/', ['zh'])).toEqual({ prefix: '', path: '/grid/' });
    expect(splitLocale('/sub/', '/sub/', ['zh'])).toEqual({ prefix: '', path: '/' });
    expect(splitLocale('/sub/zh/grid/', '/sub', ['zh'])).toEqual({ prefix: 'zh', path: '/grid/' });
  });
  it('works at the root, and only for the site’s prefixes', () => {
    expect(splitLocale('/zh/speakers/ada/', '/', ['zh'])).toEqual({ prefix: 'zh', path: '/speakers/ada/' });
    expect(splitLocale('/zhx/grid/', '/', ['zh'])).toEqual({ prefix: '', path: '/zhx/grid/' });
    expect(splitLocale('/zh/grid/', '/', [])).toEqual({ prefix: '', path: '/zh/grid/' });
    expect(splitLocale('/pt-br/', '/', ['pt-br', 'pt-pt'])).toEqual({ prefix: 'pt-br', path: '/' });
  });
  it('undoes withBase and localize', () => {
    for (const base of ['/', '/sub/', '/a/b/'])
      for (const prefix of ['', 'zh'])
        for (const path of ['/', '/grid/', '/sessions/%E6%9C%8D/', '/zh-notes/'])
          expect(splitLocale(withBase(base, localize(path, prefix)), base, ['zh'])).toEqual({ prefix, path });
  });
});

describe('page paths', () => {
  it('percent-encode slugs', () => {
    expect(sessionPath('服务网格')).toBe(`/sessions/${encodeURIComponent('服务网格')}/`);
    expect(sessionPath('服务网格')).toBe('/sessions/%E6%9C%8D%E5%8A%A1%E7%BD%91%E6%A0%BC/');
    expect(speakerPath('ada-example')).toBe('/speakers/ada-example/');
    expect(trackPath('use-case')).toBe('/tracks/use-case/');
    expect(languagePath('zh-Hans')).toBe('/languages/zh-Hans/');
    expect(programAnchor('state-istio')).toBe('/#s-state-istio');
    expect(programAnchor('服务网格', '/days/2023-03-26/')).toBe(
      '/days/2023-03-26/#s-%E6%9C%8D%E5%8A%A1%E7%BD%91%E6%A0%BC',
    );
  });
});

describe('webcalUrl', () => {
  it('turns an http(s) feed into a subscription link', () => {
    expect(webcalUrl('https://x.org/sub/schedule.ics')).toBe('webcal://x.org/sub/schedule.ics');
    expect(webcalUrl('http://x.org/a.ics')).toBe('webcal://x.org/a.ics');
  });
});
