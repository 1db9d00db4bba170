/**
 * "Is there English interface text on a Chinese page?" The page's visible text is split into what
 * comes from the content (titles, abstracts, names, designations, track, type, room and language
 * names, all read with loadProgram) and what the interface adds; the interface part must not use a
 * word of the English dictionary (src/i18n/en.json) unless the Chinese dictionary uses it too
 * (UTC, JavaScript, Google…). Zone identifiers and URLs are data, not words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { markdownText } from '../../src/lib/markdown';
import type { Program } from '../../src/lib/types';
import { ROOT } from './dist';

const dictionary = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, 'src/i18n', name), 'utf8'));

/** Every message text of a dictionary (plural forms included), placeholders removed. */
function messages(dict: unknown): string[] {
  return Object.entries(dict as Record<string, string | Record<string, string>>)
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([, m]) => (typeof m === 'string' ? [m] : Object.values(m)))
    .map((m) => m.replace(/\{\w+\}/g, ' ').replace(/<\/?a>/g, ' '));
}

const words = (text: string) => text.toLowerCase().match(/[a-z]{2,}/g) ?? [];

/** The words the English interface uses and the Chinese one does not. */
export function englishInterfaceWords(): Set<string> {
  const chinese = new Set(messages(dictionary('zh-Hans.json')).flatMap(words));
  return new Set(
    messages(dictionary('en.json'))
      .flatMap(words)
      .filter((w) => !chinese.has(w)),
  );
}

/** Every text of the content that a page may show as written, whitespace collapsed, longest first. */
export function contentTexts(program: Program): string[] {
  const md = (t?: string) => (t ? [t, markdownText(t)] : []);
  const all = [
    program.event.name,
    ...program.sessions.flatMap((s) => [
      s.title,
      s.subtitle ?? '',
      ...md(s.abstract),
      ...md(s.description),
      ...(s.links ?? []).map((l) => l.title),
    ]),
    ...program.speakers.flatMap((p) => [
      p.name,
      p.nativeName ?? '',
      p.designation ?? '',
      ...md(p.bio),
      ...(p.links ?? []).map((l) => l.title),
    ]),
    ...program.tracks.flatMap((t) => [t.name, t.label]),
    ...program.types.map((t) => t.name),
    ...program.rooms.flatMap((r) => [r.name, r.note ?? '']),
    ...program.languages.flatMap((l) => [l.name, l.nativeName ?? '']),
  ];
  return [...new Set(all.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
}

/** IANA zone identifiers as pages may show them ("Asia/Shanghai", "America/Los Angeles"), longest first. */
const ZONE_IDS = (Intl as unknown as { supportedValuesOf(k: string): string[] })
  .supportedValuesOf('timeZone')
  .flatMap((z) => [z, z.replace(/_/g, ' ')])
  .sort((a, b) => b.length - a.length);

/** A text of a page, the language it is marked as (the nearest `lang`) and its parent's and grandparent's texts. */
export interface PageText {
  text: string;
  lang: string;
  around?: string[];
}

/**
 * The text a page shows or names for assistive technology: visible text nodes (hidden elements
 * excluded, visually hidden ones included), the title, and aria-label, title, placeholder and alt
 * attributes of rendered elements. One entry per node or attribute.
 */
export function pageTexts(page: Page): Promise<PageText[]> {
  return page.evaluate(() => {
    const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? '';
    const out: { text: string; lang: string; around?: string[] }[] = [
      { text: document.title, lang: document.documentElement.lang },
    ];
    const shown = (el: Element | null) => !!el && el.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.textContent?.trim() && shown(n.parentElement)) {
        const up = [n.parentElement, n.parentElement?.parentElement];
        const around = up.map((e) => (e?.textContent ?? '').slice(0, 3000));
        out.push({ text: n.textContent, lang: langOf(n.parentElement), around });
      }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      if (shown(el) || el.matches('input, select'))
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = el.getAttribute(a);
          if (v) out.push({ text: v, lang: langOf(el) });
        }
    return out;
  });
}

/**
 * The English interface words among a page's texts, each with the text it was found in: what is
 * left of every text once the content, zone identifiers and URLs are taken out. A text counts as
 * content when it is one of the content's texts, or a part of one (a Markdown paragraph's piece, a
 * summary cut with "…") that is long or marked as in another language than the page.
 */
export function englishLeftovers(
  texts: readonly PageText[],
  pageLang: string,
  content: readonly string[],
  english: Set<string>,
): string[] {
  const found: string[] = [];
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  for (const { text: raw, lang, around = [] } of texts) {
    const text = flat(raw);
    const bare = text.replace(/…$/, '');
    if (!bare || content.includes(text)) continue;
    if ((bare.length >= 20 || lang !== pageLang) && content.some((c) => c.includes(bare))) continue;
    // A piece of a content text split by markup (a search highlight in a title).
    if (around.some((a) => content.includes(flat(a)))) continue;
    let rest = text
      .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
      .replace(/(?:^|\s)\/\S*/g, ' ')
      .replace(/[\w-]+\.(?:ics|xml|json)\b/g, ' ');
    for (const c of content) if (rest.includes(c)) rest = rest.split(c).join(' ');
    for (const z of ZONE_IDS) if (rest.includes(z)) rest = rest.split(z).join(' ');
    const bad = words(rest).filter((w) => english.has(w));
    if (bad.length) found.push(`${[...new Set(bad)].join(', ')}  ←  “${text.slice(0, 120)}”`);
  }
  return [...new Set(found)];
}
