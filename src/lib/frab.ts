/**
 * The frab/Pentabarf `schedule.xml` (https://c3voc.de/wiki/schedule), read by Giggity,
 * EventFahrplan, ConfClerk and the c3voc tools. Pure: built from `scheduleModel`.
 *
 * Valid against the c3voc XSD (tests/fixtures/formats/frab-schedule.xml.xsd) but for one element:
 * `<conference><day_change>`, which the XSD lacks and which real exports (FOSDEM's, frab's own)
 * carry. ConfClerk needs it: without it, it assumes 04:00 and files sessions between midnight and
 * 04:00 under the day before.
 */
import type { Program } from './types';
import {
  DEFAULT_GENERATOR,
  scheduleModel,
  type ExportContext,
  type ExportEvent,
  type Reference,
} from './schedule-export';
import { absoluteUrl } from './absolute-url';

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

/** Characters XML 1.0 cannot carry at all, even escaped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escape text for XML content and double-quoted attributes, dropping characters XML forbids. */
export function xmlEscape(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

type Attrs = Record<string, string | number | undefined>;

const attrs = (a: Attrs) =>
  Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');

/** One element with text content (or self-closing when text is empty), indented. */
const leaf = (depth: number, name: string, text: string | number = '', a: Attrs = {}) => {
  const body = xmlEscape(String(text));
  return `${'  '.repeat(depth)}<${name}${attrs(a)}${body ? `>${body}</${name}>` : ' />'}`;
};

/** One element wrapping already-rendered child lines. */
const wrap = (depth: number, name: string, children: string[], a: Attrs = {}) => {
  const pad = '  '.repeat(depth);
  return children.length
    ? [`${pad}<${name}${attrs(a)}>`, ...children, `${pad}</${name}>`]
    : [`${pad}<${name}${attrs(a)} />`];
};

const references = (depth: number, list: string, item: string, refs: Reference[]) =>
  wrap(
    depth,
    list,
    refs.map((r) => leaf(depth + 1, item, r.title, { href: r.url, type: r.type })),
  );

/** One <event>, children in frab's customary order. */
function eventXml(e: ExportEvent, depth: number): string[] {
  const d = depth + 1;
  return wrap(
    depth,
    'event',
    [
      leaf(d, 'date', e.date),
      leaf(d, 'start', e.start),
      leaf(d, 'duration', e.duration),
      leaf(d, 'room', e.room),
      leaf(d, 'slug', e.slug),
      leaf(d, 'url', e.url),
      ...(e.recording
        ? wrap(d, 'recording', [
            leaf(d + 1, 'license', ''),
            leaf(d + 1, 'optout', 'false'),
            leaf(d + 1, 'link', e.recording),
          ])
        : []),
      leaf(d, 'title', e.title),
      leaf(d, 'subtitle', e.subtitle),
      // Both are required; a session outside every track, or without a type, has them empty.
      leaf(d, 'track', e.track ?? ''),
      leaf(d, 'type', e.type),
      // One language only: a session in several exports its first.
      leaf(d, 'language', e.language),
      leaf(d, 'abstract', e.abstract),
      leaf(d, 'description', e.description),
      // The numeric id is how ConfClerk links a session to its speakers; without it, it shows none.
      ...wrap(
        d,
        'persons',
        e.persons.map((p) => leaf(d + 1, 'person', p.name, { id: p.id, guid: p.guid })),
      ),
      ...references(d, 'links', 'link', e.links),
      ...references(d, 'attachments', 'attachment', e.attachments),
      ...(e.originUrl ? [leaf(d, 'origin_url', e.originUrl)] : []),
    ],
    { id: e.id, guid: e.guid },
  );
}

/** The whole program as frab `schedule.xml` text. */
export function frabXml(program: Program, ctx: ExportContext): string {
  const m = scheduleModel(program, ctx);
  const generator = ctx.generator ?? DEFAULT_GENERATOR;
  const conference = wrap(1, 'conference', [
    leaf(2, 'acronym', m.acronym),
    leaf(2, 'title', m.title),
    leaf(2, 'start', m.start),
    leaf(2, 'end', m.end),
    leaf(2, 'days', m.daysCount),
    // Not in the c3voc XSD, but in real exports and read by ConfClerk (see the module comment).
    leaf(2, 'day_change', m.dayChange),
    leaf(2, 'timeslot_duration', m.timeslotDuration),
    leaf(2, 'time_zone_name', m.timeZone),
    ...(m.conferenceUrl ? [leaf(2, 'url', m.conferenceUrl)] : []),
    leaf(2, 'base_url', m.baseUrl),
    ...m.tracks.map((t) => leaf(2, 'track', t.name, { name: t.name, slug: t.slug, color: t.color })),
  ]);
  const days = m.days.flatMap((day) =>
    wrap(
      1,
      'day',
      day.rooms.flatMap((room) =>
        wrap(
          2,
          'room',
          room.events.flatMap((e) => eventXml(e, 3)),
          { name: room.name, guid: room.guid },
        ),
      ),
      { index: day.index, date: day.date, start: day.start, end: day.end },
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    leaf(1, 'generator', '', { name: generator.name, version: generator.version }),
    leaf(1, 'url', absoluteUrl(m.baseUrl, '/schedule.xml')),
    leaf(1, 'version', m.version),
    ...conference,
    ...days,
    '</schedule>',
    '',
  ].join('\n');
}
