/**
 * A small, deterministic YAML writer for the shapes content files have: records of strings,
 * numbers and lists, lists of records. Every string is double-quoted with JSON's escapes (a JSON
 * string is a valid YAML double-quoted scalar), so "NO", "12:30" or "- x" stay text and no line is
 * ever folded; lists of plain values sit on one line, as in the hand-written content. Keys come
 * out in the record's own order and undefined fields are left out. It is also ten times faster
 * than building a `yaml` Document per file, which matters for the 1,400 files of FOSDEM.
 */

type Plain = string | number | boolean;
type Value = Plain | undefined | readonly Value[] | { readonly [key: string]: Value };

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** A scalar: numbers and booleans as they are, strings double-quoted. */
function scalar(value: Plain): string {
  if (typeof value !== 'string') return String(value);
  // JSON leaves U+2028/U+2029 raw; YAML 1.1 readers take them for line breaks.
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** The lines of a record's fields, unindented. */
function recordLines(record: { readonly [key: string]: Value }): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) throw new Error(`yamlText: key "${key}" would need quoting`);
    if (isPlain(value)) lines.push(`${key}: ${scalar(value)}`);
    else if (Array.isArray(value) && value.every(isPlain)) lines.push(`${key}: [${value.map(scalar).join(', ')}]`);
    else lines.push(`${key}:`, ...valueLines(value).map((line) => `  ${line}`));
  }
  return lines;
}

/** The lines of a list of records (or of nested values), unindented. */
function valueLines(value: Value): string[] {
  if (value === undefined) return [];
  if (isPlain(value)) return [scalar(value)];
  if (!Array.isArray(value)) return recordLines(value as { readonly [key: string]: Value });
  return value.flatMap((item) => {
    const [first = '{}', ...rest] = isPlain(item) ? [scalar(item)] : valueLines(item);
    return [`- ${first}`, ...rest.map((line) => `  ${line}`)];
  });
}

/** YAML text for a record or a list (an empty list is "[]"), ending in a newline. */
export function yamlText(value: object): string {
  if (Array.isArray(value) && value.length === 0) return '[]\n';
  return `${valueLines(value as Value).join('\n')}\n`;
}
