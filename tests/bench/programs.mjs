/**
 * The programs the bench builds, named as `--sizes` names them:
 *
 * - `65`: the real content/ (IstioCon 2022: 65 sessions, two interface languages, so every page is
 *   built twice, in English and in Chinese);
 * - `fosdem`: the real FOSDEM 2024 export (tests/fixtures/real/fosdem-2024.schedule.xml) through
 *   the importer, as an organiser would bring it: 674 sessions, 32 rooms, 2 days, a page per day;
 * - `rooms<N>` (default `rooms40`): the generated in-person program with N rooms (generate-rooms.mjs);
 * - any other whole number: the generated round-the-clock virtual program of that many sessions
 *   (generate.mjs), `1000` and `5000` by default.
 *
 * Each program says how its content folder is made and which query the browser types: a word that
 * the program's titles contain, so that the keystrokes measure a real result list.
 */
import { generateProgram } from './generate.mjs';
import { generateRoomsProgram } from './generate-rooms.mjs';

export const DEFAULT_SIZES = ['65', 'fosdem', 'rooms40', '1000', '5000'];
const REAL_SESSIONS = 65;

/**
 * One program from its name. Returns { key, label, content, query }, where `content` is
 * { kind: 'real' } | { kind: 'import', file, args } | { kind: 'generate', make(seed) }.
 */
export function programFor(name) {
  const key = String(name).trim().toLowerCase();
  if (key === String(REAL_SESSIONS) || key === 'real' || key === 'istiocon')
    return { key: '65', label: '65 (IstioCon, en + zh)', content: { kind: 'real' }, query: 'multicluster' };
  if (key === 'fosdem')
    return {
      key,
      label: 'FOSDEM 2024',
      content: {
        kind: 'import',
        file: 'tests/fixtures/real/fosdem-2024.schedule.xml',
        args: ['--zone', 'Europe/Brussels'],
      },
      query: 'kernel',
    };
  const rooms = /^rooms(\d+)$/.exec(key);
  if (rooms) {
    const n = Number(rooms[1]);
    return {
      key,
      label: `${n} rooms`,
      content: { kind: 'generate', make: (seed) => generateRoomsProgram(n, { seed }) },
      query: 'kernel',
    };
  }
  const n = Number(key);
  if (Number.isInteger(n) && n >= 1)
    return {
      key,
      label: `${n.toLocaleString('en-US')} virtual`,
      content: { kind: 'generate', make: (seed) => generateProgram(n, seed) },
      query: 'multicluster',
    };
  throw new Error(
    `unknown program "${name}": use 65, fosdem, rooms<N> (like rooms40) or a number of generated sessions (like 1000)`,
  );
}

/** A comma-separated list of program names, each once, in the order given. */
export function programList(text) {
  const keys = [];
  const programs = [];
  for (const name of text.split(',').filter((s) => s.trim())) {
    const program = programFor(name);
    if (!keys.includes(program.key)) {
      keys.push(program.key);
      programs.push(program);
    }
  }
  if (!programs.length) throw new Error('no program named');
  return programs;
}

/** The pages Lighthouse may audit, by the names `--lighthouse-pages` takes. */
export const LIGHTHOUSE_PAGES = { home: '/', grid: '/grid/', session: 'session (largest)' };
