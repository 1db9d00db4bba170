/**
 * Import a conference program: the text of an export in, the files of a content folder out.
 * The format is recognised from the text itself (never the file name): XML with a <schedule>
 * root is frab, JSON with `schedule.conference` is c3voc, JSON with `sessions` and `speakers`
 * lists is a Sessionize "All" export. Pure: the CLI (src/cli/import.ts) reads and writes.
 */
import { buildContent } from './build';
import { parseC3voc } from './c3voc';
import { parseFrab } from './frab';
import { ImportError, type ImportOptions, type SourceFormat, type SourceProgram } from './model';
import type { ImportReport } from './records';
import { renderContent } from './render';
import { parseSessionize } from './sessionize';
import { isRecord, parseJson } from './values';

export { describeImportError, ImportError, type ImportOptions } from './model';
export type { ImportReport } from './records';

/** Human names of the formats, for reports. */
export const FORMAT_NAMES: Record<SourceFormat, string> = {
  frab: 'frab schedule.xml',
  c3voc: 'c3voc schedule.json',
  sessionize: 'Sessionize "All" export',
};

/** The import model of an export, whichever format it is in; an ImportError when it is none of them. */
export function parseExport(source: string, options: ImportOptions): SourceProgram {
  const text = source.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (/^<(!doctype\s+html|html[\s>])/i.test(start))
    throw new ImportError('is an HTML page, not a schedule export (frab XML, c3voc JSON or Sessionize JSON)');
  if (start.startsWith('<')) return parseFrab(text, options);
  if (!start.startsWith('{') && !start.startsWith('['))
    throw new ImportError(
      'is neither XML nor JSON: expected a frab schedule.xml, a c3voc schedule.json or a Sessionize export',
    );
  const document = parseJson(text);
  if (isRecord(document) && isRecord(document.schedule)) return parseC3voc(document, options);
  if (isRecord(document) && Array.isArray(document.sessions) && Array.isArray(document.speakers))
    return parseSessionize(document, options);
  throw new ImportError(
    'is JSON but neither a c3voc schedule.json (no "schedule" object) nor a Sessionize "All" export (no "sessions" and "speakers" lists)',
  );
}

/** The files of the content folder for an export (paths relative to it) and what the import did. */
export function importProgram(
  source: string,
  options: ImportOptions = {},
): { files: Map<string, string>; report: ImportReport } {
  const { content, report } = buildContent(parseExport(source, options), options);
  return { files: renderContent(content), report };
}
