/**
 * Well-formed XML or a clear refusal. fast-xml-parser's parser is lenient: given half a file it
 * returns half a program. So the document is validated first, and a truncated file (elements left
 * open at the end) is reported as such, at the end of the file, instead of the validator's
 * "Invalid '[…]' found" at line 1.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './model';
import { isRecord, lineColumn, type SourceRecord } from './values';

/** Attributes of an element appear as "@_name" keys, text beside them as "#text". */
const ATTR = '@_';
const TEXT = '#text';

function refuse(source: string, error: { code: string; msg: string; line: number; col?: number }): never {
  const open = [...error.msg.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const unclosed = /^Unclosed tag '([^']+)'/.exec(error.msg)?.[1];
  if ((error.code === 'InvalidXml' && open.length) || unclosed) {
    const last = open.length ? open[open.length - 1] : unclosed;
    const chain = open.length > 1 ? ` (open: ${open.join(' › ')})` : '';
    throw new ImportError(
      `the XML ends before <${last}> is closed${chain}: the file looks truncated`,
      lineColumn(source, source.length),
    );
  }
  throw new ImportError(`is not well-formed XML: ${error.msg}`, { line: error.line, column: error.col });
}

/**
 * The root element of a well-formed document: its name and content. `repeated` lists the element
 * paths ("schedule.day.room") that are lists even when they occur once.
 */
export function readXml(source: string, repeated: ReadonlySet<string>): { name: string; content: unknown } {
  const valid = XMLValidator.validate(source);
  if (valid !== true) refuse(source, valid.err);
  if (!source.trimEnd().endsWith('>'))
    throw new ImportError('has text after the root element', lineColumn(source, source.trimEnd().length));
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    textNodeName: TEXT,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (_name, path) => repeated.has(String(path)),
  });
  const document: unknown = parser.parse(source);
  const roots = isRecord(document) ? Object.keys(document) : [];
  if (roots.length !== 1) throw new ImportError(`must have one root element; it has ${roots.length}`, { line: 1 });
  return { name: roots[0], content: (document as SourceRecord)[roots[0]] };
}

/** An element's text, whether it has attributes or not (raw: whitespace and newlines kept). */
export function rawText(element: unknown): string | undefined {
  if (typeof element === 'string') return element;
  if (isRecord(element) && typeof element[TEXT] === 'string') return element[TEXT];
  return undefined;
}

/** An attribute's value, trimmed; undefined when absent or empty. */
export function attr(element: unknown, name: string): string | undefined {
  const value = isRecord(element) ? element[ATTR + name] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The children named `name` of an element, as a list (an empty container parses as ""). */
export function children(element: unknown, name: string): unknown[] {
  const value = isRecord(element) ? element[name] : undefined;
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? value : [value];
}
