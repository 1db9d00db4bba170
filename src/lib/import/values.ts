/**
 * Reading untyped source data (parsed JSON, parsed XML) without trusting it: every accessor says
 * what it found or throws an ImportError naming the path, so a bad export fails with a place.
 */
import { ImportError } from './model';

export type SourceRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is SourceRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Trimmed text with inner whitespace runs collapsed; undefined when empty or not text. */
export function text(value: unknown): string | undefined {
  const raw = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.replace(/\s+/g, ' ').trim();
  return trimmed || undefined;
}

/** The record at `path`, or an error saying what was expected there. */
export function recordAt(value: unknown, path: string): SourceRecord {
  if (!isRecord(value)) throw new ImportError('must be an object', { path });
  return value;
}

/** The list at `path` (absent or null counts as empty), or an error. */
export function listAt(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ImportError('must be a list', { path });
  return value;
}

/** An absolute http(s) URL, resolved against `base` when relative and a base is given; undefined otherwise. */
export function httpUrl(value: unknown, base?: string): string | undefined {
  const raw = typeof value === 'string' ? value.trim() : '';
  if (!raw) return undefined;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    // The source's spelling when it is already absolute and clean; the parser's otherwise.
    return /^https?:\/\/\S+$/i.test(raw) ? raw : url.href;
  } catch {
    return undefined;
  }
}

/**
 * An http(s) URL for a link in the source; a value that is not one is left out and noted, so the
 * user learns of it instead of finding a link missing.
 */
export function checkedUrl(value: unknown, path: string, notes: string[], base?: string): string | undefined {
  const url = httpUrl(value, base);
  const raw = text(value);
  if (!url && raw) notes.push(`${path}: "${raw}" is not an http(s) URL; left out`);
  return url;
}

/** Line and column (both from 1) of a character offset. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** JSON.parse with a syntax error reported at its line and column (the end, for a truncated file). */
export function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : source.length;
    // V8 says "Unexpected end of JSON input", or names the token it expected at the very end.
    const truncated = !source.slice(offset).trim();
    const reason = truncated
      ? 'the JSON ends too early: the file looks truncated'
      : message.replace(/ in JSON at position \d+.*$/s, '');
    throw new ImportError(`is not valid JSON: ${reason}`, lineColumn(source, truncated ? source.length : offset));
  }
}
