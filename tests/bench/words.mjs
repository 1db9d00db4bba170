/**
 * The raw material of the generated programs (tests/bench/generate.mjs, generate-rooms.mjs): a seeded
 * random source, word lists and text helpers. Lists are written as one string split on "|" so that
 * a few hundred names stay a few lines; the words are invented or generic, never a real event's.
 */

/** mulberry32: a small seeded PRNG, good enough for test data, so a seed always gives the same program. */
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

const list = (text) => text.split('|');

/** A service-mesh program (the virtual round-the-clock one), in English and Chinese. */
export const MESH = {
  topics: list(
    'multicluster service mesh|ambient mesh|zero trust security|mutual TLS|the eBPF dataplane|Envoy filters|' +
      'WebAssembly extensions|progressive delivery|canary upgrades|OpenTelemetry tracing|the Gateway API|' +
      'egress control|multi-tenancy|control plane scaling|sidecarless networking|VM workloads|' +
      'certificate management|rate limiting|fault injection|traffic mirroring|locality load balancing|' +
      'DNS proxying|proxyless gRPC|revision-based upgrades|policy as code|multicluster failover|' +
      'service discovery|external authorization|SPIFFE identities|Kubernetes ingress',
  ),
  companies: list(
    'Contoso|Northwind Bank|Fabrikam|Tailspin Air|Globex|Initech|Umbrella Networks|Wide World Importers|' +
      'Adatum|Litware|Proseware|Woodgrove|Coho Logistics|Lamna Health',
  ),
  contexts: list(
    'production|a regulated bank|hybrid cloud|the edge|a 5G core|a retail platform|thousands of namespaces|' +
      'a multi-region setup|air-gapped clusters|a startup',
  ),
  zhTopics: list(
    '多集群服务网格|零信任安全|可观测性|数据平面加速|控制平面扩展|流量管理|灰度发布|证书管理|多租户隔离|网关|' +
      '微服务治理|性能优化|基于 eBPF 的网络|无边车架构',
  ),
  zhCompanies: list('某银行|某电商平台|某云厂商|某游戏公司|某物流企业|某运营商'),
};

/** An open-source developer meeting (the in-person program with many rooms): devrooms and projects. */
export const OPEN_SOURCE = {
  topics: list(
    'Rust|the Linux kernel|live patching|Go|Python packaging|PostgreSQL|SQLite|RISC-V|WebAssembly|' +
      'eBPF|Nix|Guix|LLVM|GCC|GStreamer|PipeWire|Wayland|Mesa drivers|KDE Plasma|GNOME|Firefox|' +
      'OpenStreetMap|Matrix|ActivityPub|Jitsi|LibreOffice|Ruby|Erlang and Elixir|Haskell|OCaml|Julia|' +
      'Kubernetes|Podman|systemd|FreeBSD|OpenBSD|Zephyr RTOS|Yocto|U-Boot|Tor|OpenSSL|Sigstore|' +
      'reproducible builds|software bills of materials|GPU drivers',
  ),
  verbs: list('Porting|Fuzzing|Profiling|Packaging|Securing|Testing|Debugging|Scaling|Shipping|Teaching'),
  contexts: list(
    'embedded boards|a small team|a distribution|the browser|a university|a public administration|' +
      'low-end phones|a CI farm|ten years of legacy code|the desktop',
  ),
  tracks: list(
    'Rust|Kernel|Go|Python|Databases|RISC-V|WebAssembly|Declarative and Minimalistic Computing|' +
      'Distributions|Graphics|Open Media|Embedded, Mobile and Automotive|Containers|Security|' +
      'Software Defined Networking|Mozilla|Open Source Design|Community|Legal and Policy|Testing and Automation|' +
      'Free Java|LLVM|GCC|Collaboration|Geospatial|Real Time Communications|Energy|Confidential Computing|' +
      'Microkernel and Component-based OS|Monitoring and Observability|Package Management|Public Code|' +
      'Open Hardware|Retrocomputing|Music Production|Science and HPC|Education|Ruby|Erlang, Elixir and Friends|' +
      'Haskell|OCaml|Julia|JavaScript|Web Performance|Accessibility|Localization|Translations|Identity and Access|' +
      'Firmware|BSD|Virtualization|Network Management|Email|Search|Open Research|Low-code|Emulator Development|' +
      'Lightning Talks|Main Track',
  ),
};

export const NAMES = {
  first: list(
    'Ana|Ben|Chloe|Dev|Elena|Farid|Grace|Hiro|Ines|Jonas|Kemi|Liam|Maya|Nikhil|Olga|Pedro|Quinn|Rosa|Sami|' +
      'Tara|Uma|Victor|Wen|Yara|Zoe',
  ),
  last: list(
    'Alvarez|Brown|Costa|Dubois|Eriksen|Fischer|Garcia|Haddad|Ivanova|Jensen|Kowalski|Lopez|Müller|Nakamura|' +
      'Okafor|Patel|Rossi|Schmidt|Tanaka|Van Dijk',
  ),
  zhFirst: list('Wei|Fang|Lei|Jing|Hao|Min|Yun|Tao|Xin|Bo|Lan|Jun'),
  zhLast: list('Zhang|Wang|Li|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Sun'),
  roles: list('Software Engineer|Staff Engineer|SRE|Platform Architect|Developer Advocate|Engineering Manager'),
};

export const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** An ASCII slug of at most seven words, as the site's URLs use. */
export const asciiSlug = (s) =>
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

/** A slug not yet in `taken` (which it joins): `base`, else `base-2`, `base-3`… */
export function uniqueSlug(base, taken) {
  let slug = base;
  for (let k = 2; taken.has(slug); k += 1) slug = `${base}-${k}`;
  taken.add(slug);
  return slug;
}

/** YAML double-quoted scalar: JSON's escapes are valid YAML. */
export const q = (s) => JSON.stringify(s);

/** Sentences from `sentences` joined until the text is between `lo` and `hi` characters long. */
export function textOfLength(r, sentences, lo, hi, joiner) {
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

/**
 * Speakers are dealt from a cycling queue per pool, so everyone gets a session or two and the
 * number of speaker pages stays proportional to the program.
 */
export function dealer(pools) {
  const cursor = Object.fromEntries(Object.keys(pools).map((k) => [k, 0]));
  return (pool, count) => {
    const people = pools[pool];
    const out = new Set();
    while (out.size < Math.min(count, people.length)) out.add(people[cursor[pool]++ % people.length].slug);
    return [...out];
  };
}
