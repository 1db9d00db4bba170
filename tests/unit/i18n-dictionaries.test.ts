/**
 * The interface dictionaries (src/i18n/*.json) against each other and against the code: every
 * locale has every key of en.json with the same placeholders, every key the code asks for exists,
 * and every key exists because some code asks for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalZone } from '../../src/lib/time';
import { INTL_KEY, missingKeys, pickMessages, type Dictionary, type Message } from '../../src/lib/i18n';
import { CLIENT_MESSAGES } from '../../src/lib/island';
import { FACETS } from '../../src/lib/url-state';
import { eventSchema } from '../../src/schemas/taxonomy';
import { ROOT } from '../helpers/dist';

const I18N = join(ROOT, 'src/i18n');
const DICTIONARIES = new Map<string, Dictionary>(
  readdirSync(I18N)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(I18N, f), 'utf8')) as Dictionary]),
);
const EN = DICTIONARIES.get('en')!;
const OTHERS = [...DICTIONARIES].filter(([lang]) => lang !== 'en');
const KEYS = Object.keys(EN).filter((k) => k !== INTL_KEY);

/** Every .ts and .astro file under src/, but the importers (which have no interface text). */
function sources(dir = join(ROOT, 'src')): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.endsWith(join('lib', 'import')) ? [] : sources(path);
    return /\.(ts|astro)$/.test(entry.name) ? [{ file: relative(ROOT, path), text: readFileSync(path, 'utf8') }] : [];
  });
}
const SOURCES = sources();

/** The `{name}` placeholders of a message, over all its plural forms. */
const placeholders = (message: Message) =>
  [
    ...new Set(
      (typeof message === 'string' ? [message] : Object.values(message)).flatMap((m) => m.match(/\{\w+\}/g) ?? []),
    ),
  ].sort();

/** Namespaces of the dictionary ("card", "time", …): a quoted "card.x" in the code is a key. */
const NAMESPACES = new Set(KEYS.map((k) => k.split('.')[0]));
/** Every quoted string in the code that has the shape of a key in a known namespace (backticks quote code in comments). */
const literalKeys = (text: string) =>
  [...text.matchAll(/(['"])([a-z][A-Za-z]*\.[A-Za-z][\w./-]*)\1/g)]
    .map((m) => m[2])
    .filter((k) => NAMESPACES.has(k.split('.')[0]));
/** Keys passed straight to a translator: t('…'), t()('…'), ctx.t('…'), t.has('…'). */
const calledKeys = (text: string) => [...text.matchAll(/\bt(?:\(\)|\.has)?\(\s*(['"])([^'"\n]+)\1/g)].map((m) => m[2]);
/** Template keys: t(`facet.${facet}`) → "facet.${facet}". */
const templateKeys = (text: string) => [...text.matchAll(/\bt(?:\(\)|\.has)?\(\s*`([^`]*)`/g)].map((m) => m[1]);

/**
 * Keys the code builds at run time, with every value they can take. A template in the code must
 * have its prefix here; its values are checked like literal keys.
 */
const DYNAMIC: Record<string, readonly string[]> = {
  /** Facet.astro: the legend of each facet. */
  'facet.': FACETS,
  /** ProgramHead.astro: the event's format (the schema's enum) or none. */
  'format.': [...eventSchema().innerType().innerType().shape.format.unwrap().options, 'none'],
};
/**
 * Keys looked up with t.has, which may or may not exist: zoneName (src/lib/facts.ts) names a zone
 * by `zone.<IANA name>` when the dictionary has one.
 */
const OPTIONAL_PREFIX = 'zone.';
const isOptional = (key: string) =>
  key.startsWith(OPTIONAL_PREFIX) && canonicalZone(key.slice(OPTIONAL_PREFIX.length)) !== null;

describe('the dictionaries', () => {
  it('include English and Simplified Chinese', () => {
    expect([...DICTIONARIES.keys()].sort()).toEqual(expect.arrayContaining(['en', 'zh-Hans']));
  });

  it.each(OTHERS)('%s has every key of en.json', (lang, dictionary) => {
    expect(missingKeys(EN, dictionary).map((key) => `${lang}: ${key}`)).toEqual([]);
  });

  it.each(OTHERS)('%s has no key that en.json lacks', (lang, dictionary) => {
    const extra = Object.keys(dictionary).filter((k) => !(k in EN));
    expect(extra.map((key) => `${lang}: ${key}`)).toEqual([]);
  });

  it.each(OTHERS)('%s has the placeholders of en.json in every message', (lang, dictionary) => {
    const differ = KEYS.filter((k) => k in dictionary).flatMap((key) => {
      const [want, got] = [placeholders(EN[key]), placeholders(dictionary[key])];
      return want.join() === got.join() ? [] : [`${lang}: ${key} has ${got.join(' ') || 'none'}, en ${want.join(' ')}`];
    });
    expect(differ).toEqual([]);
  });

  it.each([...DICTIONARIES])('%s names an Intl locale and has only text or plural forms', (lang, dictionary) => {
    const intl = dictionary[INTL_KEY];
    expect(typeof intl).toBe('string');
    expect(Intl.getCanonicalLocales(intl as string)).toEqual([intl]);
    const categories = new Intl.PluralRules(intl as string).resolvedOptions().pluralCategories as string[];
    for (const [key, message] of Object.entries(dictionary)) {
      if (typeof message === 'string') continue;
      // Every form is a category of the language, and "other" is always there.
      expect(
        Object.keys(message).filter((c) => !categories.includes(c)),
        `${lang}: ${key}`,
      ).toEqual([]);
      expect(message.other, `${lang}: ${key}`).toBeTypeOf('string');
    }
  });

  it('name zones only by valid IANA names', () => {
    for (const [lang, dictionary] of DICTIONARIES)
      for (const key of Object.keys(dictionary).filter((k) => /^zone\.[A-Z]/.test(k)))
        expect(canonicalZone(key.slice('zone.'.length)), `${lang}: ${key}`).toBe(key.slice('zone.'.length));
  });
});

describe('the code and en.json', () => {
  it('finds the code’s keys (the scan itself works)', () => {
    const called = SOURCES.flatMap((s) => calledKeys(s.text));
    expect(called).toEqual(expect.arrayContaining(['grid.break', 'duration.minutes', 'mine.added', 'facet.noTrack']));
    expect(SOURCES.flatMap((s) => templateKeys(s.text))).toEqual(expect.arrayContaining(['facet.${facet}']));
  });

  it('asks only for keys that exist', () => {
    const missing = SOURCES.flatMap(({ file, text }) =>
      [...new Set([...calledKeys(text), ...literalKeys(text)])]
        .filter((key) => !(key in EN) && !isOptional(key))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('builds keys only from prefixes whose values are all known, and all exist', () => {
    const unknown: string[] = [];
    for (const { file, text } of SOURCES)
      for (const template of templateKeys(text)) {
        const prefix = template.slice(0, template.indexOf('${'));
        if (!(prefix in DYNAMIC) && prefix !== OPTIONAL_PREFIX)
          unknown.push(`${file}: \`${template}\` (list its values in DYNAMIC)`);
      }
    expect(unknown).toEqual([]);
    const missing = Object.entries(DYNAMIC).flatMap(([prefix, values]) =>
      values.map((v) => prefix + v).filter((key) => !(key in EN)),
    );
    expect(missing).toEqual([]);
  });

  it('has no key the code never uses', () => {
    const used = new Set(SOURCES.flatMap((s) => literalKeys(s.text)));
    for (const [prefix, values] of Object.entries(DYNAMIC)) for (const v of values) used.add(prefix + v);
    const unused = KEYS.filter((key) => !used.has(key) && !isOptional(key));
    expect(unused).toEqual([]);
  });

  it('sends the browser every key its scripts and the shared facts use', () => {
    const client = SOURCES.filter(
      (s) => s.file.startsWith(join('src', 'scripts')) || /lib[/\\](facts|grid-scaffold)\.ts$/.test(s.file),
    );
    const picked = pickMessages(EN, CLIENT_MESSAGES);
    const missing = client.flatMap(({ file, text }) =>
      [...new Set([...calledKeys(text), ...literalKeys(text)])]
        .filter((key) => key in EN && !(key in picked))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
