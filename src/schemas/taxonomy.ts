import { z } from 'astro/zod';
import { clockTime, date, httpUrl, instant, languageTag, slug, text, timeZone } from './common';

/** A track, from tracks.yaml (the entry `id` is its slug). */
export const trackSchema = () =>
  z
    .object({
      /** Key that sessions use to refer to this record. */
      id: slug(),
      /** Full track name. */
      name: text(),
      /** Short label where space is short (badges, chips); the name when absent. */
      label: text().optional(),
      /** The track colour, `#rrggbb`, always shown with the track's name; a palette colour when absent. */
      color: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#516baa"')
        .optional(),
    })
    .strict();

/** A session language, from languages.yaml (the entry `id` is its BCP 47 tag). */
export const languageSchema = () =>
  z
    .object({
      /** The BCP 47 tag sessions use: "en", "de", "pt-BR", "zh-Hans". */
      id: languageTag(),
      /** Name in the site's default language. */
      name: text(),
      /** Name in the language itself, when it differs ("中文"); badges show it. */
      nativeName: text().optional(),
    })
    .strict();

/** A session type, from types.yaml. */
export const sessionTypeSchema = () =>
  z
    .object({
      /** Key that sessions use to refer to this record. */
      id: slug(),
      /** Display name. */
      name: text(),
    })
    .strict();

/** A room (a hall, a stream or a virtual room), from rooms.yaml. */
export const roomSchema = () =>
  z
    .object({
      /** Key that sessions use to refer to this record. */
      id: slug(),
      /** Display name. */
      name: text(),
      /** How the room worked. */
      note: text().optional(),
      /** Column order in the grid, 1 first. */
      order: z.number({ required_error: 'is required' }).int('must be a whole number').positive('must be positive'),
    })
    .strict();

/**
 * The event itself and everything that differs between conferences, from event.yaml: the one
 * validated site configuration (name, dates, zone, interface languages, storage prefix, …).
 */
export const eventSchema = () =>
  z
    .object({
      /** A short id; also the default prefix of what the site keeps in the browser. */
      id: slug(),
      /** Event name, as the site's title. */
      name: text(),
      /** The event's own website. */
      url: httpUrl().optional(),
      /** Where this schedule site is published; SITE_URL at build time overrides it. */
      siteUrl: httpUrl().optional(),
      /** One sentence for search engines and link previews; made from the facts when absent. */
      description: text().optional(),
      /** "virtual", "in-person" or "hybrid"; left out when the source does not say. */
      format: z
        .enum(['virtual', 'in-person', 'hybrid'], {
          errorMap: () => ({ message: 'must be "virtual", "in-person" or "hybrid"' }),
        })
        .optional(),
      /** The venue of an in-person event. */
      venue: text().optional(),
      /** Its city. */
      city: text().optional(),
      /** The event's IANA time zone: pages are rendered in it, and conference days are its days. */
      timeZone: timeZone(),
      /** Sessions before this time of day belong to the previous conference day ("04:00" at the CCC congresses). */
      dayChange: clockTime().default('00:00'),
      /** First conference day, a date in the event's zone. */
      firstDay: date(),
      /** Last conference day. */
      lastDay: date(),
      /** The interface language of the site's root pages, a BCP 47 tag with a dictionary in src/i18n/. */
      locale: languageTag().default('en'),
      /** Every interface language of the site, the default first; each is served under /<language>/. */
      locales: z.array(languageTag()).min(1, 'must list at least one language').optional(),
      /** Zones the time-zone picker offers after "My time" and the event's zone. */
      popularZones: z.array(timeZone()).optional(),
      /** Prefix of the browser storage keys, so two editions on one origin keep their own stars. */
      storagePrefix: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'must be lowercase letters, digits and hyphens')
        .optional(),
      /** The program's day-blocks, when it has them: each starts at an instant and is in one language. */
      blocks: z
        .array(
          z
            .object({
              id: z.string().regex(/^[a-z0-9]+$/, 'must be a block id like "a"'),
              language: languageTag(),
              start: instant(),
            })
            .strict(),
        )
        .optional(),
    })
    .strict()
    .refine((e) => e.lastDay >= e.firstDay, { message: 'must not be before firstDay', path: ['lastDay'] })
    .refine((e) => !e.locales?.length || e.locales[0] === e.locale, {
      message: 'must start with the default locale',
      path: ['locales'],
    });

export type EventData = z.infer<ReturnType<typeof eventSchema>>;
