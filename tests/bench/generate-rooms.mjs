/**
 * The in-person program with many rooms, deterministic for a seed: what a FOSDEM-like event looks
 * like to the site, at any number of rooms. It exists because the virtual program (generate.mjs)
 * has two rooms, and the timetable's cost grows with its columns, not only with its sessions.
 *
 * Shape: "Benchmark Conf" in Europe/Brussels, Saturday and Sunday 3–4 February 2024, 09:00–19:00.
 * Room 1 is the main hall (50-minute talks), room 2 the lightning-talk room (15–20 minutes), every
 * other room a devroom with one track a day, opening at 09:00–10:00, its sessions of 15–50 minutes
 * packed with a 5-minute changeover. Past `sessions` (default 25 a room: 1,000 for 40 rooms), the
 * fullest room-days close earlier, as devrooms do. One language, tracks without colours, 1.1 speaker
 * files a session. Written as a content folder by writeProgram (generate.mjs).
 */
import { asciiSlug, cap, dealer, NAMES, OPEN_SOURCE, prng, textOfLength, uniqueSlug } from './words.mjs';

const { topics: TOPICS, verbs: VERBS, contexts: CONTEXTS } = OPEN_SOURCE;
const DEVROOMS = OPEN_SOURCE.tracks.filter((t) => t !== 'Lightning Talks' && t !== 'Main Track');
const DAYS = ['2024-02-03', '2024-02-04'];
/** Central European Time: Brussels is at +01:00 all of February, so instants carry that offset. */
const OFFSET = '+01:00';
const OPEN = 9 * 60;
const CLOSE = 19 * 60;
const CHANGEOVER = 5;
const BUILDINGS = ['H', 'K', 'U', 'UA', 'UB', 'AW', 'J', 'D'];

/** Titles and abstracts about the session's two topics `a` and `b`, as real abstracts stay on their subject. */
const TITLE_PATTERNS = [
  (r, a) => `${r.pick(VERBS)} ${a} for ${r.pick(CONTEXTS)}`,
  (r, a) => `${cap(a)}: the state of the union ${r.int(2019, 2024)}`,
  (r, a) => `What's new in ${a}`,
  (r, a) => `${cap(a)} on ${r.pick(CONTEXTS)}: lessons from ${r.int(3, 40)} releases`,
  (r, a, b) => `Bringing ${a} to ${b}`,
  (r, a) => `A tour of ${a} internals`,
  (r, a, b) => `${r.pick(VERBS)} ${a} with ${b}`,
];
const SENTENCES = [
  (r, a) => `This talk presents the work done in ${a} over the last ${r.int(2, 30)} months.`,
  (r, a, b) => `We show how ${a} can be used with ${b} on ${r.pick(CONTEXTS)}.`,
  (r, a) => `The speaker maintains ${a} packages for ${r.pick(CONTEXTS)} and will share what broke, and why.`,
  (r, a) => `Expect live demos, benchmarks and a look at the roadmap of ${a}.`,
  (r, a, b) => `No prior knowledge of ${a} is required; familiarity with ${b} helps.`,
  (r, a) => `We will discuss upstreaming ${r.int(5, 400)} patches and working with the ${a} community.`,
  (r, a) => `The second half compares ${a} with ${r.pick(TOPICS)} and takes questions.`,
];

const clock = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const instant = (day, minutes) => `${day}T${clock(minutes)}:00${OFFSET}`;

function title(r, a, b) {
  for (;;) {
    const t = r.pick(TITLE_PATTERNS)(r, a, b);
    if (t.length >= 20 && t.length <= 90) return t;
  }
}

/** Room records: the main hall, the lightning-talk room, then devrooms named like lecture halls. */
function makeRooms(count) {
  const rooms = [
    { id: 'main-hall', name: 'Main hall', order: 1 },
    { id: 'lightning-room', name: 'Lightning room', order: 2 },
  ];
  for (let k = 2; k < count; k += 1) {
    const name = `${BUILDINGS[k % BUILDINGS.length]}.${1 + ((k >> 3) % 5)}.${100 + k}`;
    rooms.push({ id: asciiSlug(name), name, order: k + 1 });
  }
  return rooms.slice(0, count);
}

/** Each room-day's sessions, back to back from its opening until 19:00. */
function roomDays(r, rooms) {
  const plan = [];
  DAYS.forEach((day, d) => {
    rooms.forEach((room, k) => {
      const track =
        k === 0
          ? 'Main Track'
          : k === 1
            ? 'Lightning Talks'
            : DEVROOMS[(d * (rooms.length - 2) + k - 2) % DEVROOMS.length];
      const type = k === 0 ? 'main-track' : k === 1 ? 'lightning-talk' : 'devroom';
      const slots = [];
      let t = OPEN + (k < 2 ? 0 : r.pick([0, 0, 0, 30, 60]));
      for (;;) {
        const minutes =
          k === 0
            ? 50
            : k === 1
              ? r.pick([15, 20])
              : r.weighted([
                  [15, 1],
                  [20, 1],
                  [25, 2],
                  [30, 2],
                  [40, 3],
                  [50, 4],
                ]);
        if (t + minutes > CLOSE) break;
        slots.push({ day, room: room.id, roomIndex: k, track, type, start: t, end: t + minutes });
        t += minutes + CHANGEOVER;
      }
      plan.push(slots);
    });
  });
  return plan;
}

/**
 * The program (no files), as generateProgram returns it: { sessions, speakers, event, lists, summary }.
 * @param {number} roomCount rooms, at least 3
 * @param {{ seed?: number, sessions?: number }} [options] `sessions`: at most this many (default 25 a room)
 */
export function generateRoomsProgram(roomCount, { seed = 2024, sessions: limit = 25 * roomCount } = {}) {
  if (!Number.isInteger(roomCount) || roomCount < 3)
    throw new Error(`rooms${roomCount}: a program needs 3 rooms or more`);
  const r = prng(seed + roomCount);
  const rooms = makeRooms(roomCount);
  const plan = roomDays(r, rooms);
  // Trim to the limit from the end of the fullest room-days, so rooms close at different times.
  let total = plan.reduce((n, slots) => n + slots.length, 0);
  for (; total > limit; total -= 1) plan.reduce((a, b) => (b.length > a.length ? b : a)).pop();
  const slots = plan
    .flat()
    .sort((a, b) => a.day.localeCompare(b.day) || a.start - b.start || a.roomIndex - b.roomIndex);

  const people = [];
  const taken = new Set();
  for (let i = 0; i < Math.max(1, Math.round(slots.length * 1.1)); i += 1) {
    const name = `${r.pick(NAMES.first)} ${r.pick(NAMES.last)}`;
    const sp = { slug: uniqueSlug(asciiSlug(name), taken), name };
    if (r.next() < 0.4) sp.designation = r.pick(NAMES.roles);
    people.push(sp);
  }
  const deal = dealer({ all: people });
  const slugs = new Set();
  const sessions = slots.map((slot, i) => {
    const [a, b] = [r.pick(TOPICS), r.pick(TOPICS)];
    const t = title(r, a, b);
    const code = `r${String(i + 1).padStart(4, '0')}`;
    const s = {
      slug: uniqueSlug(asciiSlug(t), slugs),
      code,
      order: i + 1,
      title: t,
      speakers: deal(
        'all',
        r.weighted([
          [0, 1],
          [1, 80],
          [2, 15],
          [3, 4],
        ]),
      ),
      start: instant(slot.day, slot.start),
      end: instant(slot.day, slot.end),
      track: asciiSlug(slot.track),
      type: slot.type,
      language: 'en',
      room: slot.room,
    };
    if (r.next() < 0.8) s.video = `https://video.example.org/bench/${code}.webm`;
    if (r.next() < 0.3) s.slides = `https://example.org/slides/${code}.pdf`;
    const about = SENTENCES.map((sentence) => (rr) => sentence(rr, a, b));
    s.abstract = textOfLength(r, about, 200, 1000, ' ');
    return s;
  });

  const trackNames = [...new Set(slots.map((s) => s.track))];
  const event = {
    id: 'bench',
    name: 'Benchmark Conf',
    url: 'https://conf.example.org/',
    format: 'in-person',
    venue: 'Benchmark Campus',
    city: 'Brussels',
    timeZone: 'Europe/Brussels',
    firstDay: DAYS[0],
    lastDay: DAYS[DAYS.length - 1],
    locale: 'en',
    locales: ['en'],
  };
  const lists = {
    tracks: trackNames.map((name) => ({ id: asciiSlug(name), name })),
    languages: [{ id: 'en', name: 'English' }],
    types: [
      { id: 'main-track', name: 'Main track' },
      { id: 'devroom', name: 'Devroom talk' },
      { id: 'lightning-talk', name: 'Lightning talk' },
    ],
    rooms,
  };
  const summary = {
    sessions: sessions.length,
    speakers: people.length,
    days: DAYS.length,
    rooms: rooms.length,
    tracks: trackNames.length,
    perDay: Math.round(sessions.length / DAYS.length),
  };
  return { sessions, speakers: people, event, lists, summary };
}
