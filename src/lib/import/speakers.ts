/**
 * Speakers of an import: one per source person that an imported session names (people whose only
 * sessions were left out would get empty pages), in order of first appearance, so slugs are
 * stable. Profile links the schema has fields for (Twitter/X, LinkedIn) move to those fields,
 * by the schema's own rules; the rest stay links.
 */
import { CODE_PATTERN } from '../../schemas/common';
import { speakerSchema } from '../../schemas/speaker';
import type { SourcePerson, SourceSession } from './model';
import type { LinkRecord, SpeakerRecord } from './records';
import { SlugRegistry, slugify } from './slug';

const fields = speakerSchema().shape;

function speakerRecord(slug: string, person: SourcePerson, notes: string[]): SpeakerRecord {
  let twitter: string | undefined;
  let linkedin: string | undefined;
  const links: LinkRecord[] = [];
  for (const link of person.links) {
    if (!twitter && fields.twitter.safeParse(link.url).success) twitter = link.url;
    else if (!linkedin && fields.linkedin.safeParse(link.url).success) linkedin = link.url;
    else if (!links.some((l) => l.url === link.url)) links.push({ title: link.title, url: link.url });
  }
  const sourceId = person.sourceId && CODE_PATTERN.test(person.sourceId) ? person.sourceId : undefined;
  if (person.sourceId && !sourceId)
    notes.push(`speaker "${person.name}": id "${person.sourceId}" is not a code; left out`);
  return {
    slug,
    name: person.name,
    designation: person.designation,
    bio: person.bio,
    twitter,
    linkedin,
    links: links.length ? links : undefined,
    sourceId,
  };
}

/** Speaker records for the people `sessions` name, and each person key's slug. */
export function speakerRecords(
  persons: SourcePerson[],
  sessions: SourceSession[],
  notes: string[],
): { records: SpeakerRecord[]; slugs: Map<string, string> } {
  const byKey = new Map(persons.map((p) => [p.key, p]));
  const registry = new SlugRegistry();
  const slugs = new Map<string, string>();
  const records: SpeakerRecord[] = [];
  for (const key of sessions.flatMap((s) => s.speakers)) {
    const person = byKey.get(key);
    if (!person || slugs.has(key)) continue;
    const slug = registry.claim(
      slugify(person.name),
      `speaker-${slugify(person.sourceId ?? '') || records.length + 1}`,
    );
    slugs.set(key, slug);
    records.push(speakerRecord(slug, person, notes));
  }
  return { records, slugs };
}
