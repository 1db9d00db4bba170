/**
 * A content folder read the way the build reads it, without Astro: the same files, parsed by the
 * same zod schemas (src/schemas), turned into a Program by the same `toProgram`. Unit tests, the
 * end-to-end tests and the benchmark use it, so there is one way to read content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { sessionSchema } from '../../src/schemas/session';
import { speakerSchema } from '../../src/schemas/speaker';
import { eventSchema, languageSchema, roomSchema, sessionTypeSchema, trackSchema } from '../../src/schemas/taxonomy';
import { ContentError, toProgram, type RawEntry, type RawProgram } from '../../src/lib/to-program';
import type { Problem } from '../../src/lib/validate';
import type { Program } from '../../src/lib/types';
import { ROOT } from './dist';

/** The project's own program. */
export const DEFAULT_CONTENT = join(ROOT, 'content');
/** A small neutral program for tests about behaviour, not IstioCon's facts. */
export const NEUTRAL_CONTENT = join(ROOT, 'tests/fixtures/programs/neutral');
/** A program with no sessions yet (tests/fixtures/programs/empty/). */
export const EMPTY_CONTENT = join(ROOT, 'tests/fixtures/programs/empty');

/** The frontmatter (YAML) and body of a Markdown file; throws when there is no frontmatter. */
export function splitFrontmatter(text: string, file = 'file'): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no YAML frontmatter`);
  return { data: parse(match[1]) ?? {}, body: match[2] };
}

/** Reads a content folder into the records `toProgram` takes, collecting schema problems as Astro would report them. */
export function readContent(dir: string = DEFAULT_CONTENT): { raw: RawProgram; problems: Problem[] } {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(ROOT, path) || path;
  const check = <S extends z.ZodTypeAny>(
    schema: S,
    data: unknown,
    file: string,
    prefix = '',
  ): z.infer<S> | undefined => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      problems.push({
        file,
        field: [prefix, ...issue.path].filter((p) => p !== '').join('.') || '(record)',
        message: issue.message,
      });
    return undefined;
  };
  const folder = (name: string, ext: string) => {
    const path = join(dir, name);
    return existsSync(path)
      ? readdirSync(path)
          .filter((f) => f.endsWith(ext))
          .sort()
      : [];
  };
  const list = <S extends z.ZodTypeAny>(name: string, schema: S): RawEntry<z.infer<S>>[] => {
    const path = join(dir, name);
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ file, field: '(file)', message: 'is missing' });
      return [];
    }
    const data: unknown = parse(readFileSync(path, 'utf8')) ?? [];
    if (!Array.isArray(data)) {
      problems.push({ file, field: '(file)', message: 'must be a YAML list' });
      return [];
    }
    return data.flatMap((item: unknown, i) => {
      const parsed = check(schema, item, file, `[${i}]`);
      return parsed ? [{ id: String((parsed as { id: string }).id), data: parsed, file }] : [];
    });
  };
  const raw: RawProgram = {
    sessions: folder('sessions', '.md').flatMap((name) => {
      const path = join(dir, 'sessions', name);
      const file = rel(path);
      const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'), file);
      const parsed = check(sessionSchema(), data, file);
      return parsed ? [{ id: name.replace(/\.md$/, ''), data: parsed, body, file }] : [];
    }),
    speakers: folder('speakers', '.yaml').flatMap((name) => {
      const path = join(dir, 'speakers', name);
      const file = rel(path);
      const parsed = check(speakerSchema(), parse(readFileSync(path, 'utf8')), file);
      return parsed ? [{ id: name.replace(/\.ya?ml$/, ''), data: parsed, file }] : [];
    }),
    tracks: list('tracks.yaml', trackSchema()),
    languages: list('languages.yaml', languageSchema()),
    types: list('types.yaml', sessionTypeSchema()),
    rooms: list('rooms.yaml', roomSchema()),
    event: list('event.yaml', eventSchema()),
  };
  return { raw, problems };
}

/** The Program of a content folder; throws a ContentError naming every schema or cross-record problem. */
export function loadProgram(dir: string = DEFAULT_CONTENT): Program {
  const { raw, problems } = readContent(isAbsolute(dir) ? dir : join(ROOT, dir));
  if (problems.length) throw new ContentError(problems);
  return toProgram(raw);
}
