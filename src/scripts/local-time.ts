/** Session pages: say when the session is in the visitor's zone (the zone chosen on the program, else the device's). */
import { dayShift, dayShiftLabel, formatDay, localDate, localTime, UTC, zoneLabel } from '../lib/time';
import { parseState } from '../lib/url-state';
import { initialChoice, resolveZone } from './zone-choice';

const el = document.querySelector<HTMLElement>('[data-local]');
const when = document.querySelector<HTMLElement>('[data-start]');
if (el && when) {
  const start = when.dataset.start!;
  const end = when.dataset.end!;
  const { tz } = parseState(location.search, { language: [], track: [], type: [] });
  const zone = resolveZone(initialChoice(tz));
  if (zone !== UTC) {
    const shift = dayShift(start, zone);
    el.textContent = `In ${zoneLabel(zone, start)}: ${formatDay(localDate(start, zone), 'en-GB')}, ${localTime(start, zone)}–${localTime(end, zone)}${shift ? ` (${dayShiftLabel(shift)} from UTC)` : ''}`;
  }
}
