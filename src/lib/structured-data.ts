/** schema.org JSON-LD for session pages, for search engines and link previews. */
import type { Lookup } from './lookup';
import type { EventInfo, Session } from './types';
import { encodeUrl } from './absolute-url';
import { zonedIso } from './schedule-export';

/** schema.org's attendance modes by event format; an event that does not say gets none rather than a guess. */
const ATTENDANCE: Record<NonNullable<EventInfo['format']>, string> = {
  virtual: 'https://schema.org/OnlineEventAttendanceMode',
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

type EventFacts = Pick<EventInfo, 'name' | 'url' | 'format' | 'venue' | 'city' | 'timeZone' | 'firstDay' | 'lastDay'>;

/** The venue as a schema.org Place (name and city), or undefined when the content names neither. */
function venuePlace(event: EventFacts) {
  if (!event.venue && !event.city) return undefined;
  return {
    '@type': 'Place',
    ...(event.venue ? { name: event.venue } : {}),
    ...(event.city ? { address: { '@type': 'PostalAddress', addressLocality: event.city } } : {}),
  };
}

/**
 * Where a session happens: a Place (its room, within the venue) for an event people attend, a
 * VirtualLocation (the recording or the original page, else the permalink) for an online one,
 * both for a hybrid event. An event of unknown format gets the Place when the content has a venue.
 */
function sessionLocation(s: Session, room: string, event: EventFacts, url: string) {
  const venue = venuePlace(event);
  const place = { '@type': 'Place', name: room, ...(venue ? { containedInPlace: venue } : {}) };
  const online = { '@type': 'VirtualLocation', url: encodeUrl(s.video ?? s.originalPage ?? url) };
  switch (event.format) {
    case 'virtual':
      return online;
    case 'in-person':
      return place;
    case 'hybrid':
      return [place, online];
    default:
      return venue ? place : undefined;
  }
}

/**
 * A schema.org Event for one session. `url` is the absolute permalink. Times carry the event
 * zone's offset, the way the page shows them; a session in several languages lists them all.
 */
export function sessionJsonLd(s: Session, lookup: Lookup, event: EventFacts, url: string) {
  const room = lookup.room(s.room)?.name ?? s.room;
  const location = sessionLocation(s, room, event, url);
  const mode = event.format ? ATTENDANCE[event.format] : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: s.title,
    ...(s.subtitle ? { alternativeHeadline: s.subtitle } : {}),
    description: s.abstract,
    startDate: zonedIso(s.start, event.timeZone),
    endDate: zonedIso(s.end, event.timeZone),
    ...(mode ? { eventAttendanceMode: mode } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    inLanguage: s.languages.length === 1 ? s.languages[0] : [...s.languages],
    url: encodeUrl(url),
    ...(location ? { location } : {}),
    performer: s.speakers.map((slug) => {
      const p = lookup.speaker(slug);
      return {
        '@type': 'Person',
        name: p?.name ?? slug,
        ...(p?.nativeName ? { alternateName: p.nativeName } : {}),
        ...(p?.designation ? { jobTitle: p.designation } : {}),
      };
    }),
    superEvent: {
      '@type': 'Event',
      name: event.name,
      ...(event.url ? { url: encodeUrl(event.url) } : {}),
      startDate: event.firstDay,
      endDate: event.lastDay,
    },
    ...(s.video ? { recordedIn: { '@type': 'VideoObject', name: s.title, url: encodeUrl(s.video) } } : {}),
  };
}
