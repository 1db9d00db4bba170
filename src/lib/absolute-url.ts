/** Absolute URLs for exports (calendars, schedule.xml/json), which leave the site and need a host. */
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

/** A site path ("/sessions/x/", as made by src/lib/paths.ts) made absolute under `baseUrl`. */
export function absoluteUrl(baseUrl: string, path: string): string {
  const root = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${root}${path.replace(/^\//, '')}`;
}
