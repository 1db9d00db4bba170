import { z } from 'astro/zod';
import { canonicalZone, isRealDate, isRealInstant } from '../lib/time';

/** A slug: lowercase letters, digits and hyphens, or any non-ASCII letters (Chinese slugs are kept). */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\d]+(?:-[\p{Ll}\p{Lo}\d]+)*$/u;

/** An ISO 8601 instant that says where it is: it must end in `Z` or a `±hh:mm` offset. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A calendar date, `YYYY-MM-DD`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A stable identifier from the program's source: a code like "a1a" or an export's numeric id. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A slug referring to another record (speaker, track, …). */
export const slug = () =>
  z
    .string({ required_error: 'is required', invalid_type_error: 'must be text' })
    .regex(SLUG_PATTERN, 'must be a slug: lowercase words joined by hyphens, like "use-case"');

/** An instant in time with `Z` or an offset, never a floating local time, on a real calendar date. */
export const instant = () =>
  z
    .string({ required_error: 'is required', invalid_type_error: 'must be a quoted ISO 8601 instant' })
    .superRefine((value, ctx) => {
      if (!INSTANT_PATTERN.test(value))
        ctx.addIssue({
          code: 'custom',
          message: 'must be an ISO 8601 instant ending in "Z" or an offset, like "2022-04-25T15:00:00Z"',
        });
      else if (!isRealInstant(value)) ctx.addIssue({ code: 'custom', message: 'is not a real date and time' });
    });

/** A calendar date such as "2022-04-25" that exists (no 31 February). */
export const date = () =>
  z.string({ required_error: 'is required', invalid_type_error: 'must be a quoted date' }).superRefine((value, ctx) => {
    if (!DATE_PATTERN.test(value)) ctx.addIssue({ code: 'custom', message: 'must be a date like "2022-04-25"' });
    else if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'is not a real date' });
  });

/** A time of day on the 24-hour clock, "HH:MM" (seconds allowed and ignored: frab writes "04:00:00"). */
export const clockTime = () =>
  z
    .string({ invalid_type_error: 'must be a quoted time' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/, 'must be a time of day like "04:00"');

/** An IANA time zone this runtime knows, like "Europe/Brussels", or "UTC"; kept in its canonical spelling. */
export const timeZone = () =>
  z
    .string({ required_error: 'is required', invalid_type_error: 'must be text' })
    .refine((zone) => canonicalZone(zone) !== null, 'must be an IANA time zone like "Europe/Brussels" or "UTC"')
    .transform((zone) => canonicalZone(zone) ?? zone);

/** A BCP 47 language tag in its canonical form: "en", "de", "pt-BR", "zh-Hans". */
export const languageTag = () =>
  z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).superRefine((tag, ctx) => {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      canonical = undefined;
    }
    if (!canonical) ctx.addIssue({ code: 'custom', message: 'must be a BCP 47 language tag like "en" or "zh-Hans"' });
    else if (canonical !== tag) ctx.addIssue({ code: 'custom', message: `must be written "${canonical}"` });
  });

/** A stable code (see CODE_PATTERN). */
export const code = () =>
  z
    .string({ required_error: 'is required', invalid_type_error: 'must be text' })
    .regex(CODE_PATTERN, 'must be a code of letters, digits, ".", "_" or "-", like "a1a" or "10528"');

/** An RFC 4122 UUID, as frab and pretalx write GUIDs. */
export const uuid = () => z.string().uuid('must be a UUID like "8079583e-8321-506c-95af-fd2903a5f075"');

/** An absolute http(s) URL. */
export const httpUrl = () =>
  z.string({ invalid_type_error: 'must be a URL' }).refine((value) => {
    try {
      return /^https?:$/.test(new URL(value).protocol) && /^https?:\/\//i.test(value);
    } catch {
      return false;
    }
  }, 'must be an absolute http:// or https:// URL');

/** Non-empty, trimmed text. */
export const text = () =>
  z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).trim().min(1, 'must not be empty');

/** A labelled link, as speakers' homepages and profiles come from pretalx and Sessionize. */
export const link = () =>
  z
    .object({
      /** What the link is, as the source names it ("Blog", "GitHub"). */
      title: text(),
      /** Where it goes. */
      url: httpUrl(),
    })
    .strict();
