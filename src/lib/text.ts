/** Small text helpers for content that is plain text. */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** "zh" when the text contains Chinese characters, else "en": for `lang` attributes on mixed content. */
export function textLanguage(text: string): 'zh' | 'en' {
  return HAN.test(text) ? 'zh' : 'en';
}

/** Split plain text into paragraphs at blank lines, collapsing inner whitespace. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The first sentence-ish part of a text, at most `max` characters, cut at a word boundary. */
export function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('，'), cut.lastIndexOf('。'), cut.lastIndexOf(','));
  return `${(boundary > max * 0.6 ? cut.slice(0, boundary) : cut).replace(/[\s,.;:，。]+$/, '')}…`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
