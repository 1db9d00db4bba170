/**
 * The one door to the content layer: reads the collections and hands them to `toProgram`, which
 * maps, sorts and refuses an inconsistent program. Nothing else imports astro:content.
 */
import { getCollection, type CollectionEntry, type DataCollectionKey } from 'astro:content';
import type { Program } from '../lib/types';
import { toProgram, type RawEntry } from '../lib/to-program';
import { CONTENT_DIR } from '../content-dir';

type Key = DataCollectionKey | 'sessions' | 'speakers';

/** The file an entry came from, relative to the project ("content/sessions/a1a.md"). */
function fileOf(entry: { id: string; filePath?: string }, fallback: string): string {
  return entry.filePath ?? fallback.replace('{id}', entry.id);
}

async function entries<K extends Key>(key: K, fallback: string): Promise<RawEntry<CollectionEntry<K>['data']>[]> {
  const list = (await getCollection(key)) as CollectionEntry<K>[];
  return list.map((e) => ({
    id: e.id,
    data: e.data,
    body: 'body' in e ? (e.body as string | undefined) : undefined,
    file: fileOf(e as { id: string; filePath?: string }, fallback),
  }));
}

let cached: Promise<Program> | undefined;

async function load(): Promise<Program> {
  const dir = CONTENT_DIR;
  const [sessions, speakers, tracks, languages, types, rooms, event] = await Promise.all([
    entries('sessions', `${dir}/sessions/{id}.md`),
    entries('speakers', `${dir}/speakers/{id}.yaml`),
    entries('tracks', `${dir}/tracks.yaml`),
    entries('languages', `${dir}/languages.yaml`),
    entries('types', `${dir}/types.yaml`),
    entries('rooms', `${dir}/rooms.yaml`),
    entries('event', `${dir}/event.yaml`),
  ]);
  return toProgram({ sessions, speakers, tracks, languages, types, rooms, event });
}

/** The whole program, loaded and validated once per build. */
export function getProgram(): Promise<Program> {
  cached ??= load();
  return cached;
}
