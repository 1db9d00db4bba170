/**
 * Slugs for imported records, in the shape the content schema's SLUG_PATTERN accepts: Latin text
 * loses its accents ("Université" → "universite"), letters of other scripts stay ("开源"), and
 * everything else separates words. Pure and deterministic, so a re-import gives the same names.
 */

/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  þ: 'th',
};

/** File names must fit every file system (255 bytes) with a suffix and an extension to spare. */
const MAX_BYTES = 150;

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/**
 * The words of `text` as a slug, at most MAX_BYTES long (cut between words when it can be);
 * "" when the text has no letters or digits.
 */
export function slugify(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[ßæœøđðħıłþ]/g, (c) => LATIN_LETTERS[c])
    .replace(/['’]/g, '')
    .split(/[^\p{Ll}\p{Lo}0-9]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (bytes(next) > MAX_BYTES) break;
    slug = next;
  }
  if (!slug && words.length) {
    // One word longer than the limit (a long run of Chinese, say): cut it by characters.
    for (const char of words[0]) {
      if (bytes(slug + char) > MAX_BYTES) break;
      slug += char;
    }
  }
  return slug;
}

/**
 * Hands out unique slugs in call order: the first claim of "talk" gets "talk", the next
 * "talk-2". Records are claimed in source order, so the same export gives the same slugs.
 */
export class SlugRegistry {
  private readonly used = new Set<string>();

  /** A unique slug from `candidates`: the first that is non-empty, with a suffix when taken. */
  claim(...candidates: string[]): string {
    const base = candidates.find(Boolean) ?? 'item';
    let slug = base;
    for (let n = 2; this.used.has(slug); n++) slug = `${base}-${n}`;
    this.used.add(slug);
    return slug;
  }
}
