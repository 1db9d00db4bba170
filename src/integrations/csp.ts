/**
 * Completes the Content-Security-Policy that Astro's experimental CSP writes into each page.
 *
 * Astro hashes the scripts and <style> elements it renders, which is why `style-src` carries
 * hashes; but hashes switch off 'unsafe-inline', and Astro does not hash style *attributes*
 * (`style="--track: #80c9fa"`, how content colours reach CSS). After the build this adds, per
 * page, 'unsafe-hashes' and the hash of each style attribute value found in that page, so exactly
 * those declarations apply and any other (injected) style attribute is refused. Scripts are
 * untouched: script-src stays 'self' plus Astro's hashes, without 'unsafe-inline'.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
/** A double-quoted style attribute, as Astro writes them; the leading whitespace keeps it an attribute. */
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** The attribute value the browser sees (and hashes): character references decoded. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The CSP source expression for a text: `'sha256-<base64>'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash of a style attribute as written, remembered: a few track colours recur on every page. */
const attributeHashes = new Map<string, string>();
function hashOf(value: string): string {
  let hash = attributeHashes.get(value);
  if (!hash) attributeHashes.set(value, (hash = cspHash(decodeAttribute(value))));
  return hash;
}

/**
 * The page with its CSP meta's `style-src` extended by 'unsafe-hashes' and the hashes of the
 * page's style attributes. A page without a CSP meta or without style attributes is returned as is.
 */
export function allowStyleAttributes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const hashes = new Set<string>();
  for (const [, value] of html.matchAll(STYLE_ATTRIBUTE)) hashes.add(hashOf(value));
  if (hashes.size === 0) return html;
  const directives = meta[1].split(';');
  const i = directives.findIndex((d) => d.trim().startsWith('style-src '));
  const extra = ["'unsafe-hashes'", ...[...hashes].sort()].join(' ');
  if (i === -1) directives.splice(directives.length - 1, 0, ` style-src 'self' ${extra}`);
  else directives[i] = `${directives[i].trimEnd()} ${extra}`;
  const content = directives.join(';');
  return html.slice(0, meta.index) + meta[0].replace(meta[1], () => content) + html.slice(meta.index + meta[0].length);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The integration: runs {@link allowStyleAttributes} over every built page. */
export default function cspStyleAttributes(): AstroIntegration {
  return {
    name: 'csp-style-attributes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let changed = 0;
        const files = htmlFiles(fileURLToPath(dir));
        // A few files at a time: the work is mostly waiting for the disk.
        const worker = async () => {
          for (let next = await files.next(); !next.done; next = await files.next()) {
            const html = await readFile(next.value, 'utf8');
            const out = allowStyleAttributes(html);
            if (out !== html) {
              await writeFile(next.value, out);
              changed++;
            }
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
        logger.info(`hashed the style attributes of ${changed} page(s) into their Content-Security-Policy`);
      },
    },
  };
}
