/**
 * A synthetic program of any size, deterministic for a seed, written as a complete content folder
 * (sessions/, speakers/, event.yaml and the four lists), valid for src/schemas and src/lib/validate.ts.
 * The event is "Benchmark Conf" (id "bench"), never a real one, with one interface language ("en"):
 * the bench measures how the program scales, and a second interface language would only double the
 * page count (the real content/ already measures that).
 *
 * This file makes the round-the-clock virtual program: two rooms filled back to back from 00:00 to
 * 24:00 UTC (event zone UTC), about 150 sessions a day. Sessions starting 01:00–06:00 UTC are in
 * Chinese (about 21%), like a program with an Asian block. Titles are 20–90 characters, abstracts
 * 200–1,000. generate-rooms.mjs makes the in-person program with many rooms.
 *
 *   node tests/bench/generate.mjs 1000 /tmp/content      # the virtual program, 1,000 sessions
 *   node tests/bench/generate.mjs rooms40 /tmp/content   # the in-person program with 40 rooms
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiSlug, cap, dealer, MESH, NAMES, prng, q, textOfLength, uniqueSlug } from './words.mjs';

export { prng } from './words.mjs';

const { topics: TOPICS, companies: COMPANIES, contexts: CONTEXTS } = MESH;
const TITLE_PATTERNS = [
  (r) => `${cap(r.pick(TOPICS))} at ${r.pick(COMPANIES)}`,
  (r) => `${r.pick(COMPANIES)}'s journey to ${r.pick(TOPICS)}`,
  (r) => `Lessons learned running ${r.pick(TOPICS)} in ${r.pick(CONTEXTS)}`,
  (r) => `Deep dive: ${r.pick(TOPICS)} in ${r.pick(CONTEXTS)}`,
  (r) => `${cap(r.pick(TOPICS))} and ${r.pick(TOPICS)}: what we wish we had known`,
  (r) => `How we scaled ${r.pick(TOPICS)} to ${r.int(2, 90) * 100} services`,
  (r) => `From sidecars to ${r.pick(TOPICS)}`,
  (r) => `${cap(r.pick(TOPICS))} explained`,
  (r) => `Debugging ${r.pick(TOPICS)} without losing sleep`,
];
const SENTENCES = [
  (r) => `This talk shows how ${r.pick(COMPANIES)} adopted ${r.pick(TOPICS)} across ${r.int(3, 400)} clusters.`,
  (r) => `We cover the pitfalls we hit with ${r.pick(TOPICS)} in ${r.pick(CONTEXTS)} and how we worked around them.`,
  (r) => `You will learn when ${r.pick(TOPICS)} pays off, and when ${r.pick(TOPICS)} is the better tool.`,
  (r) => `We walk through a live demo of ${r.pick(TOPICS)} with version ${r.int(8, 13)}, step by step.`,
  (r) => `The session compares ${r.pick(TOPICS)} with ${r.pick(TOPICS)} on latency, memory and operational cost.`,
  (r) => `Finally, we share the dashboards and alerts we use to keep ${r.pick(TOPICS)} healthy.`,
  (r) => `Attendees should know the basics of Kubernetes; no prior experience with ${r.pick(TOPICS)} is needed.`,
  (r) => `Our platform team serves ${r.int(20, 900)} developers, and ${r.pick(TOPICS)} changed how they ship.`,
];
const { zhTopics: ZH_TOPICS, zhCompanies: ZH_COMPANIES } = MESH;
const ZH_TITLE_PATTERNS = [
  (r) => `${r.pick(ZH_COMPANIES)}的${r.pick(ZH_TOPICS)}落地实践：从${r.pick(ZH_TOPICS)}说起`,
  (r) => `${r.pick(ZH_TOPICS)}在生产环境中的挑战与解决方案：${r.pick(ZH_COMPANIES)}的经验`,
  (r) => `基于服务网格的${r.pick(ZH_TOPICS)}与${r.pick(ZH_TOPICS)}`,
  (r) => `${r.pick(TITLE_PATTERNS)(r)}（${r.pick(ZH_TOPICS)}实践）`,
];
const ZH_SENTENCES = [
  (r) => `本次分享将介绍${r.pick(ZH_COMPANIES)}在${r.pick(ZH_TOPICS)}方面的实践经验。`,
  (r) => `我们会深入探讨${r.pick(ZH_TOPICS)}与${r.pick(ZH_TOPICS)}的结合，以及在大规模集群中遇到的挑战和解决方案。`,
  (r) => `目前平台已经接入 ${r.int(50, 5000)} 个服务，日均请求超过 ${r.int(1, 90)} 亿次。`,
  (r) => `最后，我们将分享${r.pick(ZH_TOPICS)}的未来规划，以及对社区的贡献。`,
  (r) => `听众需要了解 Kubernetes 的基本概念，无需${r.pick(ZH_TOPICS)}的经验。`,
];

function title(r, zh) {
  for (;;) {
    const t = zh && r.next() < 0.7 ? r.pick(ZH_TITLE_PATTERNS)(r) : r.pick(TITLE_PATTERNS)(r);
    if (t.length >= 20 && t.length <= 90) return t;
  }
}

function abstract(r, zh) {
  if (!zh) return textOfLength(r, SENTENCES, 200, 1000, ' ');
  // Chinese sessions: Chinese, or English followed by Chinese, as bilingual programs have them.
  if (r.next() < 0.6) return textOfLength(r, ZH_SENTENCES, 200, 700, '');
  return `${textOfLength(r, SENTENCES, 150, 500, ' ')} ${textOfLength(r, ZH_SENTENCES, 50, 400, '')}`;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const FIRST_DAY = Date.parse('2022-04-25T00:00:00Z');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROOMS = ['livestream', 'workshop'];
const TRACKS = [
  ['keynote', 'Keynote', '#516baa'],
  ['getting-started', 'Getting started', '#2e7d32'],
  ['use-cases', 'Use cases', '#6a5acd'],
  ['tools', 'Tools and features', '#0277bd'],
  ['infrastructure', 'Infrastructure and networking', '#8d6e00'],
  ['whats-next', "What's next", '#a03ca0'],
];
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The slot plan for one day: both rooms filled back to back from 00:00 to 24:00 UTC, sorted by start. */
function daySlots(r, day) {
  const slots = [];
  for (const room of ROOMS) {
    let t = FIRST_DAY + day * DAY + (room === 'workshop' ? 15 * MINUTE : 0);
    const end = FIRST_DAY + (day + 1) * DAY;
    for (;;) {
      const type =
        room === 'workshop'
          ? r.weighted([
              ['workshop', 1],
              ['presentation', 5],
              ['lightning-talk', 4],
            ])
          : r.weighted([
              ['presentation', 9],
              ['lightning-talk', 8],
              ['panel', 3],
            ]);
      const minutes = { workshop: r.pick([45, 60]), presentation: r.pick([20, 25]), 'lightning-talk': 10, panel: 30 }[
        type
      ];
      if (t + minutes * MINUTE > end) break;
      slots.push({ room, type, start: t, end: t + minutes * MINUTE });
      t += minutes * MINUTE;
    }
  }
  return slots.sort((a, b) => a.start - b.start || ROOMS.indexOf(a.room) - ROOMS.indexOf(b.room));
}

/** Speaker records: `count` people, a fifth with Chinese names; each has a slug and YAML fields. */
function makeSpeakers(r, count) {
  const speakers = [];
  const taken = new Set();
  for (let i = 0; i < count; i += 1) {
    const zh = r.next() < 0.2;
    const name = zh
      ? `${r.pick(NAMES.zhFirst)} ${r.pick(NAMES.zhLast)}`
      : `${r.pick(NAMES.first)} ${r.pick(NAMES.last)}`;
    const slug = uniqueSlug(asciiSlug(name), taken);
    const sp = { slug, zh, name, designation: `${r.pick(NAMES.roles)}, ${r.pick(zh ? ZH_COMPANIES : COMPANIES)}` };
    if (r.next() < 0.5) sp.twitter = `https://twitter.com/${slug.replace(/-/g, '_')}`;
    if (r.next() < 0.6) sp.linkedin = `https://www.linkedin.com/in/${slug}`;
    speakers.push(sp);
  }
  return speakers;
}

/**
 * The virtual program (no files). Returns { sessions, speakers, event, lists, summary }:
 * `sessions[i]` has frontmatter fields plus `abstract`; `speakers[i]` has `slug` plus YAML fields;
 * `lists` the records of tracks.yaml, languages.yaml, types.yaml and rooms.yaml.
 */
export function generateProgram(n, seed = 2022) {
  const r = prng(seed + n);
  const slots = [];
  for (let day = 0; slots.length < n; day += 1) slots.push(...daySlots(r, day));
  slots.length = n;
  const days = Math.floor((slots[n - 1].start - FIRST_DAY) / DAY) + 1;

  const speakers = makeSpeakers(r, Math.max(1, Math.round(n * 1.3)));
  const zhSpeakers = speakers.filter((s) => s.zh);
  const deal = dealer({ zh: zhSpeakers.length ? zhSpeakers : speakers, en: speakers.filter((s) => !s.zh) });

  const slugs = new Set();
  const sessions = slots.map((slot, i) => {
    const dayIndex = Math.floor((slot.start - FIRST_DAY) / DAY);
    const hour = new Date(slot.start).getUTCHours();
    const zh = hour >= 1 && hour < 6;
    const language = zh ? 'zh' : 'en';
    const t = title(r, zh);
    // Mostly-Chinese titles get a Chinese slug, as imported Chinese programs have.
    let base = asciiSlug(t.replace(/[（(].*$/, ''));
    if (base.split('-').length < 3)
      base = t
        .replace(/[^\p{L}\p{N}]+/gu, '')
        .toLowerCase()
        .slice(0, 12);
    const count =
      slot.type === 'panel'
        ? r.int(3, 4)
        : r.weighted([
            [0, 2],
            [1, 70],
            [2, 22],
            [3, 6],
          ]);
    const code = `s${String(i + 1).padStart(4, '0')}`;
    const s = {
      slug: uniqueSlug(base, slugs),
      code,
      order: i + 1,
      title: t,
      speakers: deal(language, count),
      start: iso(slot.start),
      end: iso(slot.end),
      track: r.next() < 0.05 ? undefined : slot.type === 'workshop' ? 'getting-started' : r.pick(TRACKS)[0],
      type: slot.type,
      language,
      room: slot.room,
      block: LETTERS[(zh ? 13 : 0) + (dayIndex % 13)],
    };
    if (r.next() < 0.7) s.video = `https://youtu.be/${code}${r.int(100000, 999999)}`;
    if (r.next() < 0.4) s.slides = `https://example.org/slides/${code}.pdf`;
    s.abstract = abstract(r, zh);
    return s;
  });

  const blocks = [];
  for (let k = 0; k < 13; k += 1) {
    blocks.push({ id: LETTERS[k], language: 'en', start: iso(FIRST_DAY + k * DAY + 6 * 3600_000) });
    blocks.push({ id: LETTERS[13 + k], language: 'zh', start: iso(FIRST_DAY + k * DAY + 3600_000) });
  }
  const event = {
    id: 'bench',
    name: 'Benchmark Conf',
    url: 'https://conf.example.org/',
    format: 'virtual',
    timeZone: 'UTC',
    firstDay: iso(FIRST_DAY).slice(0, 10),
    lastDay: iso(FIRST_DAY + (days - 1) * DAY).slice(0, 10),
    locale: 'en',
    locales: ['en'],
    blocks: blocks.sort((a, b) => a.id.localeCompare(b.id)),
  };
  const lists = {
    tracks: TRACKS.map(([id, name, color]) => ({ id, name, color })),
    languages: [
      { id: 'en', name: 'English' },
      { id: 'zh', name: 'Chinese', nativeName: '中文' },
    ],
    types: [
      { id: 'presentation', name: 'Presentation' },
      { id: 'lightning-talk', name: 'Lightning talk' },
      { id: 'panel', name: 'Panel' },
      { id: 'workshop', name: 'Workshop' },
    ],
    rooms: [
      { id: 'livestream', name: 'Livestream', note: 'talks, panels and lightning talks, streamed live', order: 1 },
      { id: 'workshop', name: 'Workshop room', note: 'hands-on workshops, in parallel', order: 2 },
    ],
  };
  const summary = {
    sessions: n,
    speakers: speakers.length,
    days,
    rooms: ROOMS.length,
    perDay: Math.round(n / days),
    chineseShare: Math.round((100 * sessions.filter((s) => s.language === 'zh').length) / n) / 100,
  };
  return { sessions, speakers, event, lists, summary };
}

const SESSION_FIELDS = [
  'slug',
  'code',
  'order',
  'title',
  'speakers',
  'start',
  'end',
  'track',
  'type',
  'language',
  'room',
  'block',
  'video',
  'slides',
];
const SPEAKER_FIELDS = ['name', 'designation', 'twitter', 'linkedin'];

/** One YAML value on one line: numbers bare, strings quoted, lists of strings in flow style. */
const scalar = (v) => (Array.isArray(v) ? `[${v.map(q).join(', ')}]` : typeof v === 'number' ? String(v) : q(v));
/** `key: value` lines for the fields of `record` that are set, in the order of `fields`. */
const fieldLines = (record, fields) =>
  fields.filter((f) => record[f] !== undefined).map((f) => `${f}: ${scalar(record[f])}`);

/** A YAML list of flat records, as the content's one-file collections are written. */
function listYaml(records, comment) {
  const lines = [`# ${comment} (generated by tests/bench/generate.mjs)`];
  for (const record of records) {
    const [first, ...rest] = fieldLines(record, Object.keys(record));
    lines.push(`- ${first}`, ...rest.map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
}

function eventYaml(event) {
  const { blocks, ...fields } = event;
  const [first, ...rest] = fieldLines(fields, Object.keys(fields));
  const lines = ['# A synthetic event for the benchmark (tests/bench/generate.mjs).', `- ${first}`];
  lines.push(...rest.map((l) => `  ${l}`));
  if (blocks?.length) {
    lines.push('  blocks:');
    for (const b of blocks) lines.push(`    - { id: ${q(b.id)}, language: ${q(b.language)}, start: ${q(b.start)} }`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Write a generated program as a content folder under `contentDir`: sessions/, speakers/,
 * event.yaml and tracks/languages/types/rooms.yaml (replacing any that are there).
 */
export function writeProgram(contentDir, program) {
  mkdirSync(join(contentDir, 'sessions'), { recursive: true });
  mkdirSync(join(contentDir, 'speakers'), { recursive: true });
  for (const sp of program.speakers)
    writeFileSync(join(contentDir, 'speakers', `${sp.slug}.yaml`), `${fieldLines(sp, SPEAKER_FIELDS).join('\n')}\n`);
  for (const s of program.sessions)
    writeFileSync(
      join(contentDir, 'sessions', `${s.code}.md`),
      `---\n${fieldLines(s, SESSION_FIELDS).join('\n')}\n---\n\n${s.abstract}\n`,
    );
  writeFileSync(join(contentDir, 'event.yaml'), eventYaml(program.event));
  const comments = { tracks: 'Tracks', languages: 'Session languages', types: 'Session types', rooms: 'Rooms' };
  for (const [name, comment] of Object.entries(comments))
    writeFileSync(join(contentDir, `${name}.yaml`), listYaml(program.lists[name], comment));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [what = '1000', dir = 'bench-out/content'] = process.argv.slice(2);
  const rooms = /^rooms(\d+)$/.exec(what);
  const program = rooms
    ? (await import('./generate-rooms.mjs')).generateRoomsProgram(Number(rooms[1]))
    : generateProgram(Number(what));
  writeProgram(dir, program);
  console.log(program.summary);
}
