/**
 * Content records as the files of a content folder: YAML lists for the event and the taxonomies,
 * a Markdown file with YAML frontmatter per session, a YAML file per speaker, all sorted by path.
 * The same records always give the same bytes (yaml-writer.ts), so a changed export gives a
 * small, readable diff.
 */
import type { Content, SessionRecord, SpeakerRecord } from './records';
import { yamlText } from './yaml-writer';

/** A session file: the record as YAML frontmatter, the abstract as the Markdown body. */
function sessionFile({ abstract, ...record }: SessionRecord): string {
  return `---\n${yamlText(record)}---\n${abstract ? `\n${abstract}\n` : ''}`;
}

/** A speaker file (the slug is its file name, not a field). */
function speakerFile({ slug: _slug, ...record }: SpeakerRecord): string {
  return yamlText(record);
}

/** Every file of the content folder, by path relative to it, sorted by path. */
export function renderContent(content: Content): Map<string, string> {
  const files: [string, string][] = [
    ['event.yaml', yamlText([content.event])],
    ['tracks.yaml', yamlText(content.tracks)],
    ['languages.yaml', yamlText(content.languages)],
    ['types.yaml', yamlText(content.types)],
    ['rooms.yaml', yamlText(content.rooms)],
    ...content.sessions.map((s): [string, string] => [`sessions/${s.slug}.md`, sessionFile(s)]),
    ...content.speakers.map((s): [string, string] => [`speakers/${s.slug}.yaml`, speakerFile(s)]),
  ];
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
