/** Build time: the program's search documents (src/lib/search.ts searches them in the browser). */
import { createLookup, languageLabel } from './lookup';
import { markdownText } from './markdown';
import { searchDoc, type SearchDoc } from './search';
import type { Program } from './types';

/** A language's names: its own, the content's, and what each interface language calls it ("英语"). */
function languageNames(program: Program, code: string): string[] {
  const language = createLookup(program).language(code);
  const names = [languageLabel(language, code), language?.name];
  for (const lang of program.event.locales) {
    try {
      names.push(new Intl.DisplayNames(lang, { type: 'language' }).of(code));
    } catch {
      // An unusual tag Intl cannot name: the content's names are enough.
    }
  }
  return names.filter((n): n is string => Boolean(n));
}

/** One document per session, in program order. */
export function programSearchDocs(program: Program): SearchDoc[] {
  const lookup = createLookup(program);
  const names = new Map(program.languages.map((l) => [l.code, languageNames(program, l.code)]));
  return program.sessions.map((s) => {
    const track = lookup.track(s.track);
    return searchDoc({
      slug: s.slug,
      title: s.title,
      start: s.start,
      speakers: s.speakers.map((slug) => lookup.speaker(slug) ?? { name: slug }),
      text: [s.subtitle ?? '', markdownText(s.abstract), s.description ? markdownText(s.description) : ''].join(' '),
      facets: [
        track?.name,
        track?.label,
        lookup.type(s.type)?.name,
        lookup.room(s.room)?.name,
        ...s.languages.flatMap((code) => names.get(code) ?? [code]),
      ],
    });
  });
}
