import { describe, expect, it } from 'vitest';
import { contentLang, joinNames, summary } from '../../src/lib/text';

describe('contentLang', () => {
  it('marks Chinese text on a page in another language with the session’s Chinese tag', () => {
    expect(contentLang('服务网格实践', 'en', ['zh-Hans'])).toBe('zh-Hans');
    expect(contentLang('istio推送的性能优化经验', 'en', ['zh'])).toBe('zh');
    expect(contentLang('你好', 'en')).toBe('zh');
  });
  it('marks other text with the session’s first non-Chinese language, else English', () => {
    expect(contentLang('Zweisprachig', 'en', ['de', 'en'])).toBe('de');
    expect(contentLang('Proxyless gRPC', 'zh-Hans', ['zh'])).toBe('en');
    expect(contentLang('Proxyless gRPC', 'zh-Hans')).toBe('en');
  });
  it('says nothing when the text is in the page’s language', () => {
    expect(contentLang('服务网格实践', 'zh-Hans', ['zh-Hans'])).toBeUndefined();
    expect(contentLang('服务网格实践', 'zh', ['zh-Hans'])).toBeUndefined();
    expect(contentLang('Zweisprachig', 'de', ['de', 'en'])).toBeUndefined();
    expect(contentLang('Hello', 'en')).toBeUndefined();
    expect(contentLang('Hello', 'en-GB', ['en'])).toBeUndefined();
  });
});

describe('summary', () => {
  it('keeps short text whole, on one line', () => {
    expect(summary('short')).toBe('short');
    expect(summary('  two\n\n lines ')).toBe('two lines');
  });
  it('cuts long text at a word boundary and adds an ellipsis', () => {
    expect(summary('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…');
    const s = summary('word '.repeat(100), 50);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s.endsWith('…')).toBe(true);
    expect(s).not.toMatch(/ …$/);
  });
  it('cuts Chinese at a comma and drops trailing punctuation', () => {
    const ten = '一二三四五六七八九十';
    expect(summary(`${ten}，${ten}，${ten}`, 25)).toBe(`${ten}，${ten}…`);
    expect(summary('Alpha beta, gamma delta, epsilon zeta eta theta', 25)).toBe('Alpha beta, gamma delta…');
  });
  it('cuts mid-word when there is no boundary late enough', () => {
    expect(summary('a'.repeat(300))).toBe(`${'a'.repeat(160)}…`);
  });
  it('is empty for empty text', () => {
    expect(summary('')).toBe('');
  });
});

describe('joinNames', () => {
  it('joins names the English way', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
  it('joins names the Chinese way', () => {
    expect(joinNames(['甲', '乙'], 'zh-Hans')).toBe('甲和乙');
    expect(joinNames(['甲', '乙', '丙'], 'zh-Hans')).toBe('甲、乙和丙');
  });
});
