/**
 * A content file that breaks a rule fails the build with a message that names the file, the
 * field and the reason. Each row builds a copy of the site with one bad record.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { buildSiteCopy, type Edit, type SiteCopy } from '../helpers/site-copy';

/** Replaces the line `field: …` of a frontmatter or YAML record; fails loudly if there is none. */
const setField =
  (field: string, value: string | null): Edit =>
  (text) => {
    const line = new RegExp(`^${field}: .*$\\n?`, 'm');
    if (!line.test(text)) throw new Error(`no "${field}:" line to change`);
    return text.replace(line, value === null ? '' : `${field}: ${value}\n`);
  };

/** Several edits of one file, applied in order. */
const all =
  (...edits: Edit[]): Edit =>
  (text) =>
    edits.reduce<string>((t, e) => (typeof e === 'function' ? e(t) : (e ?? '')), text);

/** Adds a line after the frontmatter's opening `---`. */
const addLine =
  (line: string): Edit =>
  (text) =>
    text.replace(/^---\n/, `---\n${line}\n`);

interface Row {
  /** The rule broken. */
  rule: string;
  edits: Record<string, Edit>;
  /** The file, the field and the reason, each of which the build output must contain. */
  expected: { file: string | RegExp; field: string | RegExp; reason: string | RegExp };
}

const SESSION = 'content/sessions/a2.md';
const SPEAKER = 'content/speakers/lin-sun.yaml';
/** How Astro names a session or speaker entry whose data fails its schema. */
const schemaError = (collection: string, id: string) => `${collection} → ${id} data does not match collection schema`;

const rows: Row[] = [
  {
    rule: 'a session needs a title',
    edits: { [SESSION]: setField('title', null) },
    // Astro's own error map words a missing key as "Required" (it takes precedence over the schema's).
    expected: { file: SESSION, field: schemaError('sessions', 'a2'), reason: /\btitle\b.*\b(Required|is required)\b/ },
  },
  {
    rule: 'a session ends after it starts',
    edits: { [SESSION]: setField('end', '"2022-04-25T15:30:00Z"') },
    expected: { file: SESSION, field: schemaError('sessions', 'a2'), reason: /end: must be after start/ },
  },
  {
    rule: 'a start says its zone (Z or an offset)',
    edits: { [SESSION]: setField('start', '"2022-04-25T16:00:00"') },
    expected: {
      file: SESSION,
      field: schemaError('sessions', 'a2'),
      reason: /start: must be an ISO 8601 instant ending in "Z" or an offset/,
    },
  },
  {
    rule: 'speakers exist',
    edits: { [SESSION]: setField('speakers', '["lucas-copy", "rafael-polanco"]') },
    expected: {
      file: `${SESSION} ›`,
      field: 'speakers[0]',
      reason: 'speaker "lucas-copy" does not exist (no content/speakers/lucas-copy.yaml)',
    },
  },
  {
    rule: 'the track exists',
    edits: { [SESSION]: setField('track', '"service-mesh-magic"') },
    expected: {
      file: `${SESSION} ›`,
      field: 'track',
      reason: 'track "service-mesh-magic" does not exist; known tracks:',
    },
  },
  {
    rule: 'the language exists',
    edits: { [SESSION]: setField('language', '"fr"') },
    expected: {
      file: `${SESSION} ›`,
      field: 'language',
      reason: 'language "fr" does not exist; known languages: "en", "zh"',
    },
  },
  {
    rule: 'slugs are unique',
    edits: { 'content/sessions/a3.md': setField('slug', '"running-istio-scale"') },
    expected: {
      file: /content\/sessions\/a[23]\.md ›/,
      field: '› slug:',
      reason: /"running-istio-scale" is already used by content\/sessions\/a[23]\.md/,
    },
  },
  {
    rule: 'sessions fall inside the conference days',
    edits: { [SESSION]: all(setField('start', '"2022-05-02T16:00:00Z"'), setField('end', '"2022-05-02T16:35:00Z"')) },
    expected: {
      file: `${SESSION} ›`,
      field: 'start',
      reason: '2022-05-02T16:00:00Z is outside the conference days 2022-04-25 to 2022-04-29 (UTC)',
    },
  },
  {
    rule: 'a video is an absolute URL',
    edits: { [SESSION]: setField('video', '"youtu.be/pqhbuT7srjo"') },
    expected: { file: SESSION, field: schemaError('sessions', 'a2'), reason: /video: must be an absolute URL/ },
  },
  {
    rule: 'no unknown fields (a typo is not ignored)',
    edits: { [SESSION]: addLine('speeker: "lin-sun"') },
    expected: {
      file: SESSION,
      field: schemaError('sessions', 'a2'),
      reason: /Unrecognized key\(s\) in object: 'speeker'/,
    },
  },
  {
    rule: 'a speaker file is valid YAML',
    edits: { [SPEAKER]: setField('name', '"Lin Sun') },
    // A file that does not parse has no fields yet: the line and column stand in for the field.
    expected: { file: SPEAKER, field: /lin-sun\.yaml:\d+:\d+/, reason: /lin-sun\.yaml failed to parse: / },
  },
  {
    rule: 'a twitter link is a twitter URL',
    edits: { [SPEAKER]: setField('twitter', '"https://example.com/linsun_unc"') },
    expected: {
      file: SPEAKER,
      field: schemaError('speakers', 'lin-sun'),
      reason: /twitter: must be a twitter\.com or x\.com profile URL/,
    },
  },
];

const copies: SiteCopy[] = [];
afterAll(() => {
  if (!process.env.KEEP_SITE_COPIES) for (const c of copies) c.remove();
});

const matches = (output: string, want: string | RegExp) =>
  typeof want === 'string' ? output.includes(want) : want.test(output);

describe.concurrent('a bad content record fails the build with a clear message', () => {
  test('the unchanged copy builds (so a failure below is the bad record’s doing)', async () => {
    const copy = await buildSiteCopy();
    copies.push(copy);
    expect(copy.status, copy.stderr.slice(-2000)).toBe(0);
  });

  test.each(rows)('$rule', async ({ edits, expected }) => {
    const copy = await buildSiteCopy(edits);
    copies.push(copy);
    const output = `${copy.stdout}\n${copy.stderr}`;
    const tail = output.slice(-2500);
    expect(copy.status, `the build should fail:\n${tail}`).not.toBe(0);
    for (const [what, want] of Object.entries(expected)) {
      expect(matches(output, want), `the output should name the ${what} (${want}):\n${tail}`).toBe(true);
    }
  });
});
