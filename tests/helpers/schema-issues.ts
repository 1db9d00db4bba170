/**
 * What a schema says about a value, as the reader of an error sees it: one "field: reason" line
 * per issue, the field written as tests/helpers/content.ts and Astro write it ("links.0.url"),
 * "(record)" for the record itself. An empty list means the value is valid.
 */
import type { z } from 'astro/zod';

export function issues(schema: z.ZodTypeAny, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`);
}

/** The parsed value of a valid record; throws with the issues of an invalid one. */
export function parsed<S extends z.ZodTypeAny>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(issues(schema, value).join('\n'));
  return result.data;
}
