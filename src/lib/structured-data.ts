/** schema.org JSON-LD for session pages. */
import type { Lookup } from './program';
import type { EventInfo, Session } from './types';
import { toUtcIso } from './time';

/** A schema.org Event for one online session. `url` is the absolute permalink. */
export function sessionJsonLd(s: Session, look: Lookup, event: EventInfo, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: s.title,
    description: s.abstract,
    startDate: toUtcIso(s.start),
    endDate: toUtcIso(s.end),
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    inLanguage: s.language,
    url,
    location: { '@type': 'VirtualLocation', url: s.video ?? s.originalPage ?? url },
    performer: s.speakers.map((slug) => {
      const p = look.speaker(slug);
      return { '@type': 'Person', name: p?.name ?? slug, ...(p?.designation ? { jobTitle: p.designation } : {}) };
    }),
    superEvent: {
      '@type': 'Event',
      name: event.name,
      url: event.url,
      startDate: event.firstDay,
      endDate: event.lastDay,
    },
    ...(s.video ? { recordedIn: { '@type': 'VideoObject', name: s.title, url: s.video } } : {}),
  };
}
