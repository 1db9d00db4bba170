/**
 * Smoke tests that the build itself stops on bad content with a message naming the file, the field
 * and the reason: one schema error, one cross-record error and one interface language without a
 * dictionary. Each rule has its own unit test (tests/unit/schemas/, validate.test.ts,
 * to-program.test.ts); these only check that the build reports them. Each row builds a copy of the site.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { buildSiteCopy, type Edit, type SiteCopy } from '../helpers/site-copy';

/** Replaces the line `field: …` of a frontmatter or YAML record; fails loudly if there is none. */
const setField =
  (field: string, value: string): Edit =>
  (text) => {
    const line = new RegExp(`^(\\s*)${field}: .*$`, 'm');
    if (!line.test(text)) throw new Error(`no "${field}:" line to change`);
    return text.replace(line, (_, indent: string) => `${indent}${field}: ${value}`);
  };

interface Row {
  /** The rule broken. */
  rule: string;
  edits: Record<string, Edit>;
  /** What the build output must contain: the file, the field and the reason. */
  expected: (string | RegExp)[];
}

const SESSION = 'content/sessions/a2.md';
const EVENT = 'content/event.yaml';

const rows: Row[] = [
  {
    rule: 'a schema rule: a session ends after it starts',
    edits: { [SESSION]: setField('end', '"2022-04-25T15:30:00Z"') },
    // Astro names the entry and prints zod's "field: reason" lines.
    expected: [SESSION, 'sessions → a2 data does not match collection schema', /\bend: must be after start\b/],
  },
  {
    rule: 'a cross-record rule: the track exists',
    edits: { [SESSION]: setField('track', '"service-mesh-magic"') },
    expected: [`${SESSION} › track: track "service-mesh-magic" does not exist; known tracks: "keynote"`],
  },
  {
    rule: 'every interface language has a dictionary',
    edits: { [EVENT]: setField('locales', '["en", "de"]') },
    expected: [`${EVENT} › locales[1]: there is no interface dictionary for "de"; add src/i18n/de.json`],
  },
];

const copies: SiteCopy[] = [];
afterAll(() => {
  if (!process.env.KEEP_SITE_COPIES) for (const c of copies) c.remove();
});

const matches = (output: string, want: string | RegExp) =>
  typeof want === 'string' ? output.includes(want) : want.test(output);

describe.concurrent('bad content stops the build with a clear message', () => {
  test.each(rows)('$rule', async ({ edits, expected }) => {
    const copy = await buildSiteCopy(edits);
    copies.push(copy);
    const output = `${copy.stdout}\n${copy.stderr}`;
    const tail = output.slice(-2500);
    expect(copy.status, `the build should fail:\n${tail}`).not.toBe(0);
    for (const want of expected)
      expect(matches(output, want), `the output should contain ${want}:\n${tail}`).toBe(true);
  });
});
