/**
 * A synthetic program of any size, deterministic for a seed: speakers, sessions and the event,
 * written as a content/ tree like the real one. Tracks, languages, types and rooms are the real
 * files (copied by the caller); only sessions, speakers and event.yaml are generated.
 *
 * Shape: a round-the-clock virtual event in the two real rooms, about 150 sessions a day, sessions
 * in one room never overlapping. Sessions starting 01:00–06:00 UTC are in Chinese (about 21%),
 * like the real program's Chinese blocks. Titles are 20–90 characters, abstracts 200–1,000.
 *
 *   node tests/bench/generate.mjs 1000 /tmp/content   # writes /tmp/content/{sessions,speakers,event.yaml}
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small seeded PRNG, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const weighted = (pairs) => {
    let r = next() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  return { next, int, pick, weighted };
}

const TOPICS = [
  'multicluster service mesh',
  'ambient mesh',
  'zero trust security',
  'mutual TLS',
  'the eBPF dataplane',
  'Envoy filters',
  'WebAssembly extensions',
  'progressive delivery',
  'canary upgrades',
  'OpenTelemetry tracing',
  'the Gateway API',
  'egress control',
  'multi-tenancy',
  'control plane scaling',
  'sidecarless networking',
  'VM workloads',
  'certificate management',
  'rate limiting',
  'fault injection',
  'traffic mirroring',
  'locality load balancing',
  'DNS proxying',
  'proxyless gRPC',
  'revision-based upgrades',
  'policy as code',
  'multicluster failover',
  'service discovery',
  'external authorization',
  'SPIFFE identities',
  'Kubernetes ingress',
];
const COMPANIES = [
  'Contoso',
  'Northwind Bank',
  'Fabrikam',
  'Tailspin Air',
  'Globex',
  'Initech',
  'Umbrella Networks',
  'Wide World Importers',
  'Adatum',
  'Litware',
  'Proseware',
  'Woodgrove',
  'Coho Logistics',
  'Lamna Health',
];
const CONTEXTS = [
  'production',
  'a regulated bank',
  'hybrid cloud',
  'the edge',
  'a 5G core',
  'a retail platform',
  'thousands of namespaces',
  'a multi-region setup',
  'air-gapped clusters',
  'a startup',
];
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
  (r) => `We walk through a live demo of ${r.pick(TOPICS)} with Istio ${r.int(8, 13)}, step by step.`,
  (r) => `The session compares ${r.pick(TOPICS)} with ${r.pick(TOPICS)} on latency, memory and operational cost.`,
  (r) => `Finally, we share the dashboards and alerts we use to keep ${r.pick(TOPICS)} healthy.`,
  (r) => `Attendees should know the basics of Kubernetes; no prior experience with ${r.pick(TOPICS)} is needed.`,
  (r) => `Our platform team serves ${r.int(20, 900)} developers, and ${r.pick(TOPICS)} changed how they ship.`,
];
const ZH_TOPICS = [
  '多集群服务网格',
  '零信任安全',
  '可观测性',
  '数据平面加速',
  '控制平面扩展',
  '流量管理',
  '灰度发布',
  '证书管理',
  '多租户隔离',
  '网关',
  '微服务治理',
  '性能优化',
  '基于 eBPF 的网络',
  '无边车架构',
];
const ZH_COMPANIES = ['某银行', '某电商平台', '某云厂商', '某游戏公司', '某物流企业', '某运营商'];
const ZH_TITLE_PATTERNS = [
  (r) => `${r.pick(ZH_COMPANIES)}的${r.pick(ZH_TOPICS)}落地实践：从${r.pick(ZH_TOPICS)}说起`,
  (r) => `${r.pick(ZH_TOPICS)}在生产环境中的挑战与解决方案：${r.pick(ZH_COMPANIES)}的经验`,
  (r) => `基于 Istio 的${r.pick(ZH_TOPICS)}与${r.pick(ZH_TOPICS)}`,
  (r) => `${r.pick(TITLE_PATTERNS)(r)}（${r.pick(ZH_TOPICS)}实践）`,
];
const ZH_SENTENCES = [
  (r) => `本次分享将介绍${r.pick(ZH_COMPANIES)}在${r.pick(ZH_TOPICS)}方面的实践经验。`,
  (r) => `我们会深入探讨${r.pick(ZH_TOPICS)}与${r.pick(ZH_TOPICS)}的结合，以及在大规模集群中遇到的挑战和解决方案。`,
  (r) => `目前平台已经接入 ${r.int(50, 5000)} 个服务，日均请求超过 ${r.int(1, 90)} 亿次。`,
  (r) => `最后，我们将分享${r.pick(ZH_TOPICS)}的未来规划，以及对社区的贡献。`,
  (r) => `听众需要了解 Kubernetes 的基本概念，无需${r.pick(ZH_TOPICS)}的经验。`,
];
const FIRST = [
  'Ana',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Liam',
  'Maya',
  'Nikhil',
  'Olga',
  'Pedro',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
  'Zoe',
];
const LAST = [
  'Alvarez',
  'Brown',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Müller',
  'Nakamura',
  'Okafor',
  'Patel',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Van Dijk',
];
const ZH_FIRST = ['Wei', 'Fang', 'Lei', 'Jing', 'Hao', 'Min', 'Yun', 'Tao', 'Xin', 'Bo', 'Lan', 'Jun'];
const ZH_LAST = ['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun'];
const ROLES = [
  'Software Engineer',
  'Staff Engineer',
  'SRE',
  'Platform Architect',
  'Developer Advocate',
  'Engineering Manager',
];

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const asciiSlug = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 7)
    .join('-');
/** YAML double-quoted scalar: JSON's escapes are valid YAML. */
const q = (s) => JSON.stringify(s);

function textOfLength(r, sentences, lo, hi, joiner) {
  const target = r.int(lo, hi);
  let out = '';
  while (out.length < target) out += (out ? joiner : '') + r.pick(sentences)(r);
  // Cut at the last sentence end that keeps the text within bounds, else hard-cut.
  if (out.length > hi) {
    const cut = Math.max(out.lastIndexOf('. ', hi), out.lastIndexOf('。', hi - 1));
    out = cut >= lo ? out.slice(0, cut + 1) : out.slice(0, hi);
  }
  return out.trim();
}

function title(r, zh) {
  for (;;) {
    const t = zh && r.next() < 0.7 ? r.pick(ZH_TITLE_PATTERNS)(r) : r.pick(TITLE_PATTERNS)(r);
    if (t.length >= 20 && t.length <= 90) return t;
  }
}

function abstract(r, zh) {
  if (!zh) return textOfLength(r, SENTENCES, 200, 1000, ' ');
  // Chinese sessions: Chinese, or English followed by Chinese as in the real program.
  if (r.next() < 0.6) return textOfLength(r, ZH_SENTENCES, 200, 700, '');
  return `${textOfLength(r, SENTENCES, 150, 500, ' ')} ${textOfLength(r, ZH_SENTENCES, 50, 400, '')}`;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const FIRST_DAY = Date.parse('2022-04-25T00:00:00Z');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROOMS = ['livestream', 'workshop'];
const TRACKS = [
  'keynote',
  'getting-started',
  'use-case',
  'tools-features-functionality',
  'infrastructure-networking',
  'tech-evolution-whats-next',
];

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

/**
 * Generate the records (no files). Returns { sessions, speakers, event, summary }.
 * `sessions[i]` has frontmatter fields plus `abstract`; `speakers[i]` has `slug` plus YAML fields.
 */
export function generateProgram(n, seed = 2022) {
  const r = prng(seed + n);
  const slots = [];
  for (let day = 0; slots.length < n; day += 1) slots.push(...daySlots(r, day));
  slots.length = n;
  const days = Math.floor((slots[n - 1].start - FIRST_DAY) / DAY) + 1;

  const speakerCount = Math.max(1, Math.round(n * 1.3));
  const speakers = [];
  const speakerSlugs = new Set();
  for (let i = 0; i < speakerCount; i += 1) {
    const zh = r.next() < 0.2;
    const name = zh ? `${r.pick(ZH_FIRST)} ${r.pick(ZH_LAST)}` : `${r.pick(FIRST)} ${r.pick(LAST)}`;
    let slug = asciiSlug(name);
    for (let k = 2; speakerSlugs.has(slug); k += 1) slug = `${asciiSlug(name)}-${k}`;
    speakerSlugs.add(slug);
    const sp = { slug, zh, name, designation: `${r.pick(ROLES)}, ${zh ? r.pick(ZH_COMPANIES) : r.pick(COMPANIES)}` };
    if (r.next() < 0.5) sp.twitter = `https://twitter.com/${slug.replace(/-/g, '_')}`;
    if (r.next() < 0.6) sp.linkedin = `https://www.linkedin.com/in/${slug}`;
    speakers.push(sp);
  }
  // Speakers are dealt from a cycling queue per language, so everyone gets a session or two.
  const queues = { zh: speakers.filter((s) => s.zh), en: speakers.filter((s) => !s.zh) };
  if (!queues.zh.length) queues.zh = speakers;
  const cursor = { zh: 0, en: 0 };
  const deal = (lang, count) => {
    const pool = queues[lang];
    const out = new Set();
    while (out.size < Math.min(count, pool.length)) out.add(pool[cursor[lang]++ % pool.length].slug);
    return [...out];
  };

  const slugs = new Set();
  const sessions = slots.map((slot, i) => {
    const dayIndex = Math.floor((slot.start - FIRST_DAY) / DAY);
    const hour = new Date(slot.start).getUTCHours();
    const zh = hour >= 1 && hour < 6;
    const language = zh ? 'zh' : 'en';
    const t = title(r, zh);
    // Mostly-Chinese titles get a Chinese slug, as two real sessions have.
    let base = asciiSlug(t.replace(/[（(].*$/, ''));
    if (base.split('-').length < 3)
      base = t
        .replace(/[^\p{L}\p{N}]+/gu, '')
        .toLowerCase()
        .slice(0, 12);
    let slug = base;
    for (let k = 2; slugs.has(slug); k += 1) slug = `${base}-${k}`;
    slugs.add(slug);
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
      slug,
      code,
      order: i + 1,
      title: t,
      speakers: deal(language, count),
      start: new Date(slot.start).toISOString().replace('.000Z', 'Z'),
      end: new Date(slot.end).toISOString().replace('.000Z', 'Z'),
      track: r.next() < 0.05 ? undefined : slot.type === 'workshop' ? 'getting-started' : r.pick(TRACKS),
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

  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const blocks = [];
  for (let k = 0; k < 13; k += 1) {
    blocks.push({
      id: LETTERS[k],
      language: 'en',
      start: new Date(FIRST_DAY + k * DAY + 6 * 3600_000).toISOString().replace('.000Z', 'Z'),
    });
    blocks.push({
      id: LETTERS[13 + k],
      language: 'zh',
      start: new Date(FIRST_DAY + k * DAY + 3600_000).toISOString().replace('.000Z', 'Z'),
    });
  }
  const event = {
    id: 'istiocon-2022',
    name: 'IstioCon 2022',
    url: 'https://events.istio.io/istiocon-2022/',
    format: 'virtual',
    firstDay: iso(FIRST_DAY),
    lastDay: iso(FIRST_DAY + (days - 1) * DAY),
    blocks: blocks.sort((a, b) => a.id.localeCompare(b.id)),
  };
  const summary = {
    sessions: n,
    speakers: speakers.length,
    days,
    perDay: Math.round(n / days),
    chineseShare: Math.round((100 * sessions.filter((s) => s.language === 'zh').length) / n) / 100,
  };
  return { sessions, speakers, event, summary };
}

/** Write sessions/, speakers/ and event.yaml under `contentDir` (which must already hold the real lists). */
export function writeProgram(contentDir, program) {
  mkdirSync(join(contentDir, 'sessions'), { recursive: true });
  mkdirSync(join(contentDir, 'speakers'), { recursive: true });
  for (const sp of program.speakers) {
    const lines = [`name: ${q(sp.name)}`, `designation: ${q(sp.designation)}`];
    if (sp.twitter) lines.push(`twitter: ${q(sp.twitter)}`);
    if (sp.linkedin) lines.push(`linkedin: ${q(sp.linkedin)}`);
    writeFileSync(join(contentDir, 'speakers', `${sp.slug}.yaml`), `${lines.join('\n')}\n`);
  }
  for (const s of program.sessions) {
    const fields = [
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
    const lines = fields
      .filter((f) => s[f] !== undefined)
      .map(
        (f) =>
          `${f}: ${Array.isArray(s[f]) ? `[${s[f].map(q).join(', ')}]` : typeof s[f] === 'number' ? s[f] : q(s[f])}`,
      );
    writeFileSync(join(contentDir, 'sessions', `${s.code}.md`), `---\n${lines.join('\n')}\n---\n\n${s.abstract}\n`);
  }
  const e = program.event;
  const event = [
    '# Synthetic event for the benchmark (tests/bench/generate.mjs).',
    `- id: ${q(e.id)}`,
    `  name: ${q(e.name)}`,
    `  url: ${q(e.url)}`,
    `  format: ${q(e.format)}`,
    `  firstDay: ${q(e.firstDay)}`,
    `  lastDay: ${q(e.lastDay)}`,
    '  blocks:',
    ...e.blocks.map((b) => `    - { id: ${q(b.id)}, language: ${q(b.language)}, start: ${q(b.start)} }`),
  ];
  writeFileSync(join(contentDir, 'event.yaml'), `${event.join('\n')}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [n = '1000', dir = 'bench-out/content'] = process.argv.slice(2);
  const program = generateProgram(Number(n));
  writeProgram(dir, program);
  console.log(program.summary);
}
