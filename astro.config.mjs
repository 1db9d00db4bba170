// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import cspStyleAttributes from './src/integrations/csp.ts';
import { CONTENT_DIR } from './src/content-dir.ts';
import { EMBED_ORIGIN } from './src/lib/video.ts';

/**
 * Where the site is deployed: SITE_URL, else the event's `siteUrl` (content/event.yaml), else a
 * placeholder. BASE_PATH for a sub-path deploy:
 *   SITE_URL=https://example.org BASE_PATH=/istiocon/ npm run build
 * Every canonical URL, the sitemap, feeds and exports derive from these two values.
 */
function eventSiteUrl() {
  try {
    const events = parse(readFileSync(`${CONTENT_DIR}/event.yaml`, 'utf8'));
    return Array.isArray(events) && typeof events[0]?.siteUrl === 'string' ? events[0].siteUrl : undefined;
  } catch {
    return undefined; // A broken event.yaml is reported by the content layer, with file and field.
  }
}
const SITE_URL = process.env.SITE_URL || eventSiteUrl() || 'https://schedule.example.org';
const BASE_PATH = process.env.BASE_PATH || '/';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'ignore',
  // One cache per content folder, so building another program never reuses this one's data store.
  cacheDir: `./node_modules/.astro/${createHash('sha1').update(CONTENT_DIR).digest('hex').slice(0, 8)}`,
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), cspStyleAttributes()],
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
  experimental: {
    /**
     * A Content-Security-Policy <meta> on every page: script-src is 'self' plus the hashes of
     * the scripts Astro renders (never 'unsafe-inline'); style-src likewise, completed with the
     * page's style-attribute hashes by src/integrations/csp.ts. JSON (config, JSON-LD) is data.
     * frame-src allows exactly the video host, and only a click on "play" loads it.
     */
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        `frame-src ${EMBED_ORIGIN}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
