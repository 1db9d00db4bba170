/**
 * A throwaway copy of the site with its own content/, and its build, timed and weighed.
 *
 * The copy gets src/, public/, the config files and package.json, and a node_modules/ directory of
 * symlinks to the real packages: not one symlink to node_modules itself, because Astro keeps its
 * content cache in node_modules/.astro and the copies must not share (or clobber) the real one.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { generateProgram, writeProgram } from './generate.mjs';

const COPIED = ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const LISTS = ['tracks.yaml', 'languages.yaml', 'types.yaml', 'rooms.yaml'];
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
 * Make `dir` (inside `root`/bench-out) a copy of the `snapshot` with `root`'s packages.
 * `sessions` is a number of synthetic sessions, or 'real' for the real content/ unchanged.
 * Returns a summary of the content.
 */
export function prepareSite(root, snapshot, dir, sessions, seed) {
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
  if (sessions === 'real') {
    cpSync(join(snapshot, 'content'), content, { recursive: true });
    const count = (sub) => readdirSync(join(content, sub)).length;
    const event = readFileSync(join(content, 'event.yaml'), 'utf8');
    const day = (key) => new RegExp(`${key}: "([^"]+)"`).exec(event)?.[1];
    const days = Math.round((Date.parse(day('lastDay')) - Date.parse(day('firstDay'))) / 86_400_000) + 1;
    return { source: 'real content/', sessions: count('sessions'), speakers: count('speakers'), days };
  }
  mkdirSync(content);
  for (const name of LISTS) cpSync(join(snapshot, 'content', name), join(content, name));
  const program = generateProgram(sessions, seed);
  writeProgram(content, program);
  return { source: `generated (seed ${seed})`, ...program.summary };
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
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
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
