/**
 * Site paths. Every internal link goes through `withBase` (a sub-path deploy) and, for pages,
 * `localize` (the interface language's prefix: "/zh/sessions/x/"). Pure: base and locale are parameters.
 */

/** Join the configured base ("/" or "/sub/") with a site path ("/sessions/x/"). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}` || '/';
}

/** A page path in an interface language: `prefix` is "" for the default language, else e.g. "zh". */
export const localize = (path: string, prefix: string) =>
  prefix ? `/${prefix}${path.startsWith('/') ? '' : '/'}${path}` : path;

/**
 * A served pathname split into the interface language's prefix and the page path:
 * ("/sub/zh/grid/", "/sub/", ["zh"]) → { prefix: "zh", path: "/grid/" }.
 */
export function splitLocale(
  pathname: string,
  base: string,
  prefixes: readonly string[],
): { prefix: string; path: string } {
  const root = base.endsWith('/') ? base : `${base}/`;
  let rest = pathname.startsWith(root) ? pathname.slice(root.length - 1) : pathname;
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const first = rest.split('/')[1] ?? '';
  if (first && prefixes.includes(first)) return { prefix: first, path: rest.slice(first.length + 1) || '/' };
  return { prefix: '', path: rest };
}

/** Percent-encoded path segment, so Chinese slugs make valid URLs. */
const seg = (slug: string) => encodeURIComponent(slug);

export const sessionPath = (slug: string) => `/sessions/${seg(slug)}/`;
export const speakerPath = (slug: string) => `/speakers/${seg(slug)}/`;
export const trackPath = (slug: string) => `/tracks/${seg(slug)}/`;
export const languagePath = (code: string) => `/languages/${seg(code)}/`;
/** The session's place in the program: its card on the list (of its day's page for a large program). */
export const programAnchor = (slug: string, dayPage = '/') => `${dayPage}#s-${seg(slug)}`;

/** The webcal:// address of a feed, which calendar apps open as a subscription. */
export const webcalUrl = (absolute: string) => absolute.replace(/^https?:/, 'webcal:');
