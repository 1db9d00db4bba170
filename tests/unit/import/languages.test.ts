import { describe, expect, it } from 'vitest';
import { languageRecord, languageTag } from '../../../src/lib/import/languages';

describe('languages', () => {
  it('canonicalises tags and maps English and native names to tags', () => {
    expect(languageTag('en')).toBe('en');
    expect(languageTag('pt_br')).toBe('pt-BR');
    expect(languageTag('English')).toBe('en');
    expect(languageTag('deutsch')).toBe('de');
    expect(languageTag('Français')).toBe('fr');
    expect(languageTag('Klingonese')).toBeUndefined();
    expect(languageTag('')).toBeUndefined();
  });

  it('names a language in English, and in itself when that differs', () => {
    expect(languageRecord('en')).toEqual({ id: 'en', name: 'English' });
    expect(languageRecord('de')).toEqual({ id: 'de', name: 'German', nativeName: 'Deutsch' });
    expect(languageRecord('zh')).toEqual({ id: 'zh', name: 'Chinese', nativeName: '中文' });
  });
});
