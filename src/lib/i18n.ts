/**
 * Interface text: one dictionary per locale (src/i18n/<locale>.json), one lookup.
 *
 * A dictionary is a flat record of keys to messages. A message is text with `{name}` placeholders,
 * or, for counts, a record of plural categories ("one", "other", … as `Intl.PluralRules` names
 * them) chosen by the `n` parameter. The special key `$intl` names the locale used for dates and
 * numbers (en → en-GB, so English dates read "Tuesday 26 April 2022" with a 24-hour clock).
 *
 * Pure: the same translator runs at build time and in the browser (with the subset of keys the
 * island needs). A missing key throws, naming the key and the locale, so a page cannot ship with
 * a hole in it; `missingKeys` lets a test check every dictionary against the default one.
 */

export type Message = string | Readonly<Record<string, string>>;
export type Dictionary = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
  /** The BCP 47 tag of the interface language, e.g. "zh-Hans": for `lang` attributes. */
  readonly lang: string;
  /** The locale for Intl formatting (dates, numbers, lists), e.g. "en-GB". */
  readonly intl: string;
  /** The message for `key` with its placeholders filled in; throws when the key is missing. */
  (key: string, params?: Params): string;
  /** True when the dictionary has `key`. */
  has(key: string): boolean;
}

/** The key that names the Intl locale of a dictionary; not a message. */
export const INTL_KEY = '$intl';

export class MissingMessageError extends Error {
  constructor(
    readonly key: string,
    readonly lang: string,
  ) {
    super(`The interface dictionary "${lang}" has no message "${key}" (add it to src/i18n/${lang}.json).`);
    this.name = 'MissingMessageError';
  }
}

const fill = (text: string, params: Params) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** A translator for one dictionary. Numbers in params are formatted for the locale. */
export function createTranslator(lang: string, dictionary: Dictionary): Translator {
  const intlValue = dictionary[INTL_KEY];
  const intl = typeof intlValue === 'string' ? intlValue : lang;
  const plurals = new Intl.PluralRules(intl);
  // Creating a NumberFormat costs 20–80 ms in Chromium (measured): only numbers that need
  // grouping ("5,000") pay for one. Every interface language so far writes smaller ones as digits.
  let numbers: Intl.NumberFormat | undefined;
  const number = (n: number) =>
    Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : (numbers ??= new Intl.NumberFormat(intl)).format(n);
  const t = ((key: string, params: Params = {}) => {
    const message = key === INTL_KEY ? undefined : dictionary[key];
    if (message === undefined) throw new MissingMessageError(key, lang);
    const shown: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) shown[name] = typeof value === 'number' ? number(value) : value;
    if (typeof message === 'string') return fill(message, shown);
    const n = typeof params.n === 'number' ? params.n : Number(params.n);
    const text = message[plurals.select(n)] ?? message.other;
    if (text === undefined) throw new MissingMessageError(`${key}.other`, lang);
    return fill(text, shown);
  }) as Translator;
  Object.defineProperties(t, {
    lang: { value: lang },
    intl: { value: intl },
    has: { value: (key: string) => key !== INTL_KEY && key in dictionary },
  });
  return t;
}

/** The keys of `reference` (the default locale's dictionary) that `dictionary` lacks, sorted. */
export function missingKeys(reference: Dictionary, dictionary: Dictionary): string[] {
  const missing: string[] = [];
  for (const [key, message] of Object.entries(reference)) {
    const other = dictionary[key];
    if (other === undefined) missing.push(key);
    else if (typeof message !== 'string' && typeof other !== 'string' && other.other === undefined)
      missing.push(`${key}.other`);
  }
  return missing.sort();
}

/** The messages of a dictionary whose keys start with one of the prefixes: what the browser needs. */
export function pickMessages(dictionary: Dictionary, prefixes: readonly string[]): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const [key, message] of Object.entries(dictionary))
    if (key === INTL_KEY || prefixes.some((p) => key.startsWith(p))) out[key] = message;
  return out;
}

/**
 * The path segment of a locale: its language subtag ("zh-Hans" → "zh"), unless another locale
 * of the site shares it, then the whole tag in lower case ("pt-br").
 */
export function localePath(lang: string, all: readonly string[]): string {
  const primary = lang.split('-')[0].toLowerCase();
  const clash = all.filter((l) => l.split('-')[0].toLowerCase() === primary).length > 1;
  return clash ? lang.toLowerCase() : primary;
}
