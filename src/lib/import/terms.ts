/**
 * Rooms, tracks, types and languages of an import, with their slugs. Rooms come across in the
 * source's order, all of them (the grid shows only rooms in use on a day). Tracks and types come
 * across only when a session uses them, since each would otherwise be an empty page or filter;
 * the ones left out are reported.
 */
import { languageRecord } from './languages';
import type { SourceTerm } from './model';
import type { LanguageRecord, RoomRecord, TrackRecord } from './records';
import { SlugRegistry, slugify } from './slug';

/** A track colour as the schema wants it, `#rrggbb` in lower case; undefined if not a colour. */
function trackColor(value: string | undefined): string | undefined {
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(value?.trim() ?? '')?.[1].toLowerCase();
  if (!hex) return undefined;
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** Rooms with slugs and their 1-based position in the source, and each source key's record. */
export function roomRecords(rooms: SourceTerm[]): { records: RoomRecord[]; byKey: Map<string, RoomRecord> } {
  const registry = new SlugRegistry();
  const byKey = new Map<string, RoomRecord>();
  const records = rooms.map((room, i) => {
    const record = { id: registry.claim(slugify(room.name), `room-${i + 1}`), name: room.name, order: i + 1 };
    byKey.set(room.key, record);
    return record;
  });
  return { records, byKey };
}

/**
 * The tracks or types sessions use (`used`, keys), in the source's order: its declared list, then
 * keys only sessions name (their name is the key). Declared ones no session uses are noted. Types
 * share the shape; sources give them no colour.
 */
export function usedTerms(
  declared: SourceTerm[],
  used: ReadonlySet<string>,
  kind: string,
  notes: string[],
): { records: TrackRecord[]; slugs: Map<string, string> } {
  const terms = new Map<string, SourceTerm>();
  for (const term of declared) if (!terms.has(term.key)) terms.set(term.key, term);
  for (const key of used) if (!terms.has(key)) terms.set(key, { key, name: key });
  const registry = new SlugRegistry();
  const slugs = new Map<string, string>();
  const records: TrackRecord[] = [];
  const unused: string[] = [];
  [...terms.values()].forEach((term, i) => {
    if (!used.has(term.key)) {
      unused.push(term.name);
      return;
    }
    const id = registry.claim(slugify(term.name), `${kind}-${i + 1}`);
    slugs.set(term.key, id);
    const color = trackColor(term.color);
    if (term.color && !color)
      notes.push(`${kind} "${term.name}": "${term.color}" is not a colour like #516baa; left out`);
    records.push(color ? { id, name: term.name, color } : { id, name: term.name });
  });
  if (unused.length)
    notes.push(
      `${unused.length} ${kind}${unused.length === 1 ? '' : 's'} without sessions left out: ${unused.slice(0, 5).join(', ')}${unused.length > 5 ? ', …' : ''}`,
    );
  return { records, slugs };
}

/** languages.yaml: every tag sessions use, by tag. */
export function languageRecords(tags: Iterable<string>): LanguageRecord[] {
  return [...new Set(tags)].sort().map(languageRecord);
}
