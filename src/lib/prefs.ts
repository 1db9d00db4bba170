/**
 * Stored preferences are untrusted input: whatever is in localStorage may be stale, edited
 * by hand or corrupted. These parse functions never throw and fall back to "nothing stored".
 */
import { canonicalZone } from './time';

/** "local" (follow the device), a valid zone, or null when nothing usable is stored. */
export function parseStoredZone(raw: string | null | undefined): string | null {
  if (raw === 'local') return 'local';
  return canonicalZone(raw);
}

/**
 * A stored list of starred session slugs, once each, keeping only known slugs when `known` is
 * given; null when the value is malformed (so the caller can say it was reset), [] when absent.
 */
export function parseStarred(raw: string | null | undefined, known?: ReadonlySet<string>): string[] | null {
  if (raw === null || raw === undefined || raw === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const v of value) {
    if (typeof v === 'string' && v.length <= 200 && (!known || known.has(v)) && !out.includes(v)) out.push(v);
  }
  return out;
}

export const serializeStarred = (slugs: readonly string[]) => JSON.stringify([...new Set(slugs)]);
