// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import cspStyleAttributes from './src/integrations/csp.ts';

/**
 * Where the site is deployed. Set once here, overridable at build time:
 *   SITE_URL=https://example.org BASE_PATH=/istiocon/ npm run build
 * Every canonical URL, the sitemap, feeds and exports derive from these two values.
 */
const SITE_URL = process.env.SITE_URL || 'https://istiocon-schedule.example.org';
const BASE_PATH = process.env.BASE_PATH || '/';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'ignore',
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), cspStyleAttributes()],
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
  experimental: {
    /**
     * A Content-Security-Policy <meta> on every page: script-src is 'self' plus the hashes of
     * the scripts Astro renders (never 'unsafe-inline'); style-src likewise, completed with the
     * page's style-attribute hashes by src/integrations/csp.ts. JSON-LD is data, not script.
     */
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
