import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test,
  type Browser,
  type BrowserContextOptions,
  type Page,
  type PlaywrightTestArgs,
  type PlaywrightTestOptions,
  type PlaywrightWorkerArgs,
  type PlaywrightWorkerOptions,
  type TestInfo,
} from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Program, Session } from '../../src/lib/types';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';
import { distFiles, ROOT } from '../helpers/dist';
import { clockIn, conferenceDay, longDay } from '../helpers/clock';
import { buildProgram, removeProgram, type ProgramBuild, type Source } from '../helpers/program-build';
import { serveDist } from '../helpers/static-server';
import { largestListPage, largestSessionPage, pageCost, searchIndex } from '../bench/assets.mjs';
import { validateC3voc, validateFrab, withoutDayChange, xmllintErrors, xpath } from '../unit/fixtures/validators';

/**
 * Other programs import, build and work: FOSDEM 2024 (674 sessions in 32 rooms, a page per day),
 * a pretalx c3voc export, a Sessionize export, the neutral fixture (day change over a DST night)
 * and a program with no sessions yet. Each is imported by the real CLI and built once in its
 * suite's beforeAll (tests/helpers/program-build.ts: in America/Los_Angeles, which no event uses),
 * served, and read in Chromium: without JavaScript in the event's zone, with it in the viewer's.
 * It replaces large-program.spec.ts: FOSDEM is the large program (a page per conference day).
 */
test.describe.configure({ mode: 'default' });

/** A browser without JavaScript, in a zone no event uses: what it shows is the event's own time. */
const NO_JS: BrowserContextOptions = { javaScriptEnabled: false, timezoneId: 'Pacific/Chatham' };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
/** The WCAG AA rules whose outcome depends on colours, so on the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const EN = JSON.parse(readFileSync(join(ROOT, 'src/i18n/en.json'), 'utf8')) as Record<string, unknown>;
/** What Astro leaves in an --outDir outside the project (withastro/astro#14903); never part of the site. */
const LEFTOVERS = /^(collections\/|content-(assets|modules)\.mjs$|data-store\.json$|settings\.json$)/;

/** An interface message of the English dictionary with its placeholders filled. */
function en(key: string, params: Record<string, string | number> = {}): string {
  const message = EN[key];
  if (typeof message !== 'string') throw new Error(`no message ${key}`);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A plural message of the English dictionary, by `n`. */
function plural(key: string, params: Record<string, number>): string {
  const forms = EN[key] as Record<string, string>;
  const form = forms[new Intl.PluralRules('en').select(params.n)] ?? forms.other;
  return form.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The zone note of a page rendered in the event's zone ("Times are in Brussels (Europe/Brussels, UTC+1)."). */
function zoneNote(zone: string, at: string): string {
  const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(at))
    .find((p) => p.type === 'timeZoneName')!
    .value.replace('GMT', 'UTC');
  const city = EN[`zone.${zone}`];
  const where =
    zone === 'UTC'
      ? 'UTC'
      : typeof city === 'string'
        ? en('zone.named', { city, iana: zone.replace(/_/g, ' '), offset: offset === 'UTC' ? 'UTC' : offset })
        : en('zone.unnamed', { iana: zone.replace(/_/g, ' '), offset });
  return en('zone.note', { zone: where });
}

type Fixtures = PlaywrightTestArgs & PlaywrightTestOptions & PlaywrightWorkerArgs & PlaywrightWorkerOptions;
type It = (name: string, body: (fixtures: Fixtures, info: TestInfo) => Promise<void>) => void;

/** A built program, served. */
interface Site {
  build: ProgramBuild;
  program: Program;
  url: (path: string) => string;
}

/**
 * A suite for one program: imports (or writes) and builds it in beforeAll, serves it, and removes
 * the build afterwards, unless a test failed before the last one: Playwright then runs the rest in
 * a new worker, whose beforeAll finds the build and reuses it.
 */
function programSuite(
  key: string,
  title: string,
  source: Source,
  options: BrowserContextOptions,
  body: (site: () => Site, it: It) => void,
) {
  test.describe(title, () => {
    test.use(options);
    let site: Site | undefined;
    let close: (() => Promise<void>) | undefined;
    let keep = false;
    const titles: string[] = [];
    const it: It = (name, fn) => {
      titles.push(name);
      test(name, fn);
    };

    test.beforeAll(async () => {
      test.setTimeout(300_000);
      const build = await buildProgram(key, source);
      expect(
        build.build.status,
        `${title} should build:\n${(build.build.stderr || build.build.stdout).slice(-3000)}`,
      ).toBe(0);
      const server = await serveDist(build.dist);
      close = server.close;
      site = {
        build,
        program: loadProgram(build.content),
        url: (path) => `${server.origin}${server.base}${path.replace(/^\//, '')}`,
      };
      console.log(
        `[programs] ${title}${build.reused ? ' (the build of this run, reused after a failure)' : ''}: ${site.program.sessions.length} sessions; build ${build.seconds.toFixed(1)} s wall, ` +
          `peak ${build.peakMiB} MiB (${distFiles('.html', build.dist).length} pages)`,
      );
    });
    test.afterEach(() => {
      const info = test.info();
      if (info.status !== info.expectedStatus && info.title !== titles.at(-1)) keep = true;
    });
    test.afterAll(async () => {
      await close?.();
      if (!keep) removeProgram(key);
    });
    body(() => site!, it);
  });
}

/** A page in a new context (NO_JS for a browser without JavaScript); close() closes the context. */
async function open(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** Every card of a list page: its session, its day section, its room, the clock and room name it shows. */
function listCards(page: Page) {
  return page.locator('article[data-slug]').evaluateAll((cards) =>
    cards.map((card) => ({
      slug: card.getAttribute('data-slug')!,
      date: card.closest('section[data-date]')?.getAttribute('data-date') ?? '',
      heading: card.closest('section[data-date]')?.querySelector('h2')?.textContent?.trim() ?? '',
      room: card.getAttribute('data-room')!,
      from: card.querySelector('[data-part="from"]')?.textContent ?? '',
      // Not innerText: cards off screen skip layout (content-visibility), and innerText skips them.
      roomText: [...card.querySelectorAll<HTMLElement>('.badge-room')]
        .filter((b) => getComputedStyle(b).display !== 'none' && getComputedStyle(b).visibility !== 'hidden')
        .map((b) => b.textContent ?? '')
        .join(' '),
    })),
  );
}

/**
 * The list without JavaScript: every session exactly once over the list pages, under its
 * conference day in the event's zone, at the event's clock, naming its room when there are
 * several; the zone note and the page chrome name the event's zone and the event.
 */
async function checkListWithoutJs(browser: Browser, site: Site, paths: string[]) {
  const { program } = site;
  const { event } = program;
  const { page, close } = await open(browser, NO_JS);
  const cards: Awaited<ReturnType<typeof listCards>> = [];
  for (const path of paths) {
    await page.goto(site.url(path));
    if (program.sessions.length)
      await expect(page.locator('[data-zone-note]')).toHaveText(zoneNote(event.timeZone, program.sessions[0].start));
    await expect(page.locator('.nojs')).toHaveText(
      en('tools.noJs', { zone: (EN[`zone.${event.timeZone}`] as string) ?? event.timeZone.split('/').pop() }),
    );
    await expect(page).toHaveTitle(new RegExp(`${event.name} schedule$`));
    await expect(page.locator('header.site-header')).toContainText(event.name);
    await expect(page.locator('h1')).toHaveText(en('program.heading', { event: event.name }));
    const footer = page.locator('footer');
    if (event.url) await expect(footer.locator(`a[href="${event.url}"]`)).toBeVisible();
    else await expect(footer).toContainText(en('footer.noUrl'));
    // The languages: named in the lede and on each card only when the program has several.
    const names = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(
      program.languages.map((l) => new Intl.DisplayNames('en', { type: 'language' }).of(l.code) ?? l.name),
    );
    if (program.languages.length > 1) await expect(page.locator('.lede')).toContainText(names);
    else {
      await expect(page.locator('.lede')).not.toContainText(names);
      await expect(page.locator('article .badge-lang')).toHaveCount(0);
    }
    cards.push(...(await listCards(page)));
  }
  await close();
  const byslug = new Map(program.sessions.map((s) => [s.slug, s]));
  const rooms = new Map(program.rooms.map((r) => [r.slug, r.name]));
  expect(cards.map((c) => c.slug).sort(), 'every session exactly once').toEqual(
    program.sessions.map((s) => s.slug).sort(),
  );
  const wrong = cards.flatMap((c) => {
    const s = byslug.get(c.slug)!;
    const day = conferenceDay(s.start, event.timeZone, event.dayChange);
    const problems = [
      c.date === day && c.heading === longDay(day, 'en') ? '' : `under ${c.date} "${c.heading}", not ${day}`,
      c.from === clockIn(s.start, event.timeZone) ? '' : `shows ${c.from}, not ${clockIn(s.start, event.timeZone)}`,
      c.room === s.room ? '' : `data-room ${c.room}, not ${s.room}`,
      rooms.size < 2 || c.roomText.includes(rooms.get(s.room)!) ? '' : `does not show its room ${rooms.get(s.room)}`,
    ].filter(Boolean);
    return problems.length ? [`${c.slug}: ${problems.join('; ')}`] : [];
  });
  expect(wrong).toEqual([]);
}

/** Every built HTML file that matches `pattern`. */
const htmlMatching = (dist: string, pattern: RegExp) =>
  distFiles('.html', dist).filter((file) => pattern.test(readFileSync(join(dist, file), 'utf8')));

/**
 * What the build wrote: no trace of IstioCon in any page, and /zh/ pages (with hreflang links and
 * a language switch) exactly when the event lists zh-Hans among its interface languages.
 */
async function checkBuiltFiles(page: Page, site: Site) {
  const { dist } = site.build;
  expect(htmlMatching(dist, /istio/i), 'pages that mention IstioCon').toEqual([]);
  const zh = site.program.event.locales.includes('zh-Hans');
  expect(existsSync(join(dist, 'zh/index.html')), '/zh/ pages').toBe(zh);
  await page.goto(site.url('/'));
  await expect(page.locator('link[hreflang]')).toHaveCount(zh ? 3 : 0);
  await expect(page.getByRole('list', { name: en('lang.switch') })).toHaveCount(zh ? 1 : 0);
}

/** The frab XSD accepts the document but for <day_change>, which ConfClerk needs (see tests/unit/frab.test.ts). */
function expectFrabValid(xml: string) {
  const stripped = validateFrab(withoutDayChange(xml));
  expect(stripped.errors).toContain('validates');
  const full = validateFrab(xml);
  if (!full.valid)
    expect(xmllintErrors(full.errors)).toEqual([
      expect.stringMatching(/Element 'day_change': This element is not expected\.$/),
    ]);
}

/** The three exports, read back by independent checkers: one event per session in each. */
async function checkExports(page: Page, site: Site) {
  const n = site.program.sessions.length;
  const get = async (path: string) => {
    const response = await page.request.get(site.url(path));
    expect(response.status(), path).toBe(200);
    return response.text();
  };
  const xml = await get('/schedule.xml');
  expectFrabValid(xml);
  expect(xpath(xml, 'count(//event)')).toBe(String(n));
  const json = JSON.parse(await get('/schedule.json')) as {
    schedule: { conference: { days: { rooms: Record<string, unknown[]> }[] } };
  };
  const c3voc = validateC3voc(json);
  expect(c3voc.errors).toEqual([]);
  expect(c3voc.valid).toBe(true);
  const events = json.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
  expect(events).toHaveLength(n);
  const calendar = new ICAL.Component(ICAL.parse(await get('/schedule.ics')) as unknown[]);
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(n);
}

/**
 * Axe's WCAG 2.2 A/AA findings on each path, as readable lines: every rule in the light scheme,
 * and the rules a colour scheme can change in the dark one. Axe takes half a minute on a FOSDEM
 * day of 349 cards (most of it contrast and target size), so two audits run at a time.
 */
async function checkAxe(browser: Browser, site: Site, paths: string[]) {
  const contexts = new Map(
    await Promise.all(
      SCHEMES.map(async (scheme) => [scheme, await browser.newContext({ colorScheme: scheme })] as const),
    ),
  );
  const queue = SCHEMES.flatMap((scheme) => paths.map((path) => ({ scheme, path })));
  const found: string[] = [];
  const audit = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      const { scheme, path } = task;
      const page = await contexts.get(scheme)!.newPage();
      const response = await page.goto(site.url(path));
      expect(response?.status(), path).toBe(200);
      if (await page.locator('ic-program').count()) await expect(page.locator('[data-search]')).toBeEnabled();
      const axe = new AxeBuilder({ page }).setLegacyMode(true);
      const { violations } = await (scheme === 'light' ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES)).analyze();
      for (const v of violations)
        for (const node of v.nodes)
          found.push(`${decodeURI(path)} [${scheme}]: ${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}`);
      await page.close();
    }
  };
  await Promise.all([audit(), audit()]);
  for (const context of contexts.values()) await context.close();
  expect(found.sort()).toEqual([]);
}

/**
 * A session page in the event's zone, on a page without JavaScript: day, clock, room, speakers,
 * and an abstract with no script in it.
 */
async function checkSessionWithoutJs(page: Page, site: Site, slug: string) {
  const { program } = site;
  const s = program.sessions.find((x) => x.slug === slug)!;
  const zone = program.event.timeZone;
  await page.goto(site.url(`/sessions/${encodeURIComponent(slug)}/`));
  await expect(page.locator('h1')).toHaveText(s.title);
  const when = page.locator('[data-fact="session"]');
  // The calendar day of the start in the event's zone (day 0 changes at midnight).
  await expect(when.locator('[data-part="day"]')).toHaveText(longDay(conferenceDay(s.start, zone), 'en'));
  await expect(when.locator('[data-part="from"]')).toHaveText(clockIn(s.start, zone));
  await expect(when.locator('[data-part="to"]')).toHaveText(clockIn(s.end, zone));
  const room = program.rooms.find((r) => r.slug === s.room)!.name;
  if (program.rooms.length > 1) await expect(page.locator('.badge-room')).toContainText(room);
  for (const speaker of s.speakers) {
    const name = program.speakers.find((p) => p.slug === speaker)!.name;
    await expect(page.locator(`main a[href="/speakers/${encodeURIComponent(speaker)}/"]`).first()).toContainText(name);
  }
  await expect(page.locator('main script')).toHaveCount(0);
}

/** The session page's start, rewritten by the island in the browser's zone. */
async function expectSessionInViewerZone(page: Page, site: Site, slug: string, zone: string) {
  const s = site.program.sessions.find((x) => x.slug === slug)!;
  await page.goto(site.url(`/sessions/${encodeURIComponent(slug)}/`));
  await expect(page.locator('[data-fact="session"] [data-part="from"]')).toHaveText(clockIn(s.start, zone));
  await expect(page.locator('[data-fact="session"] [data-part="event"]')).not.toBeEmpty();
  await expect(page.locator('[data-fact="session"] [data-part="to"]')).toHaveText(clockIn(s.end, zone));
}

const onDay = (sessions: Session[], date: string, zone: string, dayChange: number) =>
  sessions.filter((s) => conferenceDay(s.start, zone, dayChange) === date);

/* ------------------------------------------------------------------------------------------ */

const FOSDEM_DAY2 = '2024-02-04';
const TURTLESTITCH = 'fosdem-2024-1861-creative-coding-with-turtlestitch';

programSuite(
  'fosdem',
  'FOSDEM 2024 (frab XML, 674 sessions, 32 rooms)',
  { import: 'tests/fixtures/real/fosdem-2024.schedule.xml', args: ['--zone', 'Europe/Brussels'] },
  { timezoneId: 'America/New_York' },
  (site, it) => {
    it('imports through the CLI with its counts, and builds', async ({ page }) => {
      const { build, program } = site();
      expect(build.imported?.status).toBe(0);
      expect(build.imported?.stderr).toContain(
        'Imported FOSDEM 2024 from tests/fixtures/real/fosdem-2024.schedule.xml (frab schedule.xml)',
      );
      expect(build.imported?.stderr).toContain('674 sessions, 738 speakers, 32 rooms, 55 tracks, 3 types, 1 language');
      expect(program.sessions).toHaveLength(674);
      expect(program.rooms).toHaveLength(32);
      expect(program.event).toMatchObject({
        timeZone: 'Europe/Brussels',
        firstDay: '2024-02-03',
        lastDay: '2024-02-04',
      });
      expect(htmlMatching(build.dist, /中文/), 'pages that offer Chinese').toEqual([]);
      await checkBuiltFiles(page, site());
      // Every build into an outside --outDir has these (the other programs' too): checked once, here.
      const leftovers = distFiles('', build.dist).filter((f) => LEFTOVERS.test(f));
      expect(leftovers, 'files Astro copied from .astro/ into --outDir (withastro/astro#14903)').toEqual([]);
    });

    it('stays within the byte budgets of a FOSDEM-size program (gzip -9)', async () => {
      const { dist } = site().build;
      // Issue #10's targets are the list page (100 kB) and the JS at load (12 kB); the others are
      // the figures measured on 2026-11-29 plus about 10%: raising one is a decision.
      const BUDGET = { listHtml: 100_000, gridHtml: 82_000, js: 12_000, searchIndex: 53_500, sessionHtml: 9_600 };
      const over: string[] = [];
      const within = (what: string, bytes: number, budget: number) =>
        bytes > budget && over.push(`${what}: ${bytes.toLocaleString('en-US')} > ${budget.toLocaleString('en-US')}`);
      const list = largestListPage(dist);
      for (const page of [list, 'grid/index.html', `grid/${FOSDEM_DAY2}/index.html`]) {
        const cost = pageCost(dist, page, '/');
        within(`HTML of ${page}`, cost.html.gzip, page === list ? BUDGET.listHtml : BUDGET.gridHtml);
        within(`JS loaded by ${page}`, cost.js.gzip, BUDGET.js);
      }
      within('search/index.json', searchIndex(dist).index?.gzip ?? Infinity, BUDGET.searchIndex);
      const session = largestSessionPage(dist) ?? 'sessions/(none)';
      within(`HTML of ${session}`, pageCost(dist, session, '/').html.gzip, BUDGET.sessionHtml);
      expect(over).toEqual([]);
    });

    it('lists every session once over its two day pages, by Brussels day, without JavaScript', async ({ browser }) => {
      test.setTimeout(60_000);
      await checkListWithoutJs(browser, site(), ['/', `/days/${FOSDEM_DAY2}/`]);
    });

    it('pages by conference day: the pager links the days, search lists matches on the other day', async ({ page }) => {
      const { program, url } = site();
      const { timeZone, dayChange } = program.event;
      const [first, second] = [program.event.firstDay, FOSDEM_DAY2].map((d) =>
        onDay(program.sessions, d, timeZone, dayChange),
      );
      expect(first.length + second.length).toBe(674);
      const label = en('pager.label', { zone: 'Brussels' });
      for (const [root, day2] of [
        ['/', `/days/${FOSDEM_DAY2}/`],
        ['/grid/', `/grid/${FOSDEM_DAY2}/`],
      ]) {
        await page.goto(url(root));
        await expect(page.locator('article[data-slug]')).toHaveCount(first.length);
        const pager = page.getByRole('navigation', { name: label });
        await expect(pager.getByRole('link')).toHaveCount(2);
        await expect(pager.getByRole('link').nth(0)).toHaveAttribute('aria-current', 'page');
        await pager.getByRole('link').nth(1).click();
        await expect(page).toHaveURL(new RegExp(`${day2}$`));
        await expect(page.locator('article[data-slug]')).toHaveCount(second.length);
        await expect(page.getByRole('navigation', { name: label }).getByRole('link').nth(1)).toHaveAttribute(
          'aria-current',
          'page',
        );
      }
      // Search on one day's page finds a session of the other day, and links to it.
      const cases: [string, Session][] = [
        ['/', second.find((s) => s.title === 'Connecting IBM AIX to Red Hat Identity Manager (FreeIPA)') ?? second[40]],
        [`/days/${FOSDEM_DAY2}/`, first.find((s) => s.slug === TURTLESTITCH)!],
      ];
      for (const [path, other] of cases) {
        await page.goto(url(`${path}?q=${encodeURIComponent(other.title)}`));
        const box = page.locator('[data-elsewhere]');
        await expect(box).toBeVisible();
        await expect(box.getByRole('link', { name: other.title })).toHaveAttribute(
          'href',
          `/sessions/${encodeURIComponent(other.slug)}/`,
        );
      }
    });

    it('keeps every room readable in the timetable at 1280 px, in a frame that scrolls both ways', async ({
      page,
    }, info) => {
      const { program, url } = site();
      const { timeZone, dayChange } = program.event;
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const [path, date] of [
        ['/grid/', program.event.firstDay],
        [`/grid/${FOSDEM_DAY2}/`, FOSDEM_DAY2],
      ]) {
        await page.goto(url(path));
        await expect(page.locator('[data-search]')).toBeEnabled();
        const frame = page.locator('[data-frame]:visible');
        await expect(frame).toHaveCount(1);
        // A column per room in use that day (24 and 23 of the 32; six rooms have no session), in rooms.yaml order.
        const inUse = new Set(onDay(program.sessions, date, timeZone, dayChange).map((s) => s.room));
        const heads = frame.locator('.room-head');
        await expect(heads).toHaveText(program.rooms.filter((r) => inUse.has(r.slug)).map((r) => r.name));
        const boxes = await heads.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
        expect(boxes.filter((b) => b.width < 150).length, `${path}: room columns narrower than 150 px`).toBe(0);
        const sorted = [...boxes].sort((a, b) => a.left - b.left);
        const overlaps = sorted.slice(1).filter((b, i) => b.left < sorted[i].right - 0.5);
        expect(overlaps, `${path}: room heads that overlap`).toEqual([]);
        const sizes = await frame.evaluate((f) => ({
          frame: [f.scrollWidth, f.clientWidth],
          page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
        }));
        expect(sizes.frame[0], `${path}: the frame scrolls sideways`).toBeGreaterThan(sizes.frame[1]);
        expect(sizes.page[0], `${path}: the page itself never scrolls sideways`).toBeLessThanOrEqual(sizes.page[1]);
      }
      await page.goto(url('/grid/'));
      const frame = page.locator('[data-frame]:visible');
      await frame.evaluate((f) => f.scrollIntoView({ block: 'start' }));
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: info.outputPath(`fosdem-grid-1280-${scheme}.png`) });
      }
      // Scrolled right and down, the room names stay at the top and the times at the left.
      await frame.evaluate((f) => f.scrollTo(f.scrollWidth / 2, 600));
      const sticky = await frame.evaluate((f) => {
        const box = f.getBoundingClientRect();
        const inside = (r: DOMRect) =>
          r.left >= box.left &&
          r.right <= Math.min(box.right, innerWidth) &&
          r.top >= box.top &&
          r.bottom <= Math.min(box.bottom, innerHeight);
        // The heads and labels wholly in the frame and the window, and whether each is on top at its centre.
        const shown = (selector: string) =>
          [...f.querySelectorAll(selector)].flatMap((el) => {
            const r = el.getBoundingClientRect();
            if (!inside(r)) return [];
            const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return [{ dx: r.left - box.left, dy: r.top - box.top, onTop: !!top && el.contains(top) }];
          });
        return { scrolled: [f.scrollLeft, f.scrollTop], heads: shown('.room-head'), labels: shown('.tick-label') };
      });
      expect(sticky.scrolled[0]).toBeGreaterThan(0);
      expect(sticky.scrolled[1]).toBeGreaterThan(0);
      expect(sticky.heads.length, 'room names in view after scrolling').toBeGreaterThan(3);
      expect(
        sticky.heads.filter((h) => h.dy > 3 || !h.onTop),
        'room names off the top or covered',
      ).toEqual([]);
      expect(sticky.labels.length, 'times in view after scrolling').toBeGreaterThan(3);
      expect(
        sticky.labels.filter((l) => l.dx > 3 || !l.onTop),
        'times off the left or covered',
      ).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.screenshot({ path: info.outputPath('fosdem-grid-1280-scrolled.png') });
    });

    it('shows the timetable as an agenda at 390 px: cards one under the other, no sideways scroll', async ({
      page,
    }, info) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(site().url('/grid/'));
      await expect(page.locator('[data-search]')).toBeEnabled();
      const slots = page.locator('[data-frame]:visible .slot:visible');
      const first = await slots.evaluateAll((els) =>
        els.slice(0, 12).map((e) => ({
          box: e.getBoundingClientRect().toJSON() as DOMRect,
          start: e.querySelector('article')!.getAttribute('data-start')!,
        })),
      );
      expect(first).toHaveLength(12);
      const starts = first.map((f) => Date.parse(f.start));
      expect(starts, 'the agenda reads in time order').toEqual([...starts].sort((a, b) => a - b));
      const boxes = first.map((f) => f.box);
      const stacked = boxes
        .slice(1)
        .filter((b, i) => b.top < boxes[i].bottom - 1 || Math.abs(b.left - boxes[0].left) > 1);
      expect(stacked, 'cards beside or over the one before').toEqual([]);
      expect(boxes.every((b) => b.right <= 390)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await slots.first().scrollIntoViewIfNeeded();
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: info.outputPath(`fosdem-grid-390-${scheme}.png`) });
      }
    });

    it('keeps both day pages of the list within 390 px and still while New York times are written in', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const longest = [...site().program.tracks].sort((a, b) => b.name.length - a.name.length)[0];
      expect(longest.name.length, 'a track name too long for one line on a phone').toBeGreaterThan(50);
      // Layout shifts of the whole load: the island rewrites Brussels times as New York's with
      // Brussels beside them, in slices after the first paint, and that must move nothing.
      await page.addInitScript(() => {
        const w = window as unknown as { shifted: number };
        w.shifted = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.shifted += (e as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const path of ['/', `/days/${FOSDEM_DAY2}/`]) {
        await page.goto(site().url(path));
        await expect(page.locator('[data-search]')).toBeEnabled();
        await expect(page.locator('article[data-slug] [data-part="alt"]').first()).toContainText('Brussels');
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted), path).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
        const wide = await page
          .locator('article[data-slug]')
          .evaluateAll((cards) => cards.filter((c) => c.getBoundingClientRect().right > 390).map((c) => c.id));
        expect(wide, `${path}: cards wider than the screen`).toEqual([]);
      }
    });

    it('filters by room from the facet and the URL; long option lists scroll and filter', async ({ page }) => {
      const { program, url } = site();
      const { timeZone, dayChange } = program.event;
      const day1 = onDay(program.sessions, program.event.firstDay, timeZone, dayChange);
      await page.goto(url('/'));
      await expect(page.locator('[data-search]')).toBeEnabled();
      await page.locator('[data-filters] > summary').click();
      for (const facet of ['room', 'track']) {
        const options = page.locator(`[data-facet="${facet}"] .options`);
        const style = await options.evaluate((o) => ({
          overflow: getComputedStyle(o).overflowY,
          height: o.clientHeight,
          scrolls: o.scrollHeight > o.clientHeight,
          max: parseFloat(getComputedStyle(o).maxHeight),
        }));
        expect(style.overflow, `the ${facet} options scroll`).toBe('auto');
        expect(style.height).toBeLessThanOrEqual(style.max);
        if (facet === 'track') expect(style.scrolls, 'the 40-odd tracks overflow their box').toBe(true);
        await expect(page.locator(`[data-facet="${facet}"] input[data-option-filter]`)).toBeEnabled();
      }
      // The room with the most sessions that day, found through the options filter.
      const counts = new Map<string, number>();
      for (const s of day1) counts.set(s.room, (counts.get(s.room) ?? 0) + 1);
      const [slug, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
      const room = program.rooms.find((r) => r.slug === slug)!;
      const query = room.name.slice(0, 3).toLowerCase();
      const roomFacet = page.locator('[data-facet="room"]');
      await roomFacet.locator('input[data-option-filter]').fill(query);
      const matching = program.rooms.filter((r) => counts.has(r.slug) && r.name.toLowerCase().includes(query));
      await expect(roomFacet.locator('label[data-option]:visible')).toHaveCount(matching.length);
      const chip = roomFacet.locator(`label:has(input[value="${slug}"])`);
      await expect(chip.locator('[data-count]')).toHaveText(String(n));
      await chip.locator('input').check();
      await expect(page).toHaveURL(new RegExp(`[?&]room=${encodeURIComponent(slug)}(&|$)`));
      const cards = page.locator('article[data-slug]:visible');
      await expect(cards).toHaveCount(n);
      expect(new Set(await cards.evaluateAll((a) => a.map((e) => e.getAttribute('data-room'))))).toEqual(
        new Set([slug]),
      );
      await expect(page.locator('[data-status]')).toHaveText(plural('status.some', { n: day1.length, shown: n }));
      // The same filter from the address, on the timetable.
      await page.goto(url(`/grid/?room=${slug}`));
      await expect(page.locator('[data-frame]:visible article[data-slug]:visible')).toHaveCount(n);
    });

    it('renders a session page in Brussels time without JavaScript and in New York time with it', async ({
      browser,
      page,
    }) => {
      const { page: noJs, close } = await open(browser, NO_JS);
      await checkSessionWithoutJs(noJs, site(), TURTLESTITCH);
      await expect(noJs.locator('[data-part="day"]')).toHaveText('Saturday 3 February 2024');
      await expect(noJs.locator('[data-fact="session"] [data-part="from"]')).toHaveText('10:30');
      await expect(noJs.locator('[data-fact="session"] [data-part="zone"]')).toHaveText('UTC+1');
      await expect(noJs.locator('.badge-room')).toContainText('J.1.106');
      await expect(noJs.getByRole('link', { name: 'Pauline Maas' })).toBeVisible();
      await expect(noJs.locator('.prose')).toContainText('Turtlestitch is based on a browser-based');
      // An abstract with a Markdown link renders it as a link, and no markup as text.
      await noJs.goto(site().url('/sessions/fosdem-2024-1634-microblocks/'));
      await expect(noJs.locator('.prose a[href="https://microblocks.fun"]')).toHaveText('MicroBlocks');
      expect(await noJs.locator('.prose').first().innerText()).not.toMatch(/<\/?[a-z]+[ >]/);
      await close();
      await expectSessionInViewerZone(page, site(), TURTLESTITCH, 'America/New_York');
      await expect(page.locator('[data-fact="session"] [data-part="from"]')).toHaveText('04:30');
    });

    it('exports a valid frab XML, c3voc JSON and iCalendar with every session', async ({ page }) => {
      await checkExports(page, site());
    });

    it('passes axe on /, /grid/, a session page and /speakers/, light and dark', async ({ browser }) => {
      test.setTimeout(120_000);
      await checkAxe(browser, site(), ['/', '/grid/', `/sessions/${TURTLESTITCH}/`, '/speakers/']);
    });
  },
);

programSuite(
  'democon',
  'pretalx DemoCon (c3voc JSON)',
  { import: 'tests/fixtures/formats/example-pretalx-democon.schedule.json' },
  { timezoneId: 'Australia/Sydney' },
  (site, it) => {
    it('imports through the CLI with its counts, and builds', async ({ page }) => {
      const { build, program } = site();
      expect(build.imported?.status).toBe(0);
      expect(build.imported?.stderr).toContain('Imported DemoCon from');
      expect(build.imported?.stderr).toContain('36 sessions, 27 speakers, 2 rooms, 2 tracks, 2 types, 1 language');
      expect(program.sessions).toHaveLength(36);
      await checkBuiltFiles(page, site());
    });

    it('lists every session once by conference day in UTC, without JavaScript', async ({ browser }) => {
      await checkListWithoutJs(browser, site(), ['/']);
    });

    it('renders a session page without JavaScript and in Sydney time with it', async ({ browser, page }) => {
      const slug = site().program.sessions[0].slug;
      const { page: noJs, close } = await open(browser, NO_JS);
      await checkSessionWithoutJs(noJs, site(), slug);
      await close();
      await expectSessionInViewerZone(page, site(), slug, 'Australia/Sydney');
    });

    it('exports a valid frab XML, c3voc JSON and iCalendar with every session', async ({ page }) => {
      await checkExports(page, site());
    });

    it('passes axe on /, /grid/, a session page and /speakers/, light and dark', async ({ browser }) => {
      test.setTimeout(60_000);
      await checkAxe(browser, site(), ['/', '/grid/', `/sessions/${site().program.sessions[0].slug}/`, '/speakers/']);
    });
  },
);

const SCRIPT_TITLE = 'why-script-tags-innerhtml-still-bite-612003';

programSuite(
  'sessionize',
  'Sessionize Example Summit',
  {
    import: 'tests/fixtures/sessionize/example-summit.json',
    args: ['--zone', 'Europe/Amsterdam', '--name', 'Example Summit'],
  },
  { timezoneId: 'America/Los_Angeles' },
  (site, it) => {
    it('imports through the CLI with its counts and what it left out, and builds', async ({ page }) => {
      const { build, program } = site();
      expect(build.imported?.status).toBe(0);
      const report = build.imported?.stderr ?? '';
      expect(report).toContain('Imported Example Summit from tests/fixtures/sessionize/example-summit.json');
      expect(report).toContain('11 sessions, 7 speakers, 3 rooms, 2 tracks, 4 types, 2 languages');
      expect(report).toContain('612012 (sessions[11]): has no start or end time');
      expect(report).toContain('612013 (sessions[12]): has no room');
      expect(program.sessions).toHaveLength(11);
      await checkBuiltFiles(page, site());
    });

    it('lists every session once by Amsterdam day, with language badges, without JavaScript', async ({ browser }) => {
      await checkListWithoutJs(browser, site(), ['/']);
      const { page, close } = await open(browser, NO_JS);
      await page.goto(site().url('/'));
      const choice = page.getByRole('navigation', { name: en('tools.language') });
      await expect(choice.getByRole('link')).toHaveText(['All', 'Deutsch', 'English']);
      // Kubernetes-Operatoren is in German, Observability in English and German.
      await expect(page.locator('[data-code="612004"] .badge-lang')).toHaveText([/Deutsch/]);
      await expect(page.locator('[data-code="612009"] .badge-lang')).toHaveText([/English/, /Deutsch/]);
      // The night across the change to summer time belongs to Saturday: 22:00–04:00.
      const night = page.locator('[data-code="612008"]');
      await expect(night.locator('[data-part="from"]')).toHaveText('22:00');
      await expect(night.locator('[data-part="to"]')).toHaveText('04:00');
      await expect(page.locator('section[data-date="2024-03-30"] [data-code="612008"]')).toHaveCount(1);
      await close();
    });

    it('shows HTML-like text as text, and the viewer’s time with JavaScript', async ({ browser, page }) => {
      const title = 'Why <script> tags & innerHTML still bite';
      const { page: noJs, close } = await open(browser, NO_JS);
      await checkSessionWithoutJs(noJs, site(), SCRIPT_TITLE);
      await close();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await expectSessionInViewerZone(page, site(), SCRIPT_TITLE, 'America/Los_Angeles');
      await expect(page.locator('h1')).toHaveText(title);
      await expect(page.locator('.prose')).toContainText('<script>alert("pwned")</script>');
      await expect(page.locator('.prose script')).toHaveCount(0);
      await page.goto(site().url('/'));
      await expect(page.getByRole('link', { name: title })).toBeVisible();
      expect(dialogs).toEqual([]);
    });

    it('exports a valid frab XML, c3voc JSON and iCalendar with every session', async ({ page }) => {
      await checkExports(page, site());
    });

    it('passes axe on /, /grid/, a session page and /speakers/, light and dark', async ({ browser }) => {
      test.setTimeout(60_000);
      await checkAxe(browser, site(), ['/', '/grid/', `/sessions/${SCRIPT_TITLE}/`, '/speakers/']);
    });
  },
);

programSuite(
  'neutral',
  'the neutral program (Berlin, 04:00 day change over a DST night)',
  { folder: NEUTRAL_CONTENT },
  { timezoneId: 'Asia/Tokyo' },
  (site, it) => {
    it('builds from its folder', async ({ page }) => {
      expect(site().program.sessions).toHaveLength(10);
      await checkBuiltFiles(page, site());
    });

    it('lists every session once by Berlin conference day; the 23:30–01:30 session under Saturday', async ({
      browser,
    }) => {
      await checkListWithoutJs(browser, site(), ['/']);
      const { page, close } = await open(browser, NO_JS);
      await page.goto(site().url('/'));
      const saturday = page.locator('section[data-date="2023-03-25"]');
      await expect(saturday.locator('h2')).toHaveText('Saturday 25 March 2023');
      const late = saturday.locator('article[data-slug="late-night"]');
      await expect(late.locator('.clock')).toHaveText('23:30–01:30');
      // Languages follow the content: two on the bilingual session, 中文 on the Chinese one.
      await expect(page.locator('[data-slug="zweisprachig"] .badge-lang')).toHaveText([/Deutsch/, /English/]);
      await expect(page.locator('[data-slug="服务网格"] .badge-lang')).toHaveText([/中文/]);
      // A session without track or type shows neither.
      await expect(page.locator('[data-slug="lightning"] .meta .badge')).toHaveText([/English/, /Room C/]);
      await page.goto(site().url('/grid/'));
      const day = page.locator('[data-frame]:visible');
      await expect(page.locator('.grid-day:visible h2')).toHaveText('Saturday 25 March 2023');
      await expect(day.locator('article[data-slug="late-night"]')).toBeVisible();
      // Overlapping sessions in one room stand side by side.
      const [a, b] = await Promise.all(
        ['overlap-a', 'overlap-b'].map((slug) => day.locator(`article[data-slug="${slug}"]`).boundingBox()),
      );
      expect(a && b && (a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1)).toBe(true);
      await close();
    });

    it('with JavaScript in Tokyo, the timetable shows the late session on Tokyo’s Sunday', async ({ page }) => {
      await page.goto(site().url('/grid/'));
      await expect(page.locator('[data-search]')).toBeEnabled();
      await page.locator('[data-daynav] a[data-day="2023-03-26"]').click();
      const late = page.locator('.grid-day:visible article[data-slug="late-night"]');
      await expect(late).toBeVisible();
      await expect(late.locator('[data-part="from"]')).toHaveText('07:30');
    });

    it('with JavaScript in Tokyo, the list narrows to a search and regroups by Tokyo’s days', async ({ page }) => {
      await page.goto(site().url('/?q=Parallel'));
      await expect(page.locator('[data-status]')).toContainText('Showing 2 of 10 sessions');
      await expect(page.locator('article[data-slug]:visible')).toHaveCount(2);
      await page.goto(site().url('/'));
      await expect(page.locator('[data-search]')).toBeEnabled();
      await expect(page.locator('[data-zone-note]')).toContainText('Tokyo');
      await expect(page.locator('article[data-slug="late-night"] [data-part="from"]')).toHaveText('07:30');
      await expect(page.locator('section[data-date="2023-03-26"] article[data-slug="late-night"]')).toHaveCount(1);
      await expect(page.locator('section[data-date="2023-03-26"] h2')).toHaveText('Sunday 26 March 2023');
    });

    it('renders Markdown on session pages, keeps HTML as text, and shows the viewer’s time', async ({
      browser,
      page,
    }) => {
      const { page: noJs, close } = await open(browser, NO_JS);
      await checkSessionWithoutJs(noJs, site(), 'schedulers');
      await checkSessionWithoutJs(noJs, site(), '服务网格');
      await close();
      await expectSessionInViewerZone(page, site(), 'schedulers', 'Asia/Tokyo');
      const prose = page.locator('.prose').first();
      await expect(prose.locator('strong')).toHaveText('measurements');
      await expect(prose.locator('li')).toHaveText(['run queues', 'latency']);
      await expect(prose.locator('a[href="https://docs.example.org/weights"]')).toHaveText('weights');
      await expect(prose).toContainText('<b>tags</b>');
      await expect(prose.locator('b')).toHaveCount(0);
    });

    it('exports a valid frab XML, c3voc JSON and iCalendar with every session', async ({ page }) => {
      await checkExports(page, site());
    });

    it('passes axe on /, /grid/, a session page and /speakers/, light and dark', async ({ browser }) => {
      test.setTimeout(60_000);
      await checkAxe(browser, site(), ['/', '/grid/', '/sessions/schedulers/', '/speakers/']);
    });
  },
);

/** The neutral event, rooms, tracks, types and languages, with no sessions or speakers yet. */
function writeEmptyProgram(dir: string) {
  for (const file of ['event.yaml', 'rooms.yaml', 'tracks.yaml', 'types.yaml', 'languages.yaml'])
    writeFileSync(join(dir, file), readFileSync(join(NEUTRAL_CONTENT, file)));
  for (const folder of ['sessions', 'speakers']) mkdirSync(join(dir, folder));
}

programSuite(
  'empty',
  'a program with no sessions yet',
  { write: writeEmptyProgram },
  { timezoneId: 'Europe/London' },
  (site, it) => {
    it('builds', async ({ page }) => {
      expect(site().program.sessions).toHaveLength(0);
      await checkBuiltFiles(page, site());
    });

    it('renders / and /grid/ without JavaScript: the program is not out yet, on the event’s dates', async ({
      browser,
    }) => {
      const { page, close } = await open(browser, NO_JS);
      for (const path of ['/', '/grid/']) {
        await page.goto(site().url(path));
        await expect(page.locator('h1')).toContainText('Fixture Conf 2023');
        await expect(page.locator('[data-status]')).toHaveText(en('empty.program'));
        // event.yaml gives the dates before there are sessions.
        await expect(page.locator('.lede')).toContainText('25–26 March 2023');
      }
      await close();
    });

    it('renders / and /grid/ with JavaScript: no errors, controls enabled, still not out yet', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      for (const path of ['/', '/grid/']) {
        await page.goto(site().url(path));
        await expect(page.locator('[data-search]')).toBeEnabled();
        await expect(page.locator('[data-zone-select]')).toBeEnabled();
        await expect(page.locator('[data-starred-toggle]')).toBeEnabled();
        await expect(page.locator('[data-empty]')).toBeHidden();
        expect(errors, path).toEqual([]);
        await expect(page.locator('[data-status]')).toHaveText(en('empty.program'));
      }
    });

    it('exports valid, empty frab XML, c3voc JSON and iCalendar', async ({ page }) => {
      await checkExports(page, site());
    });

    it('passes axe on /, /grid/ and /speakers/, light and dark', async ({ browser }) => {
      await checkAxe(browser, site(), ['/', '/grid/', '/speakers/']);
    });
  },
);
