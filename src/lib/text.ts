/** Small text helpers for content: language hints and summaries. */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The `lang` a piece of content needs on a page in `pageLang`, or undefined when it is the page's.
 * Text with Han characters is Chinese (the session's Chinese tag when it has one); other text is in
 * the session's first non-Chinese language, else English. A guess from the script, because a
 * Chinese session often has an English title.
 */
export function contentLang(text: string, pageLang: string, languages: readonly string[] = []): string | undefined {
  const chinese = languages.find((l) => l.split('-')[0] === 'zh');
  const other = languages.find((l) => l.split('-')[0] !== 'zh');
  const lang = HAN.test(text) ? (chinese ?? 'zh') : (other ?? 'en');
  return lang.split('-')[0] === pageLang.split('-')[0] ? undefined : lang;
}

/** The first sentence-ish part of a text, at most `max` characters, cut at a word boundary. */
export function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('，'), cut.lastIndexOf('。'), cut.lastIndexOf(','));
  return `${(boundary > max * 0.6 ? cut.slice(0, boundary) : cut).replace(/[\s,.;:，。]+$/, '')}…`;
}

/** One formatter per locale: making an Intl formatter costs far more than using one. */
const listFormats = new Map<string, Intl.ListFormat>();

/** Names joined the locale's way: "A, B and C", "A、B和C". */
export function joinNames(names: readonly string[], intl = 'en-GB'): string {
  let format = listFormats.get(intl);
  if (!format) listFormats.set(intl, (format = new Intl.ListFormat(intl, { type: 'conjunction' })));
  return format.format(names);
}
