/**
 * Builds a throw-away copy of the site with some content files changed, for tests that need a
 * site the real content does not give (hostile text, broken records). The copy lives under the
 * system temp directory; node_modules is shared through per-package links so Astro's caches
 * (node_modules/.astro, node_modules/.vite) stay private to each copy and copies can build in parallel.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './dist';
import { run } from './run';

/** What the site is built from. */
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Caches that must not be shared between builds. */
const PRIVATE = new Set(['.astro', '.vite', '.cache']);

/** A new text for a file, a change to its current text, or null to delete it. */
export type Edit = string | ((text: string) => string) | null;

export interface SiteCopy {
  /** The copy's root; its build is in `${dir}/dist`. */
  dir: string;
  /** The build's exit status (0 = success). */
  status: number | null;
  stdout: string;
  stderr: string;
  /** Removes the copy. */
  remove: () => void;
}

/** Copies the site and applies edits, keyed by path from the repository root ("content/sessions/a2.md"). */
export function copySite(edits: Record<string, Edit> = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'istiocon-site-'));
  for (const entry of COPIED) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  const modules = join(ROOT, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!PRIVATE.has(name)) symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(dir, path);
    if (edit === null) rmSync(file, { force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, typeof edit === 'function' ? edit(readFileSync(file, 'utf8')) : edit);
    }
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the site, applies edits and runs `astro build` in the copy. Never throws on a failed build. */
export async function buildSiteCopy(
  edits: Record<string, Edit> = {},
  env: Record<string, string> = {},
): Promise<SiteCopy> {
  const { dir, remove } = copySite(edits);
  const built = await run('npx', ['--no-install', 'astro', 'build'], dir, env);
  return { dir, ...built, remove };
}
