/** Site-wide constants. The site URL and base path are set in astro.config.mjs. */
export const SITE_TITLE = 'IstioCon 2022 schedule';
export const SITE_DESCRIPTION =
  'The IstioCon 2022 program: 65 sessions in English and Chinese, 25–29 April 2022, in your own time zone.';
/** The zone pages are rendered in before the browser switches to the visitor's zone. */
export const BUILD_ZONE = 'UTC';
/** Locale for dates and headings. */
export const LOCALE = 'en-GB';
/** Past this many sessions, the list and the grid get one page per UTC day (see src/lib/paging.ts). */
export const LIST_PAGE_LIMIT = 300;
