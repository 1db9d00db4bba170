import { expect, test, type Page } from '@playwright/test';
import { loadProgram } from '../helpers/content';
import { card, islandReady, texts, watch } from '../helpers/browser';
import { clockIn, dateIn, datesIn, longDay } from '../helpers/clock';
import { sitemapPaths } from '../helpers/dist';

/**
 * The pages themselves: complete without JavaScript (times in UTC, filters as links to
 * pre-rendered slices), the index pages, one name per track, and a session's recording, which
 * requests nothing from the video host until the visitor asks for the player.
 */
const program = loadProgram();
const TOTAL = program.sessions.length;
const bySlug = new Map(program.sessions.map((s) => [s.slug, s]));
const utcDays = datesIn(
  program.sessions.map((s) => s.start),
  'UTC',
);

/** The paths of the links in `main` that lead to pages under `prefix` ("/sessions/"), decoded. */
const linksUnder = (page: Page, prefix: string) =>
  page
    .locator('main a[href]')
    .evaluateAll(
      (as, p) =>
        as
          .map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname))
          .filter((h) => h.startsWith(p) && h.length > p.length),
      prefix,
    );

test.describe('static pages (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false, timezoneId: 'America/Los_Angeles' });

  test('the program lists every session by UTC day in time order, in complete cards, without script-only controls', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('[data-days] article[data-slug]')).toHaveCount(TOTAL);
    expect(await texts(page.locator('[data-days] > section[data-date] > h2'))).toEqual(
      utcDays.map((d) => longDay(d, 'en')),
    );
    for (const section of await page.locator('[data-days] > section[data-date]').all()) {
      const date = await section.getAttribute('data-date');
      const starts = await section
        .locator('article[data-slug]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.start!));
      expect(starts.every((s) => dateIn(s, 'UTC') === date)).toBe(true);
      expect([...starts].sort()).toEqual(starts);
    }
    await expect(page.locator('[data-zone-note]')).toHaveText('Times are in UTC.');
    // The search box, the zone picker and the stars need script: hidden, and a note says why.
    await expect(page.getByLabel('Search', { exact: true })).toBeHidden();
    await expect(page.getByLabel('Time zone', { exact: true })).toBeHidden();
    await expect(page.locator('button[data-starred-toggle]')).toBeHidden();
    await expect(page.locator('button[data-star]').first()).toBeHidden();
    await expect(page.locator('[data-tools] p', { hasText: 'JavaScript' })).toHaveText(
      'Times are in UTC. Turn on JavaScript to search, filter and see every time in your own zone.',
    );
    // A card: its times, title link, speakers and language badge.
    const s = program.sessions.find((x) => x.code === 'b1b')!;
    const c = card(page, s.slug);
    await expect(c.locator('[data-part="from"]')).toHaveAttribute('datetime', s.start);
    await expect(c.locator('[data-part="from"]')).toHaveText(clockIn(s.start, 'UTC'));
    await expect(c.locator('[data-part="to"]')).toHaveText(clockIn(s.end, 'UTC'));
    await expect(c.getByRole('listitem').filter({ hasText: '中文' })).toHaveText(/Language:\s*中文/);
    for (const slug of s.speakers) await expect(c).toContainText(program.speakers.find((p) => p.slug === slug)!.name);
    await expect(c.locator('h3 a')).toHaveText(s.title);
    await expect(c.locator('h3 a')).toHaveAttribute('href', `/sessions/${encodeURIComponent(s.slug)}/`);
  });

  test('a permalink opens with every fact', async ({ page }) => {
    const s = bySlug.get('proxyless-grpc')!;
    await page.goto(`/sessions/${s.slug}/`);
    await expect(page.locator('h1')).toHaveText(s.title);
    await expect(page.locator('main [data-fact="session"] [data-part="from"]')).toHaveAttribute('datetime', s.start);
    await expect(page.locator('main [data-fact="session"] [data-part="day"]')).toHaveText(
      longDay(dateIn(s.start, 'UTC'), 'en'),
    );
    for (const slug of s.speakers)
      await expect(page.getByRole('link', { name: program.speakers.find((p) => p.slug === slug)!.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Watch the recording' })).toHaveAttribute('href', s.video!);
    await expect(page.getByRole('button', { name: /Play the recording here/ })).toBeHidden();
    for (const name of ['Before', 'At the same time', 'After'])
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Event');
    // The same instant, written with an explicit offset.
    expect(ld.startDate).toMatch(/(Z|[+-]\d\d:\d\d)$/);
    expect(Date.parse(ld.startDate)).toBe(Date.parse(s.start));
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/sessions/${s.slug}/$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', s.title);
  });

  test('a Chinese slug works percent-encoded', async ({ page }) => {
    const s = program.sessions.find((x) => /[\u4e00-\u9fff]/.test(x.slug))!;
    const response = await page.goto(`/sessions/${encodeURIComponent(s.slug)}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(s.title);
    await expect(page.locator('h1')).toHaveAttribute('lang', 'zh');
  });

  test('a speaker page lists their sessions', async ({ page }) => {
    const slug = 'lin-sun';
    await page.goto(`/speakers/${slug}/`);
    await expect(page.locator('h1')).toHaveText(program.speakers.find((p) => p.slug === slug)!.name);
    const expected = program.sessions.filter((s) => s.speakers.includes(slug));
    expect(expected.length).toBeGreaterThan(1);
    expect(await linksUnder(page, '/sessions/')).toEqual(expected.map((s) => `/sessions/${s.slug}/`));
    await page.getByRole('link', { name: expected[0].title }).click();
    await expect(page).toHaveURL(new RegExp(`/sessions/${expected[0].slug}/$`));
  });

  test('the index pages link every speaker, session, track and language', async ({ page }) => {
    const cases: [string, string, string[]][] = [
      ['/speakers/', '/speakers/', program.speakers.map((p) => p.slug)],
      ['/sessions/', '/sessions/', program.sessions.map((s) => s.slug)],
      ['/tracks/', '/tracks/', program.tracks.map((t) => t.slug)],
      ['/languages/', '/languages/', program.languages.map((l) => l.code)],
    ];
    for (const [path, prefix, slugs] of cases) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      expect((await linksUnder(page, prefix)).sort(), path).toEqual(slugs.map((s) => `${prefix}${s}/`).sort());
    }
    // Each session of the index has its time.
    await page.goto('/sessions/');
    await expect(page.locator('main [data-fact="link"]')).toHaveCount(TOTAL);
    // The languages by name, with their own name beside.
    await page.goto('/languages/');
    await expect(page.getByRole('link', { name: 'Chinese' })).toBeVisible();
    await expect(page.locator('main').getByText('中文', { exact: true })).toBeVisible();
  });

  test('track and language pages are pre-rendered slices of the program', async ({ page }) => {
    await page.goto('/languages/zh/');
    const zh = program.sessions.filter((s) => s.languages.includes('zh'));
    await expect(page.locator('article[data-slug]')).toHaveCount(zh.length);
    await page.goto('/tracks/keynote/');
    const tracks = await page
      .locator('article[data-slug]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.track));
    expect(tracks.length).toBe(program.sessions.filter((s) => s.track === 'keynote').length);
    expect(new Set(tracks)).toEqual(new Set(['keynote']));
  });

  test('without JavaScript the filter panel and the language choice link to those slices', async ({ page }) => {
    await page.goto('/');
    await page.locator('details[data-filters] > summary').click();
    const track = program.tracks.find((t) => t.label !== t.name)!;
    await page.getByRole('link', { name: track.label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/tracks/${track.slug}/$`));
    await page.goto('/');
    await page.locator('nav[data-language-choice]').getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/languages\/zh\/$/);
    await expect(page.locator('h1')).toHaveText('Sessions in Chinese');
  });

  test('a missing page gets the 404 page', async ({ page }) => {
    const response = await page.goto('/sessions/no-such-session/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'See the full program' })).toBeVisible();
  });

  test('robots.txt and the sitemap point at each other and at every session in both languages', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
    const paths = sitemapPaths().map(decodeURIComponent);
    const sessions = program.sessions.map((s) => `/sessions/${s.slug}/`);
    expect(paths.filter((p) => /^\/(zh\/)?sessions\/[^/]+\/$/.test(p)).sort()).toEqual(
      [...sessions, ...sessions.map((p) => `/zh${p}`)].sort(),
    );
    expect(paths.filter((p) => p.includes('404'))).toEqual([]);
  });
});

test.describe('one name per track', () => {
  const track = program.tracks.find((t) => t.label !== t.name)!;
  const session = program.sessions.find((s) => s.track === track.slug)!;

  test('chips and card badges use its label; its page and a session page use its name', async ({ page }) => {
    expect(track.label).not.toBe(track.name);
    await page.goto('/');
    await islandReady(page);
    await page.locator('details[data-filters] > summary').click();
    await expect(
      page.locator('fieldset[data-facet="track"] label', { has: page.locator(`input[value="${track.slug}"]`) }),
    ).toContainText(track.label);
    await expect(card(page, session.slug).getByRole('listitem').filter({ hasText: 'Track:' })).toHaveText(
      new RegExp(`^\\s*Track:\\s*${literal(track.label)}\\s*$`),
    );
    await page.goto(`/grid/?day=${dateIn(session.start, 'UTC')}&tz=UTC`);
    await islandReady(page);
    await expect(card(page, session.slug)).toContainText(`Track: ${track.label}`);
    await expect(card(page, session.slug)).not.toContainText(track.name);
    await page.goto(`/tracks/${track.slug}/`);
    await expect(page.locator('h1')).toHaveText(`Track: ${track.name}`);
    await expect(card(page, session.slug)).toContainText(track.label);
    await page.goto(`/sessions/${encodeURIComponent(session.slug)}/`);
    await expect(page.locator('main').getByRole('link', { name: track.name, exact: true })).toHaveAttribute(
      'href',
      `/tracks/${track.slug}/`,
    );
    await expect(page.locator('main').getByRole('listitem').filter({ hasText: 'Track:' })).toHaveText(
      new RegExp(`^\\s*Track:\\s*${literal(track.name)}\\s*$`),
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the browse links use its label', async ({ page }) => {
      await page.goto('/');
      await page.locator('details[data-filters] > summary').click();
      await expect(page.locator(`[data-filters] a[href="/tracks/${track.slug}/"]`)).toHaveText(track.label);
    });
  });
});

/** A string as a literal inside a RegExp. */
function literal(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('a session’s recording', () => {
  const s = program.sessions.find((x) => x.video && /youtu/.test(x.video))!;
  const id = /(?:youtu\.be\/|v=)([\w-]{11})/.exec(s.video!)![1];

  test('nothing is requested from a video host before “Play the recording here”; then the privacy host’s player loads under the CSP', async ({
    page,
  }) => {
    const { errors, violations } = await watch(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // A stand-in for the player, so the test needs no network.
    await page.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' }),
    );
    await page.goto(`/sessions/${encodeURIComponent(s.slug)}/`);
    const play = page.getByRole('button', { name: /Play the recording here/ });
    await expect(play).toBeEnabled();
    await expect(play).toContainText('Loads the player from www.youtube-nocookie.com.');
    await page.waitForLoadState('load');
    const origin = new URL(page.url()).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(page.frames()).toHaveLength(1);
    await play.click();
    const frame = page.locator('[data-video] iframe');
    await expect(frame).toHaveAttribute('src', `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`);
    await expect(frame).toHaveAttribute('title', s.title);
    await expect(frame).toBeFocused();
    await expect
      .poll(() => page.frames().map((f) => f.url()))
      .toContain(`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`);
    await expect(page.frameLocator('[data-video] iframe').locator('p')).toHaveText('player');
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([
      `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
    ]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
