/**
 * Absolute URLs for the exports (calendars, schedule.xml/json, JSON-LD), which leave the site and
 * need a host, and the one percent-encoder every exported URL goes through.
 */
import { withBase } from './paths';

/**
 * The absolute URL of the site root, ending in "/": `site` is Astro's `site` (origin, maybe with a
 * path), `base` is `import.meta.env.BASE_URL` ("/" or "/sub/" or "/sub").
 * absoluteBase('https://x.org', '/sub') → "https://x.org/sub/".
 */
export function absoluteBase(site: URL | string | undefined, base: string): string {
  if (!site) throw new Error('The exports need absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  const path = withBase(base, '/');
  return new URL(path.endsWith('/') ? path : `${path}/`, site).href;
}

/** A site path ("/sessions/x/", as made by src/lib/paths.ts) made absolute under `baseUrl`, percent-encoded. */
export function absoluteUrl(baseUrl: string, path: string): string {
  const root = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return encodeUrl(`${root}${path.replace(/^\//, '')}`);
}

/**
 * Characters to percent-encode in a path, query or fragment: everything RFC 3986 does not allow
 * there (non-ASCII, spaces, `"<>\^`{|}[]`), and a "%" that does not start an escape. An escape
 * already there ("%E4") is kept, so encoding twice changes nothing.
 */
const UNSAFE = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu;

const utf8 = new TextEncoder();

/** "%E4%B8%AD" for "中": the UTF-8 bytes, upper-case hex as RFC 3986 §2.1 recommends. */
const escape = (char: string) =>
  Array.from(utf8.encode(char), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

const encodePart = (text: string) => text.replace(UNSAFE, escape);

/** Scheme and authority ("https://user@host:8080"), then the rest. */
const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/is;
/** An authority of the characters RFC 3986 allows there (ASCII host or IP literal, port, user info). */
const PLAIN_AUTHORITY = /^[A-Za-z0-9\-._~!$&'()*+,;=:@[\]%]*$/;

/**
 * A URL as strict RFC 3986 readers (ajv-formats `uri`, c3voc tools, calendar apps) accept it:
 * "https://conf.example.org/sessions/服务网格/" → ".../sessions/%E6%9C%8D%E5%8A%A1%E7%BD%91%E6%A0%BC/".
 * Content keeps URLs as people wrote them; every export passes them through here. A non-ASCII host
 * becomes Punycode (via the URL parser); a second "#" becomes "%23". Idempotent.
 */
export function encodeUrl(url: string): string {
  const match = AUTHORITY.exec(url);
  let head = '';
  let rest = url;
  if (match) {
    const [, scheme, authority, tail] = match;
    head = PLAIN_AUTHORITY.test(authority)
      ? `${scheme}${authority}`
      : new URL(`${scheme}${authority}/`).href.slice(0, -1);
    rest = tail;
  }
  const hash = rest.indexOf('#');
  if (hash < 0) return head + encodePart(rest);
  return `${head}${encodePart(rest.slice(0, hash))}#${encodePart(rest.slice(hash + 1))}`;
}
