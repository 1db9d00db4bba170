/**
 * Which zone to display: the URL's `tz`, else the stored choice, else the device's zone.
 * Shared by every page that shows times.
 */
import { parseStoredZone, ZONE_KEY } from '../lib/prefs';
import { canonicalZone, UTC } from '../lib/time';
import { deviceZone, storage } from './dom';

/** "local" follows the device; anything else is an explicit zone. */
export type ZoneChoice = string;

export function initialChoice(urlZone: string | undefined): ZoneChoice {
  return urlZone ?? parseStoredZone(storage.get(ZONE_KEY)) ?? 'local';
}

/** The zone a choice displays in. */
export function resolveZone(choice: ZoneChoice): string {
  if (choice !== 'local') return canonicalZone(choice) ?? UTC;
  return canonicalZone(deviceZone()) ?? UTC;
}

/** Remember the choice; false when storage is unavailable. */
export const storeChoice = (choice: ZoneChoice) => storage.set(ZONE_KEY, choice);
