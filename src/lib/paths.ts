/** Site paths. Every internal link goes through `withBase`, so a sub-path deploy (`base`) works. */

/** Join the configured base ("/" or "/sub/") with a site path ("/sessions/x/"). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}` || '/';
}

/** Percent-encoded path segment, so Chinese slugs make valid URLs. */
const seg = (slug: string) => encodeURIComponent(slug);

export const sessionPath = (slug: string) => `/sessions/${seg(slug)}/`;
export const speakerPath = (slug: string) => `/speakers/${seg(slug)}/`;
export const trackPath = (slug: string) => `/tracks/${seg(slug)}/`;
export const languagePath = (code: string) => `/languages/${seg(code)}/`;
/** The session's place in the program: its card on `/`. */
export const programAnchor = (slug: string) => `/#s-${seg(slug)}`;

/** The webcal:// address of a feed, which calendar apps open as a subscription. */
export const webcalUrl = (absolute: string) => absolute.replace(/^https?:/, 'webcal:');
