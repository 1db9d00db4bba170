// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

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
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
