/**
 * The interface dictionaries (src/i18n/<locale>.json) and the site's interface languages, which
 * come from the event's `locales`. A listed language without a dictionary stops the build.
 */
import { createTranslator, localePath, type Dictionary, type Translator } from '../lib/i18n';
import { ContentError } from '../lib/to-program';
import type { EventInfo } from '../lib/types';

const modules = import.meta.glob<{ default: Dictionary }>('../i18n/*.json', { eager: true });

/** Every dictionary by its BCP 47 tag (the file name). */
export const DICTIONARIES: ReadonlyMap<string, Dictionary> = new Map(
  Object.entries(modules).map(([file, m]) => [file.replace(/^.*\/|\.json$/g, ''), m.default]),
);

export interface SiteLocale {
  /** BCP 47 tag, as in `<html lang>`. */
  lang: string;
  /** The path prefix, "" for the default language ("zh" for zh-Hans). */
  prefix: string;
  /** The language's own name ("中文"), for the language switch. */
  name: string;
}

const translators = new Map<string, Translator>();

/** The translator of a dictionary that exists (checked by `siteLocales`). */
export function translator(lang: string): Translator {
  let t = translators.get(lang);
  if (!t) {
    const dictionary = DICTIONARIES.get(lang);
    if (!dictionary) throw new Error(`No interface dictionary for "${lang}" (src/i18n/${lang}.json).`);
    translators.set(lang, (t = createTranslator(lang, dictionary)));
  }
  return t;
}

/** The site's interface languages, the default first; a language without a dictionary is a content error. */
export function siteLocales(event: EventInfo, eventFile = 'content/event.yaml'): SiteLocale[] {
  const missing = event.locales
    .map((lang, i) => ({ lang, i }))
    .filter(({ lang }) => !DICTIONARIES.has(lang))
    .map(({ lang, i }) => ({
      file: eventFile,
      field: event.locales.length > 1 ? `locales[${i}]` : 'locale',
      message: `there is no interface dictionary for "${lang}"; add src/i18n/${lang}.json (known: ${[...DICTIONARIES.keys()].join(', ')})`,
    }));
  if (missing.length) throw new ContentError(missing);
  return event.locales.map((lang, i) => ({
    lang,
    prefix: i === 0 ? '' : localePath(lang, event.locales),
    name: translator(lang)('lang.name'),
  }));
}
