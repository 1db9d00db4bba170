/**
 * Full-text search over the program: titles, speakers and their organisations, abstracts, and the
 * session's track, type, room and languages, in any language (tuned for English and Chinese).
 *
 * Fuse ranks; this module decides what a query means. The query is folded (case, width, accents,
 * curly quotes) and split into words; every word must match somewhere (AND, so each word narrows the
 * list), and a session's score is the geometric mean of its per-word scores. The short fields (title,
 * speakers, organisations, track/type/room/languages) match fuzzily in proportion to the word's
 * length, through Fuse; the abstracts, which are most of the text, match exactly (a substring of the
 * folded text), which is twenty times faster than Fuse's bitap over them on a FOSDEM-size program
 * and finds what people type into a search box. Highlights are not Fuse's match mask, which marks
 * every character that occurs in the pattern, but the substrings of the title and speakers within
 * the word's error budget of it, worked out only for the hits that are shown.
 */
import Fuse from 'fuse.js/basic';

export interface SearchDoc {
  slug: string;
  /** The title exactly as rendered, so that highlight ranges apply to the page's text. */
  title: string;
  /** Speaker names joined by ", " (with their native names). */
  speakers: string;
  /** The speakers' roles and organisations ("Engineer, Tetrate"). */
  orgs: string;
  /** Plain text on one line; '' until the text part of the index has loaded. */
  abstract: string;
  /** Track name and label, type, room and language names (in every interface language). */
  facets: string;
  /** Start instant (not searched): lets a page list matches that are on other pages. */
  start: string;
}

/** Inclusive start and inclusive end, in UTF-16 code units, as Fuse reports. */
export type Range = readonly [number, number];

export interface Hit {
  slug: string;
  /** 0 is a perfect match, 1 no match. */
  score: number;
  /** Ranges of `title` and `speakers` of the session's SearchDoc to highlight. */
  title: Range[];
  speakers: Range[];
}

/** Words beyond this are ignored: a pasted paragraph must not freeze the page. */
export const MAX_TERMS = 8;
/** Fuse's bitap matches at most 32 characters at a time; longer words are cut. */
export const MAX_TERM_LENGTH = 32;

/**
 * The fields Fuse matches fuzzily. Titles and speakers come first. Fuse also weighs each match by
 * field length (1/sqrt(words)), which already favours short fields; the weights add the editorial
 * preference on top.
 */
const KEYS = [
  { name: 'title', weight: 4 },
  { name: 'speakers', weight: 3 },
  { name: 'orgs', weight: 1 },
  { name: 'facets', weight: 0.7 },
];

/** The abstract's weight beside KEYS' (Fuse normalises weights to sum to 1). */
const ABSTRACT_WEIGHT = 1;
const WEIGHTS = KEYS.reduce((sum, k) => sum + k.weight, ABSTRACT_WEIGHT);

/**
 * What an exact match in an abstract multiplies a session's score by (0 is perfect), as Fuse
 * would: a perfect field score raised to the field's weight times its length norm (1/sqrt(words)),
 * so a word in a short abstract counts more than one lost in a long one. Alone it scores this.
 */
export const abstractFactor = (folded: string) => {
  const words = padCjk(folded).split(' ').length;
  return Math.pow(Number.EPSILON, ABSTRACT_WEIGHT / WEIGHTS / Math.sqrt(words));
};

/** Kana, Han and Hangul: scripts written without spaces between words. */
const CJK_CLASS = '\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const CJK = new RegExp(`[${CJK_CLASS}]`);
const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'g');
const SCRIPT_RUN = new RegExp(`[${CJK_CLASS}]+|[^${CJK_CLASS}]+`, 'g');
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"' };
const folded = new Map<string, string>();

/** One UTF-16 unit folded to one: lower case, no accents, half width, straight quotes. */
function foldUnit(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const candidate = QUOTES[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const lower = c.toLowerCase();
    f = candidate.length === 1 ? candidate : lower.length === 1 ? lower : c;
    folded.set(c, f);
  }
  return f;
}

/** Fold text for matching without changing its length, so offsets stay valid in the original. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += foldUnit(text[i]);
  return out;
}

/**
 * The words of a query, folded, deduplicated and capped. Chinese is not split (a phrase like 性能 is
 * one word), but where it meets Latin script it is: "istio性能" is "istio" and "性能".
 */
export function queryTerms(query: string): string[] {
  const words = fold(query.normalize('NFKC').replace(/\p{C}/gu, ' '))
    .split(/\s+/)
    .flatMap((w) => w.match(SCRIPT_RUN) ?? [])
    .map((w) => w.replace(EDGE_PUNCTUATION, '').slice(0, MAX_TERM_LENGTH))
    .filter(Boolean);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * Edits a word may have and still match: one per six characters. Short words match exactly, since
 * one edit in a long abstract finds noise ("posta" in "important", "istio" in "Christian"); long
 * words forgive the typos people make ("telemetery", "multicluster" for "multi-cluster").
 */
export function allowedErrors(term: string): number {
  return Math.min(3, Math.floor(term.length / 6));
}

/** Appended to Chinese text, these can never match a query word: they are stripped from queries. */
const FILLER = ' \u0000';

/**
 * Fuse weighs a match by 1/sqrt(words in the field), counting words by spaces. Chinese has none, so
 * a Chinese title would count as one word and outrank every English title for "istio". Filler
 * tokens after the text make about one word per two Han characters; offsets before them are intact.
 */
export function padCjk(text: string): string {
  const words = Math.round((text.match(CJK_CHAR)?.length ?? 0) / 2);
  return words ? text + FILLER.repeat(words) : text;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a search document is made of, already looked up: the build supplies names and plain text. */
export interface DocSource {
  slug: string;
  title: string;
  start: string;
  speakers: readonly { name: string; nativeName?: string; designation?: string }[];
  /** Plain text of the abstract and description. */
  text: string;
  /** Names of the track, type, room and languages, in every interface language. */
  facets: readonly (string | undefined)[];
}

/** Build time: the search document of a session. */
export function searchDoc(s: DocSource): SearchDoc {
  return {
    slug: s.slug,
    title: s.title,
    speakers: s.speakers.map((p) => (p.nativeName ? `${p.name} ${p.nativeName}` : p.name)).join(', '),
    orgs: [...new Set(s.speakers.map((p) => p.designation).filter(Boolean))].join(' · '),
    abstract: clean(s.text),
    facets: [...new Set(s.facets.filter((f): f is string => Boolean(f)))].join(' · '),
    start: s.start,
  };
}

/**
 * The best non-overlapping substrings of `text` within `maxErrors` edits of `term` (both folded):
 * Sellers' approximate substring matching, tracking where each alignment starts.
 */
export function approximateRanges(text: string, term: string, maxErrors: number): Range[] {
  const m = term.length;
  if (!m || !text.length) return [];
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Array<number>(m + 1).fill(0);
  const found: [number, number, number][] = [];
  for (let j = 1; j <= text.length; j += 1) {
    const c = [0];
    const f = [j];
    for (let i = 1; i <= m; i += 1) {
      let best = cost[i - 1] + (term[i - 1] === text[j - 1] ? 0 : 1);
      let start = from[i - 1];
      if (cost[i] + 1 < best) [best, start] = [cost[i] + 1, from[i]];
      if (c[i - 1] + 1 < best) [best, start] = [c[i - 1] + 1, f[i - 1]];
      c.push(best);
      f.push(start);
    }
    if (c[m] <= maxErrors && f[m] <= j - 1) found.push([f[m], j - 1, c[m]]);
    cost = c;
    from = f;
  }
  const closeness = ([s, e, d]: [number, number, number]) => [d, Math.abs(e - s + 1 - m), s];
  found.sort((a, b) => {
    const [x, y] = [closeness(a), closeness(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  const kept: Range[] = [];
  for (const [s, e] of found) {
    if (kept.some(([ks, ke]) => s <= ke && e >= ks)) continue;
    if (e - s + 1 < 2 && !CJK.test(text.slice(s, e + 1))) continue;
    kept.push([s, e]);
  }
  return kept.sort((a, b) => a[0] - b[0]);
}

/** A search function over the docs: hits best first, [] for a blank query or when a word matches nothing. */
export function createSearch(docs: readonly SearchDoc[]): (query: string) => Hit[] {
  const haystack = docs.map((d) => ({
    title: fold(d.title),
    speakers: fold(d.speakers),
    orgs: fold(d.orgs),
    abstract: fold(d.abstract),
    facets: fold(d.facets),
  }));
  const indexed = haystack.map((d) => ({
    title: padCjk(d.title),
    speakers: d.speakers,
    orgs: padCjk(d.orgs),
    facets: d.facets,
  }));
  const index = Fuse.createIndex(KEYS, indexed);
  // One Fuse per threshold, all over the same index: cheap, and Fuse's options stay immutable.
  const fuses = new Map<number, Fuse<(typeof indexed)[number]>>();
  const fuseFor = (threshold: number) => {
    let fuse = fuses.get(threshold);
    if (!fuse) {
      fuse = new Fuse(
        indexed,
        {
          keys: KEYS,
          // Folded above; Fuse's own lowercasing and accent stripping could shift offsets.
          isCaseSensitive: true,
          ignoreLocation: true,
          includeScore: true,
          shouldSort: false,
          threshold,
        },
        index,
      );
      fuses.set(threshold, fuse);
    }
    return fuse;
  };
  const all = docs.map((_, i) => i);
  const inAbstract = haystack.map((d) => abstractFactor(d.abstract));

  return (query) => {
    const terms = queryTerms(query);
    if (!terms.length) return [];
    let scores: Map<number, number> | undefined;
    for (const term of terms) {
      // Fuse compares edits / word length with the threshold; half an edit of slack lets exactly
      // the allowed edits pass and not one more.
      const fuzzy = new Map<number, number>();
      for (const r of fuseFor((allowedErrors(term) + 0.5) / term.length).search(term))
        fuzzy.set(r.refIndex, r.score ?? 1);
      const next = new Map<number, number>();
      // Only sessions every earlier word matched can still match: AND narrows as it goes.
      for (const i of scores ? scores.keys() : all) {
        const short = fuzzy.get(i);
        const found = haystack[i].abstract.includes(term);
        if (short === undefined && !found) continue;
        const score = (short ?? 1) * (found ? inAbstract[i] : 1);
        next.set(i, (scores?.get(i) ?? 0) + Math.log(Math.max(score, Number.EPSILON)));
      }
      scores = next;
      if (!scores.size) return [];
    }
    return [...(scores ?? [])]
      .map(([i, logSum]) => ({ i, score: Math.exp(logSum / terms.length) }))
      .sort((a, b) => a.score - b.score || a.i - b.i)
      .map(({ i, score }) => hit(docs[i].slug, score, haystack[i], terms));
  };
}

/** A hit whose highlight ranges are worked out when first read: a list shows 50 of 650 hits. */
function hit(slug: string, score: number, text: { title: string; speakers: string }, terms: string[]): Hit {
  let title: Range[] | undefined;
  let speakers: Range[] | undefined;
  return {
    slug,
    score,
    get title() {
      return (title ??= termRanges(text.title, terms));
    },
    get speakers() {
      return (speakers ??= termRanges(text.speakers, terms));
    },
  };
}

function termRanges(text: string, terms: readonly string[]): Range[] {
  return normalizeRanges(
    terms.flatMap((t) => approximateRanges(text, t, allowedErrors(t))),
    text.length,
  );
}

/** Clamp to the text, drop empty or invalid ranges, sort and merge overlapping or touching ones. */
function normalizeRanges(ranges: readonly Range[], length: number): Range[] {
  const valid = ranges
    .map(([s, e]) => [Math.max(0, Math.ceil(s)), Math.min(length - 1, Math.floor(e))] as const)
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && s <= e)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of valid) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;
const LOW_SURROGATE = /[\udc00-\udfff]/;

/**
 * Split text into plain and marked segments for rendering with <mark>. Ranges may overlap, be
 * unsorted, inverted or out of bounds; marks never split a surrogate pair.
 */
export function highlight(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
  if (!text) return [];
  const segments: { text: string; mark: boolean }[] = [];
  let at = 0;
  const snapped = (Array.isArray(ranges) ? ranges : [])
    .filter((r) => Array.isArray(r))
    .map(([s, e]): Range => [
      LOW_SURROGATE.test(text[s] ?? '') ? s - 1 : s,
      HIGH_SURROGATE.test(text[e] ?? '') ? e + 1 : e,
    ]);
  for (const [s, e] of normalizeRanges(snapped, text.length)) {
    if (s > at) segments.push({ text: text.slice(at, s), mark: false });
    segments.push({ text: text.slice(s, e + 1), mark: true });
    at = e + 1;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
