/**
 * Rules that span records: references exist, slugs are unique, sessions fall inside the
 * conference. Field-level rules live in the zod schemas (src/schemas).
 */
import type { Program } from './types';
import { localDate, UTC } from './time';

export interface Problem {
  /** The content file, e.g. "content/sessions/a1a.md". */
  file: string;
  /** The field at fault, e.g. "speakers[1]". */
  field: string;
  /** What is wrong, in words. */
  message: string;
}

/** Every cross-record problem in the program; an empty list means it is consistent. */
export function validateProgram(program: Program): Problem[] {
  const problems: Problem[] = [];
  const { event, sessions } = program;
  const speakers = new Set(program.speakers.map((s) => s.slug));
  const tracks = new Set(program.tracks.map((t) => t.slug));
  const languages = new Set(program.languages.map((l) => l.code));
  const types = new Set(program.types.map((t) => t.slug));
  const rooms = new Set(program.rooms.map((r) => r.slug));
  const blocks = new Set(event.blocks.map((b) => b.id));
  const list = (set: Set<string>) => [...set].map((v) => `"${v}"`).join(', ');

  const seenSlugs = new Map<string, string>();
  const seenCodes = new Map<string, string>();
  for (const s of sessions) {
    const file = s.file ?? `content/sessions/${s.code}.md`;
    const add = (field: string, message: string) => problems.push({ file, field, message });

    const otherSlug = seenSlugs.get(s.slug);
    if (otherSlug) add('slug', `"${s.slug}" is already used by ${otherSlug}`);
    else seenSlugs.set(s.slug, file);
    const otherCode = seenCodes.get(s.code);
    if (otherCode) add('code', `"${s.code}" is already used by ${otherCode}`);
    else seenCodes.set(s.code, file);

    s.speakers.forEach((sp, i) => {
      if (!speakers.has(sp)) add(`speakers[${i}]`, `speaker "${sp}" does not exist (no content/speakers/${sp}.yaml)`);
    });
    if (new Set(s.speakers).size !== s.speakers.length) add('speakers', 'lists a speaker twice');
    if (s.track !== undefined && !tracks.has(s.track))
      add('track', `track "${s.track}" does not exist; known tracks: ${list(tracks)}`);
    if (!types.has(s.type)) add('type', `type "${s.type}" does not exist; known types: ${list(types)}`);
    if (!languages.has(s.language))
      add('language', `language "${s.language}" does not exist; known languages: ${list(languages)}`);
    if (!rooms.has(s.room)) add('room', `room "${s.room}" does not exist; known rooms: ${list(rooms)}`);
    if (blocks.size && !blocks.has(s.block)) add('block', `block "${s.block}" is not in content/event.yaml`);

    const startDay = localDate(s.start, UTC);
    const endDay = localDate(Date.parse(s.end) - 1, UTC);
    if (startDay < event.firstDay || startDay > event.lastDay)
      add('start', `${s.start} is outside the conference days ${event.firstDay} to ${event.lastDay} (UTC)`);
    else if (endDay > event.lastDay) add('end', `${s.end} is after the last conference day ${event.lastDay} (UTC)`);
  }

  const seenSpeakers = new Set<string>();
  for (const sp of program.speakers) {
    if (seenSpeakers.has(sp.slug))
      problems.push({
        file: sp.file ?? `content/speakers/${sp.slug}.yaml`,
        field: 'slug',
        message: `"${sp.slug}" is a duplicate`,
      });
    seenSpeakers.add(sp.slug);
  }
  return problems;
}

/** One readable block: a line per problem, "file › field: message". */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
  return `The program content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
