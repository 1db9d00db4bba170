/**
 * The import CLI (src/cli/import.ts): options, atomic writing, reporting and exit status. Most
 * cases call `main` in-process (fast); one runs the real script with tsx, as `npm run import` does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { main, USAGE } from '../../../src/cli/import';
import { loadProgram } from '../../helpers/content';
import { ROOT } from '../../helpers/dist';

const SESSIONIZE = join(ROOT, 'tests/fixtures/sessionize/example-summit.json');
const DEMOCON = join(ROOT, 'tests/fixtures/formats/example-pretalx-democon.schedule.json');
const SUMMIT = ['--zone', 'Europe/Amsterdam', '--name', 'Example Summit 2024'];
const temp = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(temp, 'case-'));
});

/** Runs the CLI in `work`, collecting what it prints. */
function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: work });
  return { status, stdout, stderr };
}

/** Every entry of the work folder, recursively, to show that nothing else was written. */
const entries = (dir = work): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? [e.name + '/', ...entries(join(dir, e.name)).map((c) => `${e.name}/${c}`)] : [e.name],
  );

describe('import CLI', () => {
  it('imports into --out and reports counts, where, and what it left out', () => {
    const { status, stderr } = run(SESSIONIZE, '--out', 'site/content', ...SUMMIT, '--format', 'in-person');
    expect(status).toBe(0);
    const out = join(work, 'site/content');
    expect(stderr).toContain(`Imported Example Summit 2024 from ${SESSIONIZE} (Sessionize "All" export) into ${out}:`);
    expect(stderr).toContain('11 sessions, 7 speakers, 3 rooms, 2 tracks, 4 types, 2 languages');
    expect(stderr).toContain('  612012 (sessions[11]): has no start or end time\n  612013 (sessions[12]): has no room');
    expect(loadProgram(out).event).toMatchObject({ format: 'in-person', locales: ['en'] });
    expect(entries()).toEqual(expect.arrayContaining(['site/', 'site/content/', 'site/content/event.yaml']));
    expect(entries().filter((e) => e.includes('.import-'))).toEqual([]);
  });

  it('writes the interface locale and defaults --out to ./content', () => {
    expect(run(DEMOCON, '--locale', 'zh-Hans').status).toBe(0);
    expect(readFileSync(join(work, 'content/event.yaml'), 'utf8')).toContain('locale: "zh-Hans"');
  });

  it('refuses an interface locale without a dictionary, naming the ones there are', () => {
    const { status, stderr } = run(DEMOCON, '--locale', 'de');
    expect(status).toBe(2);
    expect(stderr).toContain('--locale "de" has no interface dictionary (src/i18n/de.json)');
    expect(stderr).toContain('en, zh-Hans');
    expect(entries()).toEqual([]);
  });

  it('refuses a folder that is not empty without --force, and leaves it untouched', () => {
    mkdirSync(join(work, 'content'));
    writeFileSync(join(work, 'content/keep.txt'), 'mine');
    const { status, stderr } = run(DEMOCON);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/content is not empty: use --force to replace it/);
    expect(entries()).toEqual(['content/', 'content/keep.txt']);
  });

  it('replaces the folder with --force', () => {
    mkdirSync(join(work, 'content'));
    writeFileSync(join(work, 'content/keep.txt'), 'mine');
    expect(run(DEMOCON, '--force').status).toBe(0);
    expect(existsSync(join(work, 'content/keep.txt'))).toBe(false);
    expect(loadProgram(join(work, 'content')).sessions).toHaveLength(36);
    expect(entries().filter((e) => !e.startsWith('content/'))).toEqual([]);
  });

  it('writes nothing when the import fails, and says why with the file and place', () => {
    const truncated = join(work, 'cut.json');
    writeFileSync(truncated, readFileSync(DEMOCON, 'utf8').slice(0, 3000));
    const { status, stderr } = run(truncated, '--out', 'out');
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error: \/.*cut\.json:\d+:\d+: is not valid JSON: the JSON ends too early/);
    expect(entries()).toEqual(['cut.json']);
  });

  it('refuses a Sessionize export without --zone, and an unknown zone', () => {
    const missing = run(SESSIONIZE, '--name', 'X');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/names no time zone: give the event's zone with --zone/);
    const unknown = run(SESSIONIZE, '--name', 'X', '--zone', 'Europe/Atlantis');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--zone "Europe\/Atlantis" is not a time zone/);
    expect(entries()).toEqual([]);
  });

  it('refuses unknown options, bad values and a missing file, pointing to --help', () => {
    for (const argv of [
      [DEMOCON, '--zones', 'UTC'],
      [DEMOCON, '--format', 'online'],
      [DEMOCON, '--locale', 'not a tag'],
      [],
      [DEMOCON, DEMOCON],
    ]) {
      const { status, stderr } = run(...argv);
      expect(status, argv.join(' ')).not.toBe(0);
      expect(stderr).toMatch(/^error: /);
    }
    expect(run(DEMOCON, '--zones', 'UTC').stderr).toMatch(/Unknown option '--zones'[\s\S]*Run with --help/);
    expect(run(DEMOCON, '--locale', 'not a tag')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--locale "not a tag" is not a language tag/),
    });
    expect(run('missing.xml').stderr).toMatch(/cannot read missing\.xml/);
    expect(entries()).toEqual([]);
  });

  it('prints help', () => {
    const { status, stdout } = run('--help');
    expect(status).toBe(0);
    expect(stdout).toBe(USAGE);
    expect(USAGE).toMatch(/--out <dir>[\s\S]*--force[\s\S]*--zone <IANA zone>[\s\S]*--name <text>/);
  });

  it('runs as `tsx src/cli/import.ts`, with a real exit status', () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const failed = spawnSync(tsx, [join(ROOT, 'src/cli/import.ts'), SESSIONIZE, '--out', join(work, 'out')], {
      encoding: 'utf8',
    });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^error: .*example-summit\.json: a Sessionize export .* --zone/);
    expect(entries()).toEqual([]);
  }, 30_000);
});
