/** Facts read straight from content/, so end-to-end tests compare pages with the source, not with copies. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../content/sessions/', import.meta.url));

export interface RawSession {
  slug: string;
  title: string;
  start: string;
  speakers: string[];
  language: string;
  track?: string;
  type: string;
}

const field = (text: string, name: string) => {
  const m = new RegExp(`^${name}: (.+)$`, 'm').exec(text);
  return m ? JSON.parse(m[1].replace(/^\[(.*)\]$/, '[$1]')) : undefined;
};

export const sessions: RawSession[] = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(dir + f, 'utf8').split('\n---')[0];
    return {
      slug: field(text, 'slug'),
      title: field(text, 'title'),
      start: field(text, 'start'),
      speakers: field(text, 'speakers'),
      language: field(text, 'language'),
      track: field(text, 'track'),
      type: field(text, 'type'),
    };
  })
  .sort((a, b) => a.start.localeCompare(b.start));
