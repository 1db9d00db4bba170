import { z } from 'astro/zod';

/** A slug: lowercase letters, digits and hyphens, or any non-ASCII letters (two sessions have Chinese slugs). */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\d]+(?:-[\p{Ll}\p{Lo}\d]+)*$/u;

/** An ISO 8601 instant that says where it is: it must end in `Z` or a `±hh:mm` offset. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A calendar date, `YYYY-MM-DD`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A slug referring to another record (speaker, track, …). */
export const slug = () =>
  z
    .string({ required_error: 'is required', invalid_type_error: 'must be text' })
    .regex(SLUG_PATTERN, 'must be a slug: lowercase words joined by hyphens, like "use-case"');

/** An instant in time with `Z` or an offset, never a floating local time. */
export const instant = () =>
  z
    .string({ required_error: 'is required', invalid_type_error: 'must be a quoted ISO 8601 instant' })
    .regex(INSTANT_PATTERN, 'must be an ISO 8601 instant ending in "Z" or an offset, like "2022-04-25T15:00:00Z"')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date and time');

/** A calendar date such as "2022-04-25". */
export const date = () =>
  z
    .string({ required_error: 'is required', invalid_type_error: 'must be a quoted date' })
    .regex(DATE_PATTERN, 'must be a date like "2022-04-25"')
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'is not a real date');

/** An absolute http(s) URL. */
export const httpUrl = () =>
  z
    .string({ invalid_type_error: 'must be a URL' })
    .url('must be an absolute URL')
    .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://');

/** Non-empty, trimmed text. */
export const text = () =>
  z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).trim().min(1, 'must not be empty');
