/**
 * Deterministic identifiers for the calendar and schedule exports.
 *
 * Every GUID is a name-based UUID (version 5, RFC 9562 §5.5): the same content gives the same
 * GUID on every build and machine, so calendar apps and schedule readers (Giggity, the c3voc
 * tracker, …) recognise a session they have already seen. SHA-1 is written out here, so the
 * module stays pure and also runs in the browser; the tests check it against node:crypto.
 */

import type { EventInfo, Session, Speaker } from './types';

/** The RFC 9562 namespace for names that are URLs. */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const utf8 = new TextEncoder();

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** The SHA-1 digest (20 bytes) of bytes or of a string's UTF-8 encoding. */
export function sha1(input: Uint8Array | string): Uint8Array {
  const data = typeof input === 'string' ? utf8.encode(input) : input;
  const bitLength = data.length * 8;
  // Message + 0x80 + zero padding + 64-bit length, rounded up to 64-byte blocks.
  const padded = new Uint8Array(Math.ceil((data.length + 9) / 64) * 64);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);

  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      const [f, k] =
        i < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : i < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : i < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + w[i]) >>> 0;
      e = d;
      d = c;
      c = rotl(b, 30) >>> 0;
      b = a;
      a = t;
    }
    h[0] = (h[0] + a) >>> 0;
    h[1] = (h[1] + b) >>> 0;
    h[2] = (h[2] + c) >>> 0;
    h[3] = (h[3] + d) >>> 0;
    h[4] = (h[4] + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  h.forEach((word, i) => outView.setUint32(i * 4, word));
  return out;
}

/** Lower-case hex of bytes. */
export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The 16 bytes of a UUID written as "xxxxxxxx-xxxx-…". */
function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new TypeError(`Not a UUID: ${uuid}`);
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** A name-based UUID, version 5: SHA-1 of the namespace bytes and the name's UTF-8. */
export function uuidV5(name: string, namespace: string): string {
  const ns = uuidBytes(namespace);
  const nameBytes = utf8.encode(name);
  const input = new Uint8Array(ns.length + nameBytes.length);
  input.set(ns);
  input.set(nameBytes, ns.length);
  const bytes = sha1(input).slice(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The name an event's GUIDs are namespaced by: its own URL, else a URN of its id. */
export const guidNamespaceName = (event: Pick<EventInfo, 'id' | 'url'>) =>
  event.url ?? `urn:conference-schedule:${event.id}`;

/**
 * GUIDs for one event's records. The namespace is the event's own URL (content, not the deploy
 * address), so moving the site to another host or base path keeps every GUID; an event without a
 * URL uses a URN of its id, which is just as stable.
 */
export interface Guids {
  /** The GUID the source gave the session, else a UUIDv5 of its code. */
  session: (session: Pick<Session, 'code' | 'guid'>) => string;
  room: (slug: string) => string;
  person: (slug: string) => string;
}

const cache = new Map<string, Guids>();

/** The GUID makers for an event (made once per namespace). */
export function guidsFor(event: Pick<EventInfo, 'id' | 'url'>): Guids {
  const name = guidNamespaceName(event);
  const known = cache.get(name);
  if (known) return known;
  const ns = uuidV5(name, NAMESPACE_URL);
  const guids: Guids = {
    session: (session) => session.guid ?? uuidV5(`session:${session.code}`, ns),
    room: (slug) => uuidV5(`room:${slug}`, ns),
    person: (slug) => uuidV5(`speaker:${slug}`, ns),
  };
  cache.set(name, guids);
  return guids;
}

/** The largest id to hand out: ConfClerk and other readers keep ids in signed 32-bit integers. */
const MAX_ID = 2 ** 31 - 1;

/** A decimal string naming a positive integer the readers can store ("42"; not "042", "0" or "1e3"). */
const positiveInteger = (text: string | undefined): number | undefined =>
  text && /^[1-9]\d{0,9}$/.test(text) && Number(text) <= MAX_ID ? Number(text) : undefined;

/** A stable id in 1..MAX_ID from a name: the first 31 bits of its SHA-1. */
const hashId = (name: string) => (new DataView(sha1(name).buffer).getUint32(0) % MAX_ID) + 1;

/** The next id after `id`, wrapping within 1..MAX_ID: the probe on a collision. */
const nextId = (id: number) => (id % MAX_ID) + 1;

/**
 * Numeric ids for speakers, unique within one file, as frab's `<person id>` (ConfClerk links a
 * session to its speakers by this id, and shows none without it). A speaker keeps the source's
 * id (`sourceId`) when it is a positive integer no other speaker has claimed first; the others,
 * in slug order, get a hash of the slug, moving to the next free number on a collision. The same
 * speakers always get the same ids, and adding a speaker changes no one else's id unless their
 * hashes collide.
 */
export function personIds(speakers: readonly Pick<Speaker, 'slug' | 'sourceId'>[]): Map<string, number> {
  const ids = new Map<string, number>();
  const taken = new Set<number>();
  const claim = (slug: string, id: number) => {
    while (taken.has(id)) id = nextId(id);
    taken.add(id);
    ids.set(slug, id);
  };
  const bySlug = [...speakers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const s of bySlug) {
    const id = positiveInteger(s.sourceId);
    if (id !== undefined && !taken.has(id) && !ids.has(s.slug)) claim(s.slug, id);
  }
  for (const s of bySlug) if (!ids.has(s.slug)) claim(s.slug, hashId(`speaker:${s.slug}`));
  return ids;
}

/**
 * The legacy numeric event ids of frab and c3voc (`<event id>`, required and positive): the
 * session's code when it is a positive integer (a pretalx or frab import keeps its ids), else its
 * program order, else its position; unique within the file, a taken number moving to the next
 * free one. Sessions are taken in the order given (the program's order).
 */
export function eventIds(sessions: readonly Pick<Session, 'code' | 'order'>[]): number[] {
  const ids: (number | undefined)[] = sessions.map((s) => positiveInteger(s.code));
  const taken = new Set<number>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (taken.has(id)) ids[i] = undefined;
    else taken.add(id);
  });
  return ids.map((id, i) => {
    if (id !== undefined) return id;
    let next = positiveInteger(String(sessions[i].order ?? '')) ?? i + 1;
    while (taken.has(next)) next = nextId(next);
    taken.add(next);
    return next;
  });
}
