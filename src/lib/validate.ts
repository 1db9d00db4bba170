/**
 * Rules that span records: references exist, slugs and codes are unique, sessions fall inside the
 * conference days. Field-level rules live in the zod schemas (src/schemas).
 */
import type { Program } from './types';
import { conferenceDate } from './time';

export interface Problem {
  /** The content file, e.g. "content/sessions/a1a.md". */
  file: string;
  /** The field at fault, e.g. "speakers[1]". */
  field: string;
  /** What is wrong, in words. */
  message: string;
}

/** Where the one-file records live, for messages about them. */
export interface ProgramFiles {
  event?: string;
  lists?: Partial<Record<'tracks' | 'languages' | 'types' | 'rooms', string>>;
}

const quoteAll = (values: Iterable<string>) => {
  const list = [...values];
  if (!list.length) return 'none';
  const shown = list.slice(0, 12).map((v) => `"${v}"`);
  return list.length > 12 ? `${shown.join(', ')} and ${list.length - 12} more` : shown.join(', ');
};

/** Every cross-record problem in the program; an empty list means it is consistent. */
export function validateProgram(program: Program, files: ProgramFiles = {}): Problem[] {
  const problems: Problem[] = [];
  const { event, sessions } = program;
  const eventFile = files.event ?? 'content/event.yaml';
  const speakers = new Set(program.speakers.map((s) => s.slug));
  const tracks = new Set(program.tracks.map((t) => t.slug));
  const languages = new Set(program.languages.map((l) => l.code));
  const types = new Set(program.types.map((t) => t.slug));
  const rooms = new Set(program.rooms.map((r) => r.slug));
  const blocks = new Set(event.blocks.map((b) => b.id));

  const unique = (kind: 'tracks' | 'languages' | 'types' | 'rooms', keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key))
        problems.push({
          file: files.lists?.[kind] ?? `content/${kind}.yaml`,
          field: 'id',
          message: `"${key}" is listed twice`,
        });
      seen.add(key);
    }
  };
  unique(
    'tracks',
    program.tracks.map((t) => t.slug),
  );
  unique(
    'languages',
    program.languages.map((l) => l.code),
  );
  unique(
    'types',
    program.types.map((t) => t.slug),
  );
  unique(
    'rooms',
    program.rooms.map((r) => r.slug),
  );

  event.blocks.forEach((b, i) => {
    if (!languages.has(b.language))
      problems.push({
        file: eventFile,
        field: `blocks[${i}].language`,
        message: `language "${b.language}" is not in languages.yaml`,
      });
  });

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
      if (!speakers.has(sp)) add(`speakers[${i}]`, `speaker "${sp}" does not exist (no speakers/${sp}.yaml)`);
    });
    if (new Set(s.speakers).size !== s.speakers.length) add('speakers', 'lists a speaker twice');
    if (s.track !== undefined && !tracks.has(s.track))
      add('track', `track "${s.track}" does not exist; known tracks: ${quoteAll(tracks)}`);
    if (s.type !== undefined && !types.has(s.type))
      add('type', `type "${s.type}" does not exist; known types: ${quoteAll(types)}`);
    s.languages.forEach((code, i) => {
      if (!languages.has(code))
        add(
          s.languages.length > 1 ? `language[${i}]` : 'language',
          `language "${code}" does not exist; known languages: ${quoteAll(languages)}`,
        );
    });
    if (!rooms.has(s.room)) add('room', `room "${s.room}" does not exist; known rooms: ${quoteAll(rooms)}`);
    if (s.block !== undefined && blocks.size && !blocks.has(s.block))
      add('block', `block "${s.block}" is not in event.yaml`);

    const startDay = conferenceDate(s.start, event.timeZone, event.dayChange);
    const endDay = conferenceDate(Date.parse(s.end) - 1, event.timeZone, event.dayChange);
    const where = `the conference days ${event.firstDay} to ${event.lastDay} (${event.timeZone})`;
    if (startDay < event.firstDay || startDay > event.lastDay) add('start', `${s.start} is outside ${where}`);
    else if (endDay > event.lastDay) add('end', `${s.end} is after the last of ${where}`);
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
