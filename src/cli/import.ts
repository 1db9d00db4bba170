/**
 * `npm run import -- <file> [options]`: turn a conference export (frab schedule.xml, c3voc
 * schedule.json or a Sessionize "All" export) into a content folder. The work is done by the pure
 * importer (src/lib/import); this shell reads the file, writes the folder atomically (into a
 * temporary folder beside the target, renamed into place only when everything is written) and
 * reports on stderr. On any error nothing is written and the exit status is not 0.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { canonicalZone } from '../lib/time';
import { describeImportError, FORMAT_NAMES, ImportError, importProgram, type ImportReport } from '../lib/import/index';
import { languageTag } from '../lib/import/languages';
import type { EventFormat } from '../lib/import/model';

export const USAGE = `Usage: npm run import -- <file> [options]

Turns a conference program export into a content folder for this site. The format is recognised
from the file: a frab/Pentabarf schedule.xml (pretalx, frab, FOSDEM), a c3voc schedule.json
(pretalx, frab) or a Sessionize "All" export (JSON).

Options:
  --out <dir>         the content folder to write (default: content)
  --force             replace --out when it exists and is not empty
  --zone <IANA zone>  the event's time zone, like Europe/Brussels; required when the file has only
                      local times and names no zone (Sessionize, older frab such as FOSDEM)
  --name <text>       the event's name; required for Sessionize, whose exports do not name it
  --locale <tag>      the site's interface language written to event.yaml (default: en)
  --language <tag>    the language of sessions the file gives none for (default: the locale)
  --format <kind>     virtual, in-person or hybrid, written to event.yaml
  --help              show this help
`;

const FORMATS: readonly EventFormat[] = ['virtual', 'in-person', 'hybrid'];

/** Where the CLI writes its messages; the tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

/** A refusal by the CLI itself: exit status 1, or 2 with a pointer to --help for a usage mistake. */
class CliError extends Error {
  constructor(
    message: string,
    readonly status: 1 | 2 = 1,
  ) {
    super(message);
  }
}

const usageError = (message: string) => new CliError(message, 2);

/** Writes `files` to `out` atomically: all of them, replacing the folder, or nothing. */
export function writeFolder(out: string, files: Map<string, string>, force: boolean): void {
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new CliError(`${out} exists and is not a folder`);
    if (readdirSync(out).length && !force)
      throw new CliError(`${out} is not empty: use --force to replace it with the imported program`);
  }
  mkdirSync(dirname(out), { recursive: true });
  const temporary = mkdtempSync(join(dirname(out), `.${basename(out)}.import-`));
  try {
    chmodSync(temporary, 0o755); // mkdtemp makes it private; the content folder is not
    for (const folder of ['sessions', 'speakers']) mkdirSync(join(temporary, folder));
    for (const [path, text] of files) {
      mkdirSync(dirname(join(temporary, path)), { recursive: true });
      writeFileSync(join(temporary, path), text);
    }
    if (existsSync(out)) {
      const old = `${temporary}.old`;
      renameSync(out, old);
      try {
        renameSync(temporary, out);
      } catch (error) {
        renameSync(old, out);
        throw error;
      }
      rmSync(old, { recursive: true, force: true });
    } else renameSync(temporary, out);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report: what was imported, where, what was left out and what was assumed. */
export function reportText(report: ImportReport, file: string, out: string): string {
  const c = report.counts;
  const lines = [
    `Imported ${report.eventName} from ${file} (${FORMAT_NAMES[report.format]}) into ${out}:`,
    `  ${plural(c.sessions, 'session')}, ${plural(c.speakers, 'speaker')}, ${plural(c.rooms, 'room')}, ${plural(c.tracks, 'track')}, ${plural(c.types, 'type')}, ${plural(c.languages, 'language')}`,
  ];
  if (report.skipped.length) {
    lines.push(`Not imported (${plural(report.skipped.length, 'session')} the site cannot show):`);
    for (const s of report.skipped) lines.push(`  ${s.code} (${s.path}): ${s.reason}`);
  }
  if (report.notes.length) lines.push('Notes:', ...report.notes.map((note) => `  ${note}`));
  return `${lines.join('\n')}\n`;
}

function options(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
      zone: { type: 'string' },
      name: { type: 'string' },
      locale: { type: 'string' },
      language: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true as const };
  if (positionals.length !== 1) throw usageError(`give exactly one export file; got ${positionals.length}`);
  if (values.zone !== undefined && !canonicalZone(values.zone))
    throw usageError(`--zone "${values.zone}" is not a time zone: give an IANA zone like Europe/Brussels`);
  if (values.format !== undefined && !FORMATS.includes(values.format as EventFormat))
    throw usageError(`--format must be one of ${FORMATS.join(', ')}`);
  for (const option of ['locale', 'language'] as const)
    if (values[option] !== undefined && !languageTag(values[option]))
      throw usageError(`--${option} "${values[option]}" is not a language tag like "en" or "pt-BR"`);
  // The interface language needs its dictionary, or the site would not build.
  const locale = values.locale ? languageTag(values.locale) : undefined;
  if (locale && !existsSync(new URL(`../i18n/${locale}.json`, import.meta.url)))
    throw usageError(
      `--locale "${locale}" has no interface dictionary (src/i18n/${locale}.json); add one, or use one of: ${readdirSync(
        new URL('../i18n/', import.meta.url),
      )
        .map((f) => f.replace(/\.json$/, ''))
        .join(', ')}`,
    );
  return { ...values, help: false as const, file: positionals[0], format: values.format as EventFormat | undefined };
}

/** Runs the CLI on `argv` (without node and the script); returns the exit status. */
export function main(argv: string[], io: Io = processIo): number {
  let file = '';
  try {
    const opts = options(argv);
    if (opts.help) {
      io.stdout(USAGE);
      return 0;
    }
    file = opts.file;
    const out = resolve(io.cwd, opts.out);
    let source: string;
    try {
      source = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const { files, report } = importProgram(source, { ...opts, zone: canonicalZone(opts.zone) ?? undefined });
    writeFolder(out, files, opts.force);
    io.stderr(reportText(report, file, out));
    return 0;
  } catch (error) {
    // parseArgs refuses unknown options and missing values with codes like ERR_PARSE_ARGS_UNKNOWN_OPTION.
    const usage =
      (error instanceof CliError && error.status === 2) ||
      /^ERR_PARSE_ARGS/.test((error as { code?: string }).code ?? '');
    const message = error instanceof ImportError ? describeImportError(file, error) : (error as Error).message;
    io.stderr(`error: ${message}\n${usage ? 'Run with --help for the options.\n' : ''}`);
    return usage ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exitCode = main(process.argv.slice(2));
