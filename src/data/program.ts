/**
 * The one door to the content layer: reads the collections, turns entries into plain
 * program types, and refuses to build an inconsistent program.
 */
import { getCollection } from 'astro:content';
import type { Program, Session } from '../lib/types';
import { sortSessions } from '../lib/schedule';
import { formatProblems, validateProgram } from '../lib/validate';

let cached: Promise<Program> | undefined;

async function load(): Promise<Program> {
  const [sessions, speakers, tracks, languages, types, rooms, events] = await Promise.all([
    getCollection('sessions'),
    getCollection('speakers'),
    getCollection('tracks'),
    getCollection('languages'),
    getCollection('types'),
    getCollection('rooms'),
    getCollection('event'),
  ]);
  if (events.length !== 1)
    throw new Error(`content/event.yaml must describe exactly one event; it has ${events.length}.`);
  const program: Program = {
    event: events[0].data,
    sessions: sortSessions(
      sessions.map((e): Session => ({
        ...e.data,
        abstract: (e.body ?? '').trim(),
        file: `content/sessions/${e.filePath?.split('/').pop() ?? `${e.id}.md`}`,
      })),
    ),
    speakers: speakers
      .map((e) => ({ slug: e.id, ...e.data, file: `content/speakers/${e.id}.yaml` }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    tracks: tracks.map((e) => ({ slug: e.id, ...e.data })),
    languages: languages.map((e) => ({ code: e.id, ...e.data })),
    types: types.map((e) => ({ slug: e.id, ...e.data })),
    rooms: rooms.map((e) => ({ slug: e.id, ...e.data })).sort((a, b) => a.order - b.order),
  };
  const problems = validateProgram(program);
  if (problems.length) {
    const error = new Error(formatProblems(problems));
    error.name = 'ContentError';
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
  return program;
}

/** The whole program, loaded and validated once per build. */
export function getProgram(): Promise<Program> {
  cached ??= load();
  return cached;
}
