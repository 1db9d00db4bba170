/**
 * What every page and component needs to render in its interface language: the program, the
 * translator, the time-fact context and link builders. Derived from the page's URL, so a component
 * needs only `await pageFor(Astro.url)`.
 */
import type { Program, Session } from '../lib/types';
import { neighbourFinder, type Neighbours } from '../lib/schedule';
import { dayPageOf, dayPageRoutes, dayPages, onDay, type DayPage } from '../lib/paging';
import { LIST_PAGE_LIMIT } from '../consts';
import type { Translator } from '../lib/i18n';
import type { FactContext } from '../lib/facts';
import { createLookup, type Lookup } from '../lib/lookup';
import { localize, splitLocale, withBase } from '../lib/paths';
import { getProgram } from './program';
import { siteLocales, translator, type SiteLocale } from './i18n';

export interface Page {
  program: Program;
  lookup: Lookup;
  /** This page's interface language. */
  locale: SiteLocale;
  locales: SiteLocale[];
  t: Translator;
  facts: FactContext;
  /** The page's path without base and language prefix ("/grid/"). */
  path: string;
  /** A page link in this page's language, with the base: href("/speakers/") → "/zh/speakers/". */
  href: (path: string) => string;
  /** A file link (feeds, exports, assets), with the base and no language prefix. */
  file: (path: string) => string;
  /** This page in another language. */
  hrefIn: (locale: SiteLocale, path?: string) => string;
  /** A large program's day pages (null for a small program). */
  dayPages: DayPage[] | null;
  /** The list page that shows a session ("/" or "/days/<date>/"). */
  listPageOf: (session: Session) => string;
  /** What comes before, after and alongside a session. */
  neighbours: (session: Session) => Neighbours<Session>;
  /**
   * What a list or timetable page shows: one conference day of a large program (`day`, the first
   * by default) with its date, or every session of a small one.
   */
  shown: (day?: string) => { date?: string; sessions: Session[] };
}

/** What is derived from the whole program once per build, not once per page. */
const derived = new WeakMap<Program, Pick<Page, 'dayPages' | 'listPageOf' | 'neighbours' | 'shown'>>();

function derive(program: Program) {
  let d = derived.get(program);
  if (!d) {
    const rule = { zone: program.event.timeZone, dayChange: program.event.dayChange };
    const pages = dayPages(program.sessions, LIST_PAGE_LIMIT, rule);
    d = {
      dayPages: pages,
      listPageOf: (s) => dayPageOf(s.start, pages, rule),
      neighbours: neighbourFinder(program.sessions),
      shown: (day) => {
        const date = day ?? pages?.[0]?.date;
        return { date, sessions: pages && date ? onDay(program.sessions, date, rule) : program.sessions };
      },
    };
    derived.set(program, d);
  }
  return d;
}

const BASE = import.meta.env.BASE_URL;

/** The page context for a URL of this site. */
export async function pageFor(url: URL): Promise<Page> {
  if (!url) throw new Error(`pageFor without a URL: ${new Error().stack}`);
  const program = await getProgram();
  const locales = siteLocales(program.event);
  const { prefix, path } = splitLocale(url.pathname, BASE, locales.map((l) => l.prefix).filter(Boolean));
  const locale = locales.find((l) => l.prefix === prefix) ?? locales[0];
  const t = translator(locale.lang);
  return {
    program,
    lookup: createLookup(program),
    locale,
    locales,
    t,
    facts: { t, eventZone: program.event.timeZone, dayChange: program.event.dayChange },
    path,
    href: (p) => withBase(BASE, localize(p, locale.prefix)),
    file: (p) => withBase(BASE, p),
    hrefIn: (other, p = path) => withBase(BASE, localize(p, other.prefix)),
    ...derive(program),
  };
}

/** getStaticPaths for a page in every interface language, with extra params and props per path. */
export async function localeRoutes<P extends Record<string, string | undefined>, Q>(
  each: (program: Program) => { params: P; props: Q }[] = () => [{ params: {} as P, props: {} as Q }],
) {
  const program = await getProgram();
  const locales = siteLocales(program.event);
  const routes = each(program);
  return locales.flatMap((l) =>
    routes.map((r) => ({ params: { ...r.params, locale: l.prefix || undefined }, props: r.props })),
  );
}

/** getStaticPaths of a large program's day pages (list and timetable), in every interface language. */
export function dayRoutes() {
  return localeRoutes((program) =>
    dayPageRoutes(program.sessions, LIST_PAGE_LIMIT, {
      zone: program.event.timeZone,
      dayChange: program.event.dayChange,
    }),
  );
}
