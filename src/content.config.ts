import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sessionSchema } from './schemas/session';
import { speakerSchema } from './schemas/speaker';
import { eventSchema, languageSchema, roomSchema, sessionTypeSchema, trackSchema } from './schemas/taxonomy';

/** Every file name becomes the entry id, so a renamed file never silently changes a slug. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(md|ya?ml)$/, '');

export const collections = {
  sessions: defineCollection({
    loader: glob({ base: './content/sessions', pattern: '**/*.md', generateId: byFileName }),
    schema: sessionSchema(),
  }),
  speakers: defineCollection({
    loader: glob({ base: './content/speakers', pattern: '**/*.yaml', generateId: byFileName }),
    schema: speakerSchema(),
  }),
  tracks: defineCollection({ loader: file('./content/tracks.yaml'), schema: trackSchema() }),
  languages: defineCollection({ loader: file('./content/languages.yaml'), schema: languageSchema() }),
  types: defineCollection({ loader: file('./content/types.yaml'), schema: sessionTypeSchema() }),
  rooms: defineCollection({ loader: file('./content/rooms.yaml'), schema: roomSchema() }),
  event: defineCollection({ loader: file('./content/event.yaml'), schema: eventSchema() }),
};
