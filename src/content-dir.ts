/**
 * The folder the program is read from: `CONTENT_DIR` (relative to the project, or absolute),
 * default `content`. Read by src/content.config.ts and astro.config.mjs, so a test or an
 * organiser can build another program without touching content/.
 */
export const CONTENT_DIR = (process.env.CONTENT_DIR || 'content').replace(/\/+$/, '');
