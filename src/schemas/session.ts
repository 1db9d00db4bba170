import { z } from 'astro/zod';
import { httpUrl, instant, slug, text } from './common';

/**
 * One session of the program: the frontmatter of a file in `content/sessions/`.
 * The file's body is the abstract. References (speakers, track, type, language, room)
 * are checked against their collections by `validateProgram` in src/lib/validate.ts.
 */
export const sessionSchema = () =>
  z
    .object({
      /** The session's URL segment: its permalink is /sessions/<slug>/. Kept from the original site. */
      slug: slug(),
      /** The program's own code for the session, like "a1a" (block a, slot 1, first talk). */
      code: z.string({ required_error: 'is required' }).regex(/^[a-z]\w*$/, 'must be a program code like "a1a"'),
      /** Position in the published program, used to order sessions that start together. */
      order: z.number({ required_error: 'is required' }).int('must be a whole number').positive('must be positive'),
      /** The title as published. */
      title: text(),
      /** Speaker slugs (file names in content/speakers/), in billing order. May be empty. */
      speakers: z.array(slug(), { required_error: 'is required (use [] for none)' }),
      /** Start, as an instant with Z or an offset. */
      start: instant(),
      /** End, as an instant with Z or an offset; must be after start. */
      end: instant(),
      /** Track slug from content/tracks.yaml; absent for sponsor messages. */
      track: slug().optional(),
      /** Session type slug from content/types.yaml. */
      type: slug(),
      /** Language code from content/languages.yaml. */
      language: z.string({ required_error: 'is required' }).regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
      /** Room slug from content/rooms.yaml. */
      room: slug(),
      /** The program block (day part) the session belongs to, like "a". */
      block: z.string({ required_error: 'is required' }).regex(/^[a-z]$/, 'must be a single letter'),
      /** Recording. */
      video: httpUrl().optional(),
      /** Slides. */
      slides: httpUrl().optional(),
      /** The session's page on the original conference site. */
      originalPage: httpUrl().optional(),
    })
    .strict()
    .refine((s) => Date.parse(s.end) > Date.parse(s.start), {
      message: 'must be after start',
      path: ['end'],
    });

export type SessionData = z.infer<ReturnType<typeof sessionSchema>>;
