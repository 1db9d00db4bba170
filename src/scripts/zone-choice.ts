/**
 * Which zone to display: the URL's `tz`, else the stored choice, else the device's zone.
 * Shared by every page that shows times.
 */
import { parseStoredZone } from '../lib/prefs';
import { canonicalZone, UTC } from '../lib/time';
import { deviceZone, storage } from './dom';
import { keys } from './config';

/** "local" follows the device; anything else is an explicit zone. */
export type ZoneChoice = string;

export function initialChoice(urlZone: string | undefined): ZoneChoice {
  return urlZone ?? parseStoredZone(storage.get(keys().zone)) ?? 'local';
}

/** The zone a choice displays in. */
export function resolveZone(choice: ZoneChoice): string {
  if (choice !== 'local') return canonicalZone(choice) ?? UTC;
  return canonicalZone(deviceZone()) ?? UTC;
}

/** Remember the choice; false when storage is unavailable. */
export const storeChoice = (choice: ZoneChoice) => storage.set(keys().zone, choice);
