/**
 * Other programs built the way an organiser builds them: an export turned into a content folder by
 * the real import CLI (`npx tsx src/cli/import.ts`), then `astro build` with CONTENT_DIR and its own
 * --outDir, in a build-machine zone no event uses. Each build's wall time and peak memory are
 * measured with GNU time. Builds go under .test-builds/ in the project: Astro 5 stages a build whose
 * outDir is outside the project in the project's .astro/ folder and publishes its internal files
 * with it (withastro/astro#14903).
 *
 * Playwright starts a new worker after a failed test and reruns the suite's beforeAll there, so a
 * build is kept on disk for the whole run (keyed by the runner's pid, the workers' parent) and a
 * second worker reuses it instead of building again. Runs whose runner has gone are removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist';
import { run as runIn, type Run } from './run';

/** The zone the builds run in: no program under test is in it, so a leak shows. */
export const BUILD_TZ = 'America/Los_Angeles';

const RUN_PREFIX = 'programs-e2e-';
const BUILDS = join(ROOT, '.test-builds');
const RUN_DIR = join(BUILDS, `${RUN_PREFIX}${process.ppid}`);

export type { Run };

export interface ProgramBuild {
  /** The content folder the site was built from. */
  content: string;
  /** The built site. */
  dist: string;
  /** What the import CLI printed and its exit status (none for a folder used as it is). */
  imported?: Run;
  /** The build's exit status and log. */
  build: Run;
  /** True when an earlier worker of this run built it. */
  reused?: boolean;
  /** Wall time in seconds and peak resident memory in MiB, from `/usr/bin/time -v`. */
  seconds: number;
  peakMiB: number;
}

/** How to get a program's content folder: import an export, use a folder as it is, or write one. */
export type Source = { import: string; args?: string[] } | { folder: string } | { write: (dir: string) => void };

/** A command run in the project folder. */
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) => runIn(command, args, ROOT, env);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the build folders of earlier runs whose runner has exited. */
function removeStaleRuns() {
  if (!existsSync(BUILDS)) return;
  for (const name of readdirSync(BUILDS)) {
    const pid = Number(name.startsWith(RUN_PREFIX) ? name.slice(RUN_PREFIX.length) : NaN);
    if (Number.isInteger(pid) && pid !== process.ppid && !alive(pid))
      rmSync(join(BUILDS, name), { recursive: true, force: true });
  }
}

/** astro.config.mjs keeps one cache per content folder; this is the one of `content`. */
const astroCache = (content: string) =>
  join(ROOT, 'node_modules/.astro', createHash('sha1').update(content).digest('hex').slice(0, 8));

/** Imports (or writes) and builds a program once per test run; later calls in the run reuse it. */
export async function buildProgram(key: string, source: Source): Promise<ProgramBuild> {
  removeStaleRuns();
  const dir = join(RUN_DIR, key);
  const record = join(dir, 'build.json');
  if (existsSync(record)) return { ...(JSON.parse(readFileSync(record, 'utf8')) as ProgramBuild), reused: true };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let content = join(dir, 'content');
  let imported: Run | undefined;
  if ('import' in source) {
    imported = await run('npx', ['tsx', 'src/cli/import.ts', source.import, '--out', content, ...(source.args ?? [])]);
    if (imported.status !== 0) throw new Error(`the import of ${source.import} failed:\n${imported.stderr}`);
  } else if ('folder' in source) content = source.folder;
  else {
    mkdirSync(content);
    source.write(content);
  }
  const dist = join(dir, 'dist');
  const timing = join(dir, 'time.txt');
  const cache = astroCache(content);
  const ownCache = !existsSync(cache);
  const build = await run(
    '/usr/bin/time',
    ['-v', '-o', timing, 'npx', '--no-install', 'astro', 'build', '--outDir', dist],
    { CONTENT_DIR: content, TZ: BUILD_TZ },
  );
  if (ownCache) rmSync(cache, { recursive: true, force: true });
  const times = existsSync(timing) ? readFileSync(timing, 'utf8') : '';
  const wall = /Elapsed \(wall clock\) time.*?: (?:(\d+):)?(\d+):([\d.]+)/.exec(times);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(times);
  const result: ProgramBuild = {
    content,
    dist,
    imported,
    build,
    seconds: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN,
    peakMiB: rss ? Math.round(Number(rss[1]) / 1024) : NaN,
  };
  if (build.status === 0) writeFileSync(record, JSON.stringify(result));
  return result;
}

/** Removes a program's build (and the run's folder once it is empty). */
export function removeProgram(key: string) {
  rmSync(join(RUN_DIR, key), { recursive: true, force: true });
  if (existsSync(RUN_DIR) && readdirSync(RUN_DIR).length === 0) rmSync(RUN_DIR, { recursive: true, force: true });
  if (existsSync(BUILDS) && readdirSync(BUILDS).length === 0) rmSync(BUILDS, { recursive: true, force: true });
}
