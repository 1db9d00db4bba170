/** Running the client apps the tests in this folder drive: found on PATH, output as text, failures loud. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The commands of a list that are not installed. */
const missing = (commands: string[]) =>
  commands.filter((c) => spawnSync('sh', ['-c', `command -v "$1"`, 'sh', c]).status !== 0);

/**
 * Throws, naming what is missing, unless every command is installed: these tests never skip
 * silently (tests/setup-system.sh installs the Debian packages that provide them).
 */
export function requireCommands(...commands: string[]) {
  const absent = missing(commands);
  if (absent.length) throw new Error(`Not installed: ${absent.join(', ')}. Run tests/setup-system.sh (as root).`);
}

/** Debian's Python, which has python3-icalendar (a pyenv or venv python on PATH may not). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** Throws unless the system Python can import a module (python3-icalendar for `icalendar`). */
export function requirePython(module: string) {
  if (spawnSync(SYSTEM_PYTHON, ['-c', `import ${module}`]).status !== 0)
    throw new Error(`${SYSTEM_PYTHON} cannot import ${module}. Run tests/setup-system.sh (as root).`);
}

/** Run a command to completion; throws with its output when it fails. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: options.env ?? process.env,
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 150_000,
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A fresh private directory under the system temp folder. */
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `${prefix}-`));
