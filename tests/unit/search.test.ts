import { describe, expect, it } from 'vitest';
import {
  abstractFactor,
  allowedErrors,
  approximateRanges,
  createSearch,
  fold,
  highlight,
  MAX_TERMS,
  padCjk,
  queryTerms,
  searchDoc,
  type Range,
  type SearchDoc,
} from '../../src/lib/search';
import { programSearchDocs } from '../../src/lib/search-docs';
import { DEFAULT_CONTENT, loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

/** IstioCon: the ranking expectations are about its real titles, speakers and abstracts. */
const program = loadProgram(DEFAULT_CONTENT);
const docs = programSearchDocs(program);
const search = createSearch(docs);

const slugs = (query: string) => search(query).map((h) => h.slug);
const top = (query: string, n: number) => slugs(query).slice(0, n);
/** The sessions whose title matches, computed from the content rather than listed by hand. */
const titled = (pattern: RegExp) => docs.filter((d) => pattern.test(d.title)).map((d) => d.slug);
const spokenBy = (surname: string) =>
  program.sessions
    .filter((s) =>
      s.speakers.some((slug) => program.speakers.find((p) => p.slug === slug)?.name.endsWith(` ${surname}`)),
    )
    .map((s) => s.slug);
/** The text a hit's ranges mark, for readable assertions. */
const marked = (text: string, ranges: readonly Range[]) =>
  highlight(text, ranges)
    .filter((s) => s.mark)
    .map((s) => s.text);
const doc = (slug: string) => docs.find((d) => d.slug === slug) as SearchDoc;

describe('searchDoc', () => {
  it('joins names with native names, organisations once each, plain text on one line and facet names once each', () => {
    expect(
      searchDoc({
        slug: 'x',
        title: 'Title',
        start: '2023-03-26T10:00:00+02:00',
        speakers: [
          { name: 'Li Chen', nativeName: '陈立', designation: 'Engineer, Example' },
          { name: 'Ada', designation: 'Engineer, Example' },
          { name: 'Bo' },
        ],
        text: '  One\n  two  ',
        facets: ['Keynote', undefined, 'Keynote', 'Hall A', '', 'English'],
      }),
    ).toEqual({
      slug: 'x',
      title: 'Title',
      speakers: 'Li Chen 陈立, Ada, Bo',
      orgs: 'Engineer, Example',
      abstract: 'One two',
      facets: 'Keynote · Hall A · English',
      start: '2023-03-26T10:00:00+02:00',
    });
  });
});

describe('programSearchDocs', () => {
  const neutral = loadProgram(NEUTRAL_CONTENT);
  const neutralDocs = programSearchDocs(neutral);
  const neutralDoc = (slug: string) => neutralDocs.find((d) => d.slug === slug)!;

  it('has one document per session, in program order, with unique slugs', () => {
    expect(docs).toHaveLength(program.sessions.length);
    expect(docs.map((d) => d.slug)).toEqual(program.sessions.map((s) => s.slug));
    expect(new Set(docs.map((d) => d.slug)).size).toBe(docs.length);
    expect(neutralDocs.map((d) => d.slug)).toEqual(neutral.sessions.map((s) => s.slug));
  });

  it('names the speakers and their organisations, and keeps the text on one line', () => {
    expect(neutralDoc('schedulers')).toEqual({
      slug: 'schedulers',
      title: 'Fair schedulers in practice',
      speakers: 'Ada Example, Bo Sample',
      orgs: 'Engineer, Example Systems · Maintainer, Sample Project',
      abstract:
        'What the kernel does when you are not looking How fair schedulers share a CPU, with measurements from real ' +
        'machines. run queues latency A second paragraph about weights and <b>tags</b> that stay text.',
      facets: 'Systems and kernels · Systems · Talk · Hall A · English',
      start: '2023-03-25T09:30:00+01:00',
    });
    expect(neutralDoc('服务网格')).toMatchObject({ speakers: 'Li Chen 陈立', orgs: '工程师, 示例公司' });
    for (const d of [...docs, ...neutralDocs]) expect(d.abstract).not.toMatch(/\s{2}|\n|^\s|\s$/);
  });

  it('names every language of a session as the content and each interface language call it', () => {
    // The neutral program's only interface language is English.
    expect(neutralDoc('zweisprachig').facets).toBe('Community · Talk · Hall A · Deutsch · German · English');
    expect(neutralDoc('服务网格').facets).toBe(
      'Systems and kernels · Systems · Talk · Hall A · 中文 · Chinese · Simplified Chinese',
    );
    // IstioCon's pages are in English and Chinese: English is also 英语.
    const english = program.sessions.find((s) => s.languages.includes('en'))!;
    expect(doc(english.slug).facets.split(' · ')).toEqual(expect.arrayContaining(['English', '英语']));
    const chinese = program.sessions.find((s) => s.languages.includes('zh'))!;
    expect(doc(chinese.slug).facets.split(' · ')).toEqual(expect.arrayContaining(['中文', 'Chinese']));
  });

  it('gives the track’s name and label, the type and the room, and nothing for what is missing', () => {
    expect(doc('zero-trust-istio')).toMatchObject({ title: 'Zero Trust with Istio', speakers: 'Eric Brewer' });
    expect(doc('zero-trust-istio').facets.split(' · ')).toEqual(expect.arrayContaining(['Keynote', 'Livestream']));
    const withTwo = program.sessions.find((s) => s.speakers.length === 2 && s.track === 'tools-features-functionality');
    expect(withTwo).toBeDefined();
    const names = withTwo!.speakers.map((slug) => program.speakers.find((p) => p.slug === slug)!.name);
    expect(doc(withTwo!.slug).speakers).toBe(names.join(', '));
    expect(doc(withTwo!.slug).facets).toContain('Tools, features & functionality · Tools & Features');
    expect(neutralDoc('lightning').facets).toBe('Room C · English');
    expect(neutralDoc('overlap-a')).toMatchObject({ speakers: '', orgs: '' });
    for (const s of program.sessions.filter((x) => !x.speakers.length)) expect(doc(s.slug).speakers).toBe('');
  });

  it('gives no documents for a program without sessions', () => {
    expect(programSearchDocs({ ...neutral, sessions: [] })).toEqual([]);
  });
});

describe('createSearch: organisations, types, rooms and languages', () => {
  const speakerOf = (slug: string) => program.speakers.find((p) => p.slug === slug);
  /** IstioCon's sessions with a speaker whose designation matches, computed from the content. */
  const byOrg = (pattern: RegExp) =>
    program.sessions
      .filter((s) => s.speakers.some((sp) => pattern.test(speakerOf(sp)?.designation ?? '')))
      .map((s) => s.slug);

  it('finds every session of a speaker from Tetrate', () => {
    const expected = byOrg(/tetrate/i);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(slugs('Tetrate')).toEqual(expect.arrayContaining(expected));
    expect(slugs('tetrate')).toEqual(slugs('Tetrate'));
    // Exact mentions first; a one-edit match ("integrate") may follow, never precede them.
    const exact = slugs('Tetrate').map((slug) => fold(Object.values(doc(slug)).join(' ')).includes('tetrate'));
    expect(exact).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
  });

  it('finds the sessions of the speakers who work at 网易 (NetEase), and only those', () => {
    const expected = byOrg(/网易/);
    expect(expected.length).toBeGreaterThan(0);
    expect(slugs('网易').sort()).toEqual([...expected].sort());
  });

  it('finds the workshops by their type', () => {
    const workshops = program.sessions.filter((s) => s.type === 'workshop').map((s) => s.slug);
    expect(workshops.length).toBeGreaterThan(1);
    expect(slugs('workshop')).toEqual(expect.arrayContaining(workshops));
  });

  it('finds the sessions in a room by its name', () => {
    const streamed = program.sessions.filter((s) => s.room === 'livestream').map((s) => s.slug);
    expect(slugs('Livestream').sort()).toEqual(expect.arrayContaining(streamed.sort()));
    const neutralSearch = createSearch(programSearchDocs(loadProgram(NEUTRAL_CONTENT)));
    expect(
      neutralSearch('hall')
        .map((h) => h.slug)
        .sort(),
    ).toEqual(['closing', 'opening', 'schedulers', 'zweisprachig', '服务网格'].sort());
  });

  it('finds sessions by the name of their language, in either interface language', () => {
    const chinese = program.sessions.filter((s) => s.languages.includes('zh')).map((s) => s.slug);
    const english = program.sessions.filter((s) => s.languages.includes('en')).map((s) => s.slug);
    expect(chinese.length).toBeGreaterThan(5);
    expect(slugs('中文')).toEqual(expect.arrayContaining(chinese));
    expect(slugs('Chinese')).toEqual(expect.arrayContaining(chinese));
    expect(slugs('英语')).toEqual(expect.arrayContaining(english));
    expect(slugs('英语')).not.toEqual(expect.arrayContaining([chinese[0]]));
  });
});

describe('createSearch: ranking on the real program', () => {
  it('puts every eBPF session first for "ebpf"', () => {
    const expected = titled(/ebpf/i);
    expect(expected).toEqual(expect.arrayContaining(['ebpf-iptables', 'tcpip-bypass-ebpf', 'sidecarless-ebpf-envoy']));
    expect(top('ebpf', expected.length).sort()).toEqual([...expected].sort());
    expect(top('eBPF', expected.length).sort()).toEqual([...expected].sort());
  });

  it('puts Proxyless gRPC first for "grpc"', () => {
    expect(titled(/grpc/i)).toEqual(['proxyless-grpc']);
    expect(slugs('grpc')[0]).toBe('proxyless-grpc');
    expect(slugs('GRPC')[0]).toBe('proxyless-grpc');
  });

  it.each(['Brewer', 'Posta', 'Howard', 'Song'])("puts %s's sessions first for the surname", (surname) => {
    const expected = spokenBy(surname);
    expect(expected.length).toBeGreaterThan(0);
    expect(top(surname.toLowerCase(), expected.length).sort()).toEqual([...expected].sort());
  });

  it('finds the keynote by its speaker', () => {
    expect(slugs('Brewer')[0]).toBe('zero-trust-istio');
    expect(slugs('eric brewer')[0]).toBe('zero-trust-istio');
  });

  it('forgives "multicluster" for multi-cluster and multi cluster', () => {
    const expected = titled(/multi[- ]?cluster/i);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(top('multicluster', expected.length).sort()).toEqual([...expected].sort());
  });

  it('forgives "telemetery"', () => {
    expect(slugs('telemetery')[0]).toBe('understanding-the-new-istio-telemetry-api');
    expect(slugs('telemetry')[0]).toBe('understanding-the-new-istio-telemetry-api');
  });

  it('finds a Chinese phrase: 性能', () => {
    expect(titled(/性能/)).toEqual(['istio推送的性能优化经验']);
    expect(slugs('性能')[0]).toBe('istio推送的性能优化经验');
    expect(slugs(' 性能 ')[0]).toBe('istio推送的性能优化经验');
    expect(slugs('istio性能')[0]).toBe('istio推送的性能优化经验');
  });

  it('does not let Chinese titles outrank English ones just for having no spaces', () => {
    const first = search('istio')[0];
    expect(doc(first.slug).title).not.toMatch(/[\u3400-\u9fff]/);
    // Both titles name Kubernetes once; unpadded, the Chinese one would count as a single word and win
    // by orders of magnitude. Padded, the two score within a few per cent of each other.
    const score = (slug: string) => search('kubernetes').find((h) => h.slug === slug)!.score;
    expect(score('基于istio构建超大规模kubernetes集群的稳定性底盘')).toBeGreaterThan(
      score('controlling-kubernetes') * 0.9,
    );
  });

  it('ranks title and speaker matches above abstract-only matches', () => {
    for (const query of ['ebpf', 'grpc', 'telemetry', 'upgrade', 'kubernetes', 'gateway', 'security', 'brewer']) {
      const hits = search(query);
      const inTitle = hits.map((h) => h.title.length + h.speakers.length > 0);
      const firstAbstractOnly = inTitle.indexOf(false);
      expect(firstAbstractOnly === -1 || !inTitle.slice(firstAbstractOnly).includes(true), query).toBe(true);
      const expected = docs.filter((d) => fold(d.title).includes(query) || fold(d.speakers).includes(query)).length;
      expect(inTitle.filter(Boolean).length, query).toBeGreaterThanOrEqual(expected);
    }
  });

  it('requires every word (AND) and ranks the sessions that have them in the title first', () => {
    const hits = slugs('zero trust');
    expect(hits.slice(0, 3).sort()).toEqual(titled(/zero trust/i).sort());
    for (const slug of hits) {
      const text = fold(Object.values(doc(slug)).join(' '));
      expect(text.includes('zero') && text.includes('trust'), slug).toBe(true);
    }
    expect(slugs('ebpf grpc')).toEqual([]);
  });

  it('matches short words exactly, so they do not drag in noise', () => {
    expect(slugs('posta')).toEqual(spokenBy('Posta'));
    expect(slugs('grpc').every((s) => fold(Object.values(doc(s)).join(' ')).includes('grpc'))).toBe(true);
  });

  it('ignores case, accents and full-width forms', () => {
    expect(slugs('garcia')).toEqual(slugs('García'));
    expect(slugs('garcia').length).toBeGreaterThan(0);
    expect(slugs('ｅＢＰＦ')).toEqual(slugs('ebpf'));
  });

  it('returns best first with scores between 0 and 1', () => {
    for (const query of ['istio', 'service mesh', 'multicluster']) {
      const scores = search(query).map((h) => h.score);
      expect(scores.length).toBeGreaterThan(0);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
    }
  });
});

describe('createSearch: highlights', () => {
  it('marks the query in the title and the speakers, not fuzzy noise', () => {
    const [ebpf] = search('ebpf');
    expect(marked(doc(ebpf.slug).title, ebpf.title).map((t) => t.toLowerCase())).toEqual(['ebpf']);
    const [brewer] = search('brewer');
    expect(marked(doc(brewer.slug).speakers, brewer.speakers)).toEqual(['Brewer']);
    expect(brewer.title).toEqual([]);
    const [telemetry] = search('telemetery');
    expect(marked(doc(telemetry.slug).title, telemetry.title)).toEqual(['Telemetry']);
    const [chinese] = search('性能');
    expect(marked(doc(chinese.slug).title, chinese.title)).toEqual(['性能']);
  });

  it('marks every word of a multi-word query', () => {
    const [hit] = search('zero trust');
    expect(marked(doc(hit.slug).title, hit.title)).toEqual(['Zero', 'Trust']);
  });

  it('marks a misspelled word where it matches', () => {
    for (const hit of search('multicluster').slice(0, titled(/multi[- ]?cluster/i).length)) {
      expect(marked(doc(hit.slug).title, hit.title).map((t) => t.toLowerCase())).toContainEqual(
        expect.stringMatching(/^multi[- ]?cluster$/),
      );
    }
  });

  it('keeps ranges inside the text', () => {
    for (const query of ['istio', 'service mesh', 'multicluster', '网格', 'a']) {
      for (const hit of search(query)) {
        const d = doc(hit.slug);
        for (const [s, e] of hit.title) expect(0 <= s && s <= e && e < d.title.length).toBe(true);
        for (const [s, e] of hit.speakers) expect(0 <= s && s <= e && e < d.speakers.length).toBe(true);
      }
    }
  });
});

describe('createSearch: odd input', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(search('')).toEqual([]);
    expect(search('   \t\n ')).toEqual([]);
    expect(search('?!')).toEqual([]);
  });

  it('survives a 1,000-character query, bounding the words it searches', () => {
    // Speed is measured by `npm run bench`, not asserted here; the bound on words is what keeps it fast.
    for (const query of ['a'.repeat(1000), 'istio '.repeat(170).slice(0, 1000), 'service mesh security '.repeat(50)]) {
      expect(() => search(query)).not.toThrow();
    }
    expect(queryTerms('w1 w2 w3 w4 w5 w6 w7 w8 w9 w10')).toHaveLength(MAX_TERMS);
  });

  it('treats HTML as text', () => {
    expect(() => search('<img src=x onerror=alert(1)>')).not.toThrow();
    expect(search('<img src=x onerror=alert(1)>')).toEqual([]);
    expect(slugs('<b>grpc</b>')).toEqual([]);
    expect(slugs('"grpc"')).toEqual(slugs('grpc'));
  });

  it('works on an empty program', () => {
    expect(createSearch([])('istio')).toEqual([]);
  });
});

describe('helpers', () => {
  it('folds without changing length', () => {
    for (const text of ['García', 'Gergő', 'Zhihu‘s', 'ＡＢＣ', 'İstanbul', '性能', '😀 ok']) {
      expect(fold(text)).toHaveLength(text.length);
    }
    expect(fold('García ＡＢＣ Istio’s')).toBe("garcia abc istio's");
  });

  it('splits queries into folded words without edge punctuation', () => {
    expect(queryTerms('  Zero   TRUST, istio?  ')).toEqual(['zero', 'trust', 'istio']);
    expect(queryTerms('istio istio')).toEqual(['istio']);
    expect(queryTerms('性能　优化')).toEqual(['性能', '优化']);
    expect(queryTerms('istio性能')).toEqual(['istio', '性能']);
    expect(queryTerms('x'.repeat(100))[0]).toHaveLength(32);
  });

  it('allows more edits for longer words', () => {
    expect([1, 4, 5, 6, 10, 12, 32].map((n) => allowedErrors('x'.repeat(n)))).toEqual([0, 0, 0, 1, 1, 2, 3]);
  });

  it('pads Chinese text for the field-length norm and leaves other text alone', () => {
    expect(padCjk('Proxyless gRPC')).toBe('Proxyless gRPC');
    const padded = padCjk('istio推送的性能优化经验');
    expect(padded.startsWith('istio推送的性能优化经验')).toBe(true);
    expect(padded.split(' ')).toHaveLength(1 + 5);
  });

  it('finds approximate substrings', () => {
    expect(approximateRanges('understanding the new istio telemetry api', 'telemetery', 1)).toEqual([[28, 36]]);
    expect(approximateRanges('scaling with multi-cluster istio', 'multicluster', 2)).toEqual([[13, 25]]);
    expect(approximateRanges('grpc and grpc', 'grpc', 0)).toEqual([
      [0, 3],
      [9, 12],
    ]);
    expect(approximateRanges('a b a', 'a', 0)).toEqual([]);
    expect(approximateRanges('网格', '网', 0)).toEqual([[0, 0]]);
    expect(approximateRanges('', 'x', 0)).toEqual([]);
    expect(approximateRanges('text', '', 0)).toEqual([]);
  });
});

describe('highlight', () => {
  const join = (segments: { text: string; mark: boolean }[]) =>
    segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

  it('splits text at the ranges', () => {
    expect(highlight('Proxyless gRPC', [[10, 13]])).toEqual([
      { text: 'Proxyless ', mark: false },
      { text: 'gRPC', mark: true },
    ]);
    expect(
      join(
        highlight('abcdef', [
          [0, 0],
          [5, 5],
        ]),
      ),
    ).toBe('[a]bcde[f]');
  });

  it('returns the text unmarked without ranges, and nothing for empty text', () => {
    expect(highlight('Istio', [])).toEqual([{ text: 'Istio', mark: false }]);
    expect(highlight('', [[0, 3]])).toEqual([]);
  });

  it('merges overlapping, touching and unsorted ranges', () => {
    expect(
      join(
        highlight('abcdefghij', [
          [5, 7],
          [1, 3],
          [2, 4],
        ]),
      ),
    ).toBe('a[bcdefgh]ij');
    expect(
      join(
        highlight('abcdefghij', [
          [6, 8],
          [1, 2],
        ]),
      ),
    ).toBe('a[bc]def[ghi]j');
    expect(
      join(
        highlight('abcdefghij', [
          [1, 2],
          [1, 2],
        ]),
      ),
    ).toBe('a[bc]defghij');
  });

  it('clamps out-of-range and ignores inverted or invalid ranges', () => {
    expect(join(highlight('abc', [[-5, 0]]))).toBe('[a]bc');
    expect(join(highlight('abc', [[2, 99]]))).toBe('ab[c]');
    expect(join(highlight('abc', [[5, 9]]))).toBe('abc');
    expect(join(highlight('abc', [[2, 1]]))).toBe('abc');
    expect(join(highlight('abc', [[Number.NaN, 1]]))).toBe('abc');
    expect(join(highlight('abc', [[0, Number.POSITIVE_INFINITY]]))).toBe('[abc]');
  });

  it('never splits a surrogate pair and ignores malformed ranges', () => {
    expect(join(highlight('a😀b', [[1, 1]]))).toBe('a[😀]b');
    expect(join(highlight('a😀b', [[2, 3]]))).toBe('a[😀b]');
    expect(join(highlight('abc', [null, [1, 1]] as unknown as Range[]))).toBe('a[b]c');
    expect(join(highlight('abc', undefined as unknown as Range[]))).toBe('abc');
  });

  it('never loses or duplicates text', () => {
    const text = 'Istio multi-cluster traffic management';
    const ranges: Range[] = [
      [30, 2],
      [6, 18],
      [0, 4],
      [3, 7],
      [35, 100],
      [-1, -1],
    ];
    expect(
      highlight(text, ranges)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('createSearch: abstracts', () => {
  const docOf = (slug: string, abstract: string): SearchDoc => ({
    slug,
    title: `Talk ${slug}`,
    speakers: '',
    orgs: '',
    abstract,
    facets: '',
    start: '2023-01-01T10:00:00Z',
  });
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('match exactly: a word in an abstract is found, a misspelling of it is not', () => {
    const search = createSearch([docOf('a', `${filler(20)} observability ${filler(20)}`)]);
    expect(search('observability').map((h) => h.slug)).toEqual(['a']);
    expect(search('observabilty')).toEqual([]);
  });

  it('count more when short, as Fuse weighs a field by its length, and less than a title', () => {
    const search = createSearch([
      docOf('long', `${filler(200)} tracing`),
      docOf('short', `tracing ${filler(5)}`),
      { ...docOf('titled', ''), title: 'Tracing for everyone' },
    ]);
    expect(search('tracing').map((h) => h.slug)).toEqual(['titled', 'short', 'long']);
    expect(abstractFactor(fold(filler(5)))).toBeLessThan(abstractFactor(fold(filler(200))));
  });
});
