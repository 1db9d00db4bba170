/**
 * Session languages as canonical BCP 47 tags and their names. Exports write a tag ("en", "pt_BR")
 * or, in Sessionize, a category item named by a person ("English", "Deutsch"). Names come from
 * Intl.DisplayNames, so no table of languages is kept here.
 */

const englishNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** The canonical tag of a well-formed tag whose language Intl can name; undefined otherwise. */
function knownTag(value: string): string | undefined {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(value.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
  // "english" is a well-formed tag too (5–8 letters are allowed); only a language Intl knows counts.
  return tag && englishNames.of(tag.split('-')[0]) ? tag : undefined;
}

let byName: Map<string, string> | undefined;

/**
 * Lower-case English and native names of the two-letter languages, to their tags: built once, on
 * the first name that is not a tag, by asking Intl about every two-letter code.
 */
function languageNames(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters)
    for (const b of letters) {
      const tag = knownTag(a + b);
      if (!tag || tag !== a + b) continue;
      for (const name of [englishNames.of(tag), nativeName(tag)])
        if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), tag);
    }
  return byName;
}

function nativeName(tag: string): string | undefined {
  try {
    return new Intl.DisplayNames(tag, { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    return undefined;
  }
}

/** The canonical tag for a tag ("pt_BR" → "pt-BR") or a language's name ("German", "Deutsch"); undefined if unknown. */
export function languageTag(value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  return knownTag(text) ?? languageNames().get(text.toLowerCase());
}

/** The languages.yaml record of a tag: its English name, and its own name when that differs. */
export function languageRecord(tag: string): { id: string; name: string; nativeName?: string } {
  const name = englishNames.of(tag) ?? tag;
  const own = nativeName(tag);
  return own && own !== name ? { id: tag, name, nativeName: own } : { id: tag, name };
}
