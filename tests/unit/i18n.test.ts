import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-Hans.json';
import {
  createTranslator,
  INTL_KEY,
  localePath,
  MissingMessageError,
  missingKeys,
  pickMessages,
  type Dictionary,
} from '../../src/lib/i18n';

const small: Dictionary = {
  [INTL_KEY]: 'en-GB',
  greet: 'Hello {name}, {name}!',
  count: 'There are {n} of {total}.',
  partial: 'From {from} to {to}',
  sessions: { one: '{n} session', other: '{n} sessions' },
  onlyOne: { one: 'one thing' },
};

describe('createTranslator', () => {
  const t = createTranslator('en', small);

  it('fills every placeholder, and leaves one without a value as it is', () => {
    expect(t('greet', { name: 'Ada' })).toBe('Hello Ada, Ada!');
    expect(t('partial', { from: '09:00' })).toBe('From 09:00 to {to}');
    expect(t('partial')).toBe('From {from} to {to}');
    // A value is text, never a pattern: "$&" and "{to}" come out as written.
    expect(t('partial', { from: '$&', to: '{from}' })).toBe('From $& to {from}');
  });

  it('formats numbers for the locale, and leaves text alone', () => {
    expect(t('count', { n: 12345, total: 1e6 })).toBe('There are 12,345 of 1,000,000.');
    expect(t('count', { n: '12345', total: 'many' })).toBe('There are 12345 of many.');
    const de = createTranslator('de', { [INTL_KEY]: 'de-DE', count: '{n} von {total}' });
    expect(de('count', { n: 12345, total: 1.5 })).toBe('12.345 von 1,5');
    const zhT = createTranslator('zh-Hans', { count: '{n} 场' });
    expect(zhT('count', { n: 12345 })).toBe('12,345 场');
  });

  it('picks the English plural category from n: one for 1, other for the rest', () => {
    expect(t('sessions', { n: 1 })).toBe('1 session');
    expect(t('sessions', { n: 0 })).toBe('0 sessions');
    expect(t('sessions', { n: 2 })).toBe('2 sessions');
    expect(t('sessions', { n: 1.5 })).toBe('1.5 sessions');
    expect(t('sessions', { n: 1001 })).toBe('1,001 sessions');
    expect(t('sessions', { n: '1' })).toBe('1 session'); // n given as text still counts
  });

  it('uses "other" only in Chinese, which has no singular', () => {
    expect(new Intl.PluralRules('zh-Hans').resolvedOptions().pluralCategories).toEqual(['other']);
    const tZh = createTranslator('zh-Hans', zh);
    expect(tZh('event.sessions', { n: 1 })).toBe('1 场');
    expect(tZh('event.sessions', { n: 2 })).toBe('2 场');
    // Even a dictionary that has a "one" form never gets it in Chinese.
    const both = createTranslator('zh-Hans', { x: { one: 'ONE', other: '{n} 个' } });
    expect(both('x', { n: 1 })).toBe('1 个');
    const tEn = createTranslator('en', en);
    expect(tEn('event.sessions', { n: 1 })).toBe('1 session');
    expect(tEn('event.sessions', { n: 65 })).toBe('65 sessions');
  });

  it('throws a MissingMessageError naming the key and the locale', () => {
    expect(() => t('nope')).toThrow(MissingMessageError);
    try {
      createTranslator('zh-Hans', zh)('no.such.key');
      expect.unreachable('a missing key must throw');
    } catch (e) {
      expect(e).toBeInstanceOf(MissingMessageError);
      const error = e as MissingMessageError;
      expect(error.key).toBe('no.such.key');
      expect(error.lang).toBe('zh-Hans');
      expect(error.name).toBe('MissingMessageError');
      expect(error.message).toBe(
        'The interface dictionary "zh-Hans" has no message "no.such.key" (add it to src/i18n/zh-Hans.json).',
      );
    }
  });

  it('throws for a plural message without the category asked and without "other"', () => {
    expect(t('onlyOne', { n: 1 })).toBe('one thing');
    expect(() => t('onlyOne', { n: 2 })).toThrow(/no message "onlyOne\.other"/);
  });

  it('knows its keys, and $intl is not one', () => {
    expect(t.has('greet')).toBe(true);
    expect(t.has('nope')).toBe(false);
    expect(t.has(INTL_KEY)).toBe(false);
    expect(() => t(INTL_KEY)).toThrow(MissingMessageError);
  });

  it('gives its language and the Intl locale, which is the language when $intl is absent', () => {
    expect([t.lang, t.intl]).toEqual(['en', 'en-GB']);
    const zhT = createTranslator('zh-Hans', zh);
    expect([zhT.lang, zhT.intl]).toEqual(['zh-Hans', 'zh-Hans']);
    const plain = createTranslator('fr', { x: 'y' });
    expect([plain.lang, plain.intl]).toEqual(['fr', 'fr']);
  });
});

describe('missingKeys', () => {
  it('lists the keys of the reference a dictionary lacks, sorted', () => {
    expect(missingKeys({ b: 'B', a: 'A', c: 'C' }, { c: 'C' })).toEqual(['a', 'b']);
    expect(missingKeys({ a: 'A' }, { a: 'A', extra: 'E' })).toEqual([]);
  });
  it('lists a plural message without "other" as key.other', () => {
    expect(missingKeys({ n: { one: '1', other: 'n' } }, { n: { one: '1' } })).toEqual(['n.other']);
    expect(missingKeys({ n: { one: '1', other: 'n' } }, { n: { other: 'n' } })).toEqual([]);
  });
  it('finds nothing missing in the Chinese dictionary', () => {
    expect(missingKeys(en, zh)).toEqual([]);
  });
});

describe('pickMessages', () => {
  it('keeps the messages under the prefixes, and $intl', () => {
    expect(pickMessages(small, ['gr', 'sess'])).toEqual({
      [INTL_KEY]: 'en-GB',
      greet: 'Hello {name}, {name}!',
      sessions: { one: '{n} session', other: '{n} sessions' },
    });
    expect(pickMessages(small, [])).toEqual({ [INTL_KEY]: 'en-GB' });
  });
  it('picks the time facts for the browser with their plurals', () => {
    const picked = pickMessages(en, ['time.', 'duration.']);
    expect(Object.keys(picked).sort()).toEqual(
      Object.keys(en)
        .filter((k) => k === INTL_KEY || k.startsWith('time.') || k.startsWith('duration.'))
        .sort(),
    );
    expect(picked['time.later']).toEqual(en['time.later']);
  });
});

describe('localePath', () => {
  it('is the language subtag when no other locale of the site shares it', () => {
    expect(localePath('zh-Hans', ['en', 'zh-Hans'])).toBe('zh');
    expect(localePath('en', ['en', 'zh-Hans'])).toBe('en');
    expect(localePath('de', ['de'])).toBe('de');
  });
  it('is the whole tag in lower case when two locales share a language', () => {
    expect(localePath('pt-BR', ['en', 'pt-BR', 'pt-PT'])).toBe('pt-br');
    expect(localePath('zh-Hant', ['zh-Hans', 'zh-Hant'])).toBe('zh-hant');
    expect(localePath('en', ['en', 'pt-BR', 'pt-PT'])).toBe('en');
  });
});
