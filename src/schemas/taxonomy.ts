import { z } from 'astro/zod';
import { date, instant, httpUrl, slug, text } from './common';

/** The record's key in its YAML list, used to refer to it from sessions. */
const id = () => slug();

/** A track, from content/tracks.yaml (the entry `id` is its slug). */
export const trackSchema = () =>
  z
    .object({
      /** Key that sessions use to refer to this record. */
      id: id(),
      /** Full track name. */
      name: text(),
      /** Short label for badges. */
      label: text(),
      /** The track colour, `#rrggbb`; always shown together with the track's name. */
      color: z.string({ required_error: 'is required' }).regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#516baa"'),
    })
    .strict();

/** A session language, from content/languages.yaml (the entry `id` is its ISO 639-1 code). */
export const languageSchema = () =>
  z
    .object({
      /** Key that sessions use to refer to this record. */
      id: id(),
      /** English name. */
      name: text(),
      /** Name in the language itself, when it differs. */
      nativeName: text().optional(),
    })
    .strict();

/** A session type, from content/types.yaml. */
export const sessionTypeSchema = () =>
  z
    .object({
      /** Key that sessions use to refer to this record. */
      id: id(),
      /** Display name. */
      name: text(),
    })
    .strict();

/** A room (a stream or a virtual room), from content/rooms.yaml. */
export const roomSchema = () =>
  z
    .object({
      /** Key that sessions use to refer to this record. */
      id: id(),
      /** Display name. */
      name: text(),
      /** How the room worked. */
      note: text().optional(),
      /** Column order in the grid, 1 first. */
      order: z.number({ required_error: 'is required' }).int().positive(),
    })
    .strict();

/** The event itself, from content/event.yaml. */
export const eventSchema = () =>
  z
    .object({
      /** Key that sessions use to refer to this record. */
      id: id(),
      /** Event name. */
      name: text(),
      /** The original website. */
      url: httpUrl(),
      /** "virtual" or "in-person". */
      format: z.enum(['virtual', 'in-person', 'hybrid']),
      /** First conference day, a UTC calendar date. */
      firstDay: date(),
      /** Last conference day, a UTC calendar date. */
      lastDay: date(),
      /** The program's day-blocks: each starts at an instant and is in one language. */
      blocks: z
        .array(z.object({ id: z.string().regex(/^[a-z]$/), language: z.string(), start: instant() }).strict())
        .default([]),
    })
    .strict()
    .refine((e) => e.lastDay >= e.firstDay, { message: 'must not be before firstDay', path: ['lastDay'] });
