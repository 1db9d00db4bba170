/**
 * A throwaway copy of the site with its own content/, and its build, timed and weighed.
 *
 * The copy gets src/, public/, the config files and package.json, and a node_modules/ directory of
 * symlinks to the real packages: not one symlink to node_modules itself, because Astro keeps its
 * content cache in node_modules/.astro and the copies must not share (or clobber) the real one.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { writeProgram } from './generate.mjs';

const COPIED = ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/** Build processes still running, so an interrupted benchmark can stop them. */
export const runningBuilds = new Set();

const inside = (root, dir) => {
  const out = resolve(root, 'bench-out');
  if (!resolve(dir).startsWith(`${out}/`)) throw new Error(`refusing to write outside ${out}: ${dir}`);
};

/**
 * Copy the site's sources (src, public, content, config) once, so that every program size is built
 * from the same code even while the working tree changes. Returns `snapshot`.
 */
export function snapshotSite(root, snapshot) {
  inside(root, snapshot);
  rmSync(snapshot, { recursive: true, force: true });
  mkdirSync(snapshot, { recursive: true });
  for (const name of COPIED) cpSync(join(root, name), join(snapshot, name), { recursive: true });
  return snapshot;
}

/**
 * Make `dir` (inside `root`/bench-out) a copy of the `snapshot` with `root`'s packages and the
 * program's content/: the real one, an export run through the snapshot's own import CLI (so the
 * importer measured is the code measured), or a generated program. Returns a summary of the content.
 */
export function prepareSite(root, snapshot, dir, program, seed) {
  inside(root, dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED.filter((n) => n !== 'content'))
    cpSync(join(snapshot, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const content = join(dir, 'content');
  const { kind } = program.content;
  if (kind === 'real') {
    cpSync(join(snapshot, 'content'), content, { recursive: true });
    return { source: 'real content/', ...summarizeContent(content) };
  }
  if (kind === 'import') {
    const { file, args } = program.content;
    const started = performance.now();
    const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const cli = [tsx, 'src/cli/import.ts', join(root, file), '--out', 'content', ...args];
    const run = spawnSync(process.execPath, cli, { cwd: dir, encoding: 'utf8', timeout: 10 * 60_000 });
    writeFileSync(`${dir}.import.log`, `${run.stdout ?? ''}${run.stderr ?? ''}`);
    if (run.status !== 0)
      throw new Error(
        `import of ${file} failed (${run.status ?? run.signal}):\n${(run.stderr || run.stdout).slice(-2000)}`,
      );
    const importSeconds = Math.round((performance.now() - started) / 100) / 10;
    return { source: `${file} (import ${args.join(' ')})`, importSeconds, ...summarizeContent(content) };
  }
  const generated = program.content.make(seed);
  writeProgram(content, generated);
  return { source: `generated (seed ${seed})`, ...summarizeContent(content) };
}

/** Counts of a content folder, read the way the site reads it: files per collection, list entries, days. */
export function summarizeContent(content) {
  const files = (sub) => readdirSync(join(content, sub)).length;
  const yaml = (name) => parse(readFileSync(join(content, name), 'utf8')) ?? [];
  const event = yaml('event.yaml')[0] ?? {};
  const days = Math.round((Date.parse(event.lastDay) - Date.parse(event.firstDay)) / 86_400_000) + 1;
  return {
    sessions: files('sessions'),
    speakers: files('speakers'),
    rooms: yaml('rooms.yaml').length,
    tracks: yaml('tracks.yaml').length,
    languages: yaml('languages.yaml').length,
    days,
    timeZone: event.timeZone,
    locales: event.locales ?? [event.locale ?? 'en'],
  };
}

/**
 * `astro build` in `dir`, cold (no content cache). Wall time is measured here; peak memory is the
 * maximum resident set size that GNU time reports (the largest process of the build, which is the
 * one Node process running Astro and Vite), or, without /usr/bin/time, the highest VmHWM of that
 * process polled from /proc. Resolves { ok, seconds, peakRssMiB, memoryMethod, log, tail, code }.
 */
export function buildSite(dir, { timeoutMs, env = {} }) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  const astro = join(dir, 'node_modules', 'astro', 'astro.js');
  const gnuTime = existsSync('/usr/bin/time');
  const [cmd, args] = gnuTime
    ? ['/usr/bin/time', ['-v', process.execPath, astro, 'build']]
    : [process.execPath, [astro, 'build']];
  const logFile = `${dir}.build.log`;
  const log = createWriteStream(logFile);
  let text = ''; // the output's last 64 KiB: GNU time's report and the build's last words
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(cmd, args, {
      cwd: dir,
      // CONTENT_DIR is set so that a value in the caller's environment cannot send the build elsewhere.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'content', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const keep = (chunk) => {
      log.write(chunk);
      text = (text + chunk).slice(-65_536);
    };
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', keep);
    }
    let polledKiB = 0;
    const poll = gnuTime
      ? undefined
      : setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) polledKiB = Math.max(polledKiB, Number(hwm[1]));
          } catch {
            // The process has just exited.
          }
        }, 100);
    let timedOut = false;
    const kill = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    runningBuilds.add(kill);
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      runningBuilds.delete(kill);
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      log.end();
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
      const kib = gnuTime ? Number(maxRss?.[1] ?? 0) : polledKiB;
      const exit = /Exit status: (\d+)/.exec(text);
      const status = gnuTime && exit ? Number(exit[1]) : code;
      const timing = text.lastIndexOf('\tCommand being timed');
      const tail = (timing >= 0 ? text.slice(0, timing) : text)
        .split('\n')
        .filter((l) => l.trim())
        .slice(-25)
        .join('\n');
      done({
        ok: !timedOut && status === 0 && !signal,
        code: status,
        signal,
        timedOut,
        seconds: Math.round(seconds * 10) / 10,
        peakRssMiB: Math.round(kib / 1024),
        memoryMethod: gnuTime
          ? 'GNU time -v: maximum resident set size'
          : '/proc/<pid>/status VmHWM, polled every 100 ms',
        log: logFile,
        tail,
      });
    });
  });
}
