import { z } from 'astro/zod';
import { code, httpUrl, instant, INSTANT_PATTERN, languageTag, link, slug, text, uuid } from './common';
import { isRealInstant } from '../lib/time';

/**
 * One session of the program: the frontmatter of a file in `<content>/sessions/`. The file's body
 * is the abstract (Markdown; raw HTML in it is shown as text). References (speakers, track, type,
 * language, room) are checked against their collections by `validateProgram` (src/lib/validate.ts).
 */
export const sessionSchema = () =>
  z
    .object({
      /** The session's URL segment: its permalink is /sessions/<slug>/. Kept from the source. */
      slug: slug(),
      /** The source's stable id for the session: a program code like "a1a" or an export's event id. */
      code: code(),
      /** The source's GUID, kept so calendar and schedule apps recognise the session across tools. */
      guid: uuid().optional(),
      /** Position in the published program, used to order sessions that start together. */
      order: z.number().int('must be a whole number').positive('must be positive').optional(),
      /** The title as published. */
      title: text(),
      /** A second line under the title, as frab and pretalx have it. */
      subtitle: text().optional(),
      /** Speaker slugs (file names in speakers/), in billing order. */
      speakers: z.array(slug()).default([]),
      /** Start, as an instant with Z or an offset. */
      start: instant(),
      /** End, as an instant with Z or an offset; must be after start. */
      end: instant(),
      /** Track slug from tracks.yaml. */
      track: slug().optional(),
      /** Session type slug from types.yaml. */
      type: slug().optional(),
      /** Language (a BCP 47 tag from languages.yaml), or a list when the session is in several. */
      language: z.union([languageTag(), z.array(languageTag()).min(1, 'must name at least one language')], {
        errorMap: (issue, ctx) =>
          issue.code === 'invalid_union' || issue.code === 'invalid_type'
            ? { message: 'is required: a language tag like "en", or a list like ["en", "de"]' }
            : { message: ctx.defaultError },
      }),
      /** Room slug from rooms.yaml. */
      room: slug(),
      /** The program block (day part) the session belongs to, when the event has blocks. */
      block: z
        .string()
        .regex(/^[a-z0-9]+$/, 'must be a block id like "a"')
        .optional(),
      /** Recording. */
      video: httpUrl().optional(),
      /** Slides. */
      slides: httpUrl().optional(),
      /** The session's page on the original conference site. */
      originalPage: httpUrl().optional(),
      /** Further links the source gives (project pages, repositories, papers), each with its title. */
      links: z.array(link()).optional(),
      /** A longer text after the abstract (Markdown), as frab and pretalx separate them. */
      description: text().optional(),
    })
    .strict()
    // Only two well-formed instants can be compared; a malformed one already has its own message.
    .refine((s) => !isInstant(s.start) || !isInstant(s.end) || Date.parse(s.end) > Date.parse(s.start), {
      message: 'must be after start',
      path: ['end'],
    });

const isInstant = (value: string) => INSTANT_PATTERN.test(value) && isRealInstant(value);

export type SessionData = z.infer<ReturnType<typeof sessionSchema>>;
