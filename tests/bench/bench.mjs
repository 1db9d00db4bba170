/**
 * `npm run bench`: how the site scales. For each program (tests/bench/programs.mjs: the real
 * IstioCon content/, the real FOSDEM 2024 export through the importer, a generated program with 40
 * rooms, generated virtual programs of 1,000 and 5,000 sessions) it makes a copy of the site under
 * bench-out/, builds it (wall time, peak memory), weighs `/`, `/grid/` and the largest session page,
 * measures `/` and `/grid/` in headless Chromium and runs Lighthouse. Prints one Markdown table per
 * section and a Targets table (the performance issue's targets beside the figures), and writes
 * bench-out/results.json.
 *
 *   npm run bench                                          # 65, fosdem, rooms40, 1000, 5000
 *   npm run bench -- --sizes 65 --no-lighthouse            # a smoke run
 *   npm run bench -- --sizes fosdem --lighthouse-pages home
 *
 * Options: --sizes a,b,c (65, fosdem, rooms<N>, a number of generated sessions)
 *          --lighthouse-sizes a,b (default: every size run)   --lighthouse-pages home,grid,session
 *          --no-lighthouse   --no-browser   --seed N
 * Exits 1 if a build or a browser measurement fails; Lighthouse trouble is printed, never fatal.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largestListPage, largestSessionPage, listFiles, pageCost, pageUrl, searchIndex } from './assets.mjs';
import { browserFigures, CHROME } from './browser.mjs';
import { DEFAULT_SIZES, LIGHTHOUSE_PAGES, programList } from './programs.mjs';
import { report } from './report.mjs';
import { serve } from './serve.mjs';
import { buildSite, prepareSite, runningBuilds, snapshotSite } from './site.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'bench-out');
const BUILD_TIMEOUT_MS = 30 * 60_000;
const TOTAL_TIMEOUT_MS = 120 * 60_000;

function options(argv) {
  const value = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const programs = programList(value('--sizes') ?? DEFAULT_SIZES.join(','));
  const lighthouseKeys = programList(value('--lighthouse-sizes') ?? programs.map((p) => p.key).join(',')).map(
    (p) => p.key,
  );
  const pageNames = (value('--lighthouse-pages') ?? Object.keys(LIGHTHOUSE_PAGES).join(',')).split(',');
  const unknown = pageNames.filter((p) => !(p in LIGHTHOUSE_PAGES));
  if (unknown.length) throw new Error(`--lighthouse-pages takes ${Object.keys(LIGHTHOUSE_PAGES).join(', ')}`);
  return {
    programs,
    lighthouse: !argv.includes('--no-lighthouse'),
    lighthouseSizes: lighthouseKeys,
    lighthousePages: pageNames.map((p) => LIGHTHOUSE_PAGES[p]),
    browser: !argv.includes('--no-browser'),
    seed: Number(value('--seed') ?? 2022),
  };
}

const cleanups = new Set([() => runningBuilds.forEach((kill) => kill())]);
async function cleanup() {
  for (const fn of [...cleanups].reverse()) {
    try {
      await fn();
    } catch {
      // Best effort: we are leaving anyway.
    }
  }
  cleanups.clear();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

const progress = (message) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function machine() {
  let chromium;
  try {
    chromium = execFileSync(CHROME, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    chromium = CHROME ? `${CHROME} (version unknown)` : 'none';
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/**
 * Which code was measured: the commit, and how much of the working tree differed from it. Read
 * only: --no-optional-locks keeps `git status` from refreshing the index of a tree others work in.
 */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs'];
function provenance() {
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  try {
    const changed = git('--no-optional-locks', 'status', '--porcelain', '--', ...SOURCES);
    return { commit: git('rev-parse', '--short', 'HEAD'), uncommitted: changed ? changed.split('\n').length : 0 };
  } catch {
    return { commit: undefined, uncommitted: 0 };
  }
}

/** Sizes of the pages that matter, from a built dist. */
function weigh(dist) {
  const files = listFiles(dist);
  const list = largestListPage(dist);
  const pages = [
    ['/', 'index.html'],
    ['/grid/', existsSync(join(dist, 'grid/index.html')) ? 'grid/index.html' : undefined],
    ['session (largest)', largestSessionPage(dist)],
    // A large program's other days: the list page a budget must hold for, when it is not `/`.
    ...(list !== 'index.html' ? [['list (largest day)', list]] : []),
  ];
  return {
    htmlPages: files.filter((f) => f.endsWith('.html')).length,
    files: files.length,
    distMiB: Math.round((files.reduce((n, f) => n + statSync(join(dist, f)).size, 0) / 2 ** 20) * 10) / 10,
    search: searchIndex(dist),
    pages: pages.map(([label, page]) => ({ label, ...(page ? pageCost(dist, page) : { page: undefined }) })),
  };
}

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

async function runProgram(program, opts, snapshot) {
  const { key, label } = program;
  const result = { key, label, query: program.query };
  const dir = join(OUT, `site-${key}`);
  progress(`${label}: preparing ${dir}`);
  const started = performance.now();
  result.content = prepareSite(ROOT, snapshot, dir, program, opts.seed);
  result.prepareSeconds = Math.round((performance.now() - started) / 100) / 10;
  progress(
    `${label}: ${result.content.sessions} sessions, ${result.content.speakers} speakers, ${result.content.rooms} rooms, ${result.content.days} days (${result.prepareSeconds} s)`,
  );

  progress(`${label}: astro build (log: ${dir}.build.log)`);
  result.build = await buildSite(dir, { timeoutMs: BUILD_TIMEOUT_MS });
  if (!result.build.ok) {
    progress(
      `${label}: BUILD FAILED (${result.build.timedOut ? 'timed out' : `exit ${result.build.code ?? result.build.signal}`}):\n${result.build.tail}`,
    );
    return result;
  }
  progress(`${label}: built in ${result.build.seconds} s, peak RSS ${result.build.peakRssMiB} MiB`);
  const dist = join(dir, 'dist');
  result.weight = weigh(dist);

  const lighthouse = opts.lighthouse && opts.lighthouseSizes.includes(key);
  if (!opts.browser && !lighthouse) return result;
  const server = await serve(dist);
  cleanups.add(server.close);
  try {
    if (opts.browser) {
      progress(`${label}: browser figures (typing “${program.query}”)`);
      try {
        result.browser = await browserFigures(server.url, { query: program.query });
      } catch (error) {
        result.browser = { error: firstLine(error) };
        progress(`${label}: browser figures FAILED: ${result.browser.error}`);
      }
    }
    if (lighthouse) {
      const pages = result.weight.pages.filter((p) => p.page && opts.lighthousePages.includes(p.label));
      progress(`${label}: Lighthouse on ${pages.map((p) => p.label).join(', ')}`);
      try {
        const { lighthouseScores } = await import('./lighthouse.mjs');
        const scores = await lighthouseScores(pages.map((p) => `${server.url}${pageUrl(p.page)}`));
        result.lighthouse = scores.map((s, i) => ({ label: pages[i].label, ...s }));
      } catch (error) {
        result.lighthouse = { error: firstLine(error) };
        progress(`${label}: Lighthouse could not run: ${result.lighthouse.error}`);
      }
    }
  } finally {
    await server.close();
    cleanups.delete(server.close);
  }
  return result;
}

async function main() {
  const opts = options(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const watchdog = setTimeout(async () => {
    progress(`gave up after ${TOTAL_TIMEOUT_MS / 60_000} minutes`);
    await cleanup();
    process.exit(1);
  }, TOTAL_TIMEOUT_MS);
  watchdog.unref();

  const started = new Date();
  const env = machine();
  progress(
    `programs ${opts.programs.map((p) => p.key).join(', ')}; Lighthouse ${opts.lighthouse ? `on ${opts.lighthouseSizes.join(', ')} (${opts.lighthousePages.join(', ')})` : 'off'}; ${env.cpus} CPUs, ${env.memoryGiB} GiB, Node ${env.node}, ${env.chromium}`,
  );
  const snapshot = snapshotSite(ROOT, join(OUT, 'snapshot'));
  const source = provenance();
  progress(
    `sources copied to ${snapshot} (commit ${source.commit ?? '?'}, ${source.uncommitted} uncommitted paths in src/, content/, public/)`,
  );
  const results = [];
  for (const program of opts.programs) {
    try {
      results.push(await runProgram(program, opts, snapshot));
    } catch (error) {
      progress(`${program.label}: FAILED: ${error?.stack ?? error}`);
      results.push({ key: program.key, label: program.label, error: firstLine(error) });
    }
  }
  const text = report(results);
  const json = {
    date: started.toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: {
      ...env,
      loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
      freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    },
    options: { ...opts, programs: opts.programs.map((p) => ({ key: p.key, label: p.label, query: p.query })) },
    source,
    results,
  };
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(
    `## Benchmark, ${started.toISOString().slice(0, 10)} (${env.cpus} CPUs, ${env.memoryGiB} GiB, Node ${env.node}, ${env.chromium})\n`,
  );
  console.log(
    `Code: commit ${source.commit ?? '?'} with ${source.uncommitted} uncommitted paths. Load average ${env.loadAverageAtStart.join(' ')} at the start, ${json.machine.loadAverageAtEnd.join(' ')} at the end (times are inflated when it exceeds ${env.cpus}).\n`,
  );
  console.log(text);
  console.log(`\nFull figures: ${resolve(OUT, 'results.json')}`);
  await cleanup();
  const failed = results.filter((r) => r.error || (r.build && !r.build.ok) || r.browser?.error);
  if (failed.length) {
    progress(`failed: ${failed.map((r) => r.label).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch(async (error) => {
  console.error(error);
  await cleanup();
  process.exit(1);
});
