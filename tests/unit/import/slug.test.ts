import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../../src/schemas/common';
import { SlugRegistry, slugify } from '../../../src/lib/import/slug';

describe('slugify', () => {
  it.each([
    ['Creative Coding with TurtleStitch', 'creative-coding-with-turtlestitch'],
    ['fosdem-2024-1861-creative-coding-with-turtlestitch', 'fosdem-2024-1861-creative-coding-with-turtlestitch'],
    ['ULB (Université Libre de Bruxelles)', 'ulb-universite-libre-de-bruxelles'],
    ['Zoë Müller-Løkken', 'zoe-muller-lokken'],
    ['Straße & Æsir', 'strasse-aesir'],
    ["Tech evolution & what's next", 'tech-evolution-whats-next'],
    ['K.1.105 (La Fontaine)', 'k-1-105-la-fontaine'],
    ['snake_case_name', 'snake-case-name'],
    ['İstanbul', 'istanbul'],
    ['王芳', '王芳'],
    ['开源 Summit 2024', '开源-summit-2024'],
    ['  --  ', ''],
    ['🎉', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('always matches the content schema’s slug pattern', () => {
    for (const text of [
      'Ünïcödé Façade',
      'Ελληνικά κείμενα',
      'Русский доклад',
      'a--b__c',
      'x.y/z',
      '12 34',
      '東京 2024',
    ])
      expect(slugify(text)).toMatch(SLUG_PATTERN);
  });

  it('cuts long text between words to fit a file name, and a long run of Chinese by characters', () => {
    const long = slugify('word '.repeat(100));
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(150);
    expect(long).toMatch(/^word(-word)+$/);
    const chinese = slugify('长'.repeat(100));
    expect(new TextEncoder().encode(chinese).length).toBeLessThanOrEqual(150);
    expect(chinese).toBe('长'.repeat(50));
  });
});

describe('SlugRegistry', () => {
  it('gives the first claim the slug and later ones a numbered suffix, in call order', () => {
    const registry = new SlugRegistry();
    expect(['alex-kim', 'alex-kim', 'alex-kim'].map((s) => registry.claim(s))).toEqual([
      'alex-kim',
      'alex-kim-2',
      'alex-kim-3',
    ]);
  });

  it('falls back to the next candidate when a slug is empty', () => {
    const registry = new SlugRegistry();
    expect(registry.claim('', 'opening-612001')).toBe('opening-612001');
    expect(registry.claim('', '', 'session-7')).toBe('session-7');
  });
});
