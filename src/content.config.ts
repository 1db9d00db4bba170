import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sessionSchema } from './schemas/session';
import { speakerSchema } from './schemas/speaker';
import { eventSchema, languageSchema, roomSchema, sessionTypeSchema, trackSchema } from './schemas/taxonomy';
import { CONTENT_DIR } from './content-dir';

/** Every file name becomes the entry id, so a renamed file never silently changes a slug. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(md|ya?ml)$/, '');

export const collections = {
  sessions: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/sessions`, pattern: '**/*.md', generateId: byFileName }),
    schema: sessionSchema(),
  }),
  speakers: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/speakers`, pattern: '**/*.yaml', generateId: byFileName }),
    schema: speakerSchema(),
  }),
  tracks: defineCollection({ loader: file(`${CONTENT_DIR}/tracks.yaml`), schema: trackSchema() }),
  languages: defineCollection({ loader: file(`${CONTENT_DIR}/languages.yaml`), schema: languageSchema() }),
  types: defineCollection({ loader: file(`${CONTENT_DIR}/types.yaml`), schema: sessionTypeSchema() }),
  rooms: defineCollection({ loader: file(`${CONTENT_DIR}/rooms.yaml`), schema: roomSchema() }),
  event: defineCollection({ loader: file(`${CONTENT_DIR}/event.yaml`), schema: eventSchema() }),
};
