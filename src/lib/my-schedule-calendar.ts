/** "My schedule" as one calendar, built from the per-session files. Loaded only when exporting. */
import { escapeText, foldLine, PRODUCT } from './ics';

/** The VEVENT blocks of an iCalendar text, each CRLF-terminated, in order. */
export function extractEvents(ics: string): string[] {
  const lines = ics.replace(/\r?\n/g, '\r\n').split('\r\n');
  const events: string[] = [];
  let current: string[] | null = null;
  for (const l of lines) {
    if (l === 'BEGIN:VEVENT') current = [l];
    else if (current) {
      current.push(l);
      if (l === 'END:VEVENT') {
        events.push(`${current.join('\r\n')}\r\n`);
        current = null;
      }
    }
  }
  return events;
}

/** One VCALENDAR holding every event of the given calendars, once each (by UID). */
export function mergeCalendars(calendars: readonly string[], name: string): string {
  const seen = new Set<string>();
  const events: string[] = [];
  for (const cal of calendars) {
    for (const ev of extractEvents(cal)) {
      const uid = /\r\nUID:([^\r]*(?:\r\n [^\r]*)*)/.exec(ev)?.[1].replace(/\r\n /g, '') ?? ev;
      if (seen.has(uid)) continue;
      seen.add(uid);
      events.push(ev);
    }
  }
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${PRODUCT}//My schedule//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    foldLine(`X-WR-CALNAME:${escapeText(name)}`),
    foldLine(`NAME:${escapeText(name)}`),
  ];
  return `${head.join('\r\n')}\r\n${events.join('')}END:VCALENDAR\r\n`;
}
