import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProgram } from '../helpers/content';
import { DIST, distFiles, fileFor } from '../helpers/dist';
import { islandReady, watch } from '../helpers/browser';

/**
 * The Content-Security-Policy shipped in every page's <meta>: scripts only from the site itself or
 * by hash (no 'unsafe-inline'), frames only from the video host, and the site still works under it.
 * (Every page of the sitemap is also loaded once with violations and errors collected: that walk is
 * shared with the accessibility audit, in a11y.spec.ts, so each page is opened once.)
 */
const program = loadProgram();
const VIDEO_HOST = 'https://www.youtube-nocookie.com';

/** The policy in an HTML file's <meta http-equiv="content-security-policy">, or '' when there is none. */
const policyIn = (html: string) =>
  decodeEntities(/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '');
const decodeEntities = (s: string) =>
  s.replace(/&(#39|quot|amp|lt|gt);/g, (_, e: string) => ({ '#39': "'", quot: '"', amp: '&', lt: '<', gt: '>' })[e]!);

/** The value of one directive, e.g. "script-src", as a list of sources. */
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

test('every page, in both languages, ships a policy that forbids inline script and foreign frames (read from dist/)', () => {
  const files = distFiles('.html');
  expect(files.length).toBeGreaterThan(300);
  const wrong: string[] = [];
  for (const file of files) {
    const policy = policyIn(readFileSync(join(DIST, file), 'utf8'));
    const check = (ok: boolean, what: string) => ok || wrong.push(`${file}: ${what}`);
    if (!check(policy !== '', 'no policy')) continue;
    const scripts = directive(policy, 'script-src') ?? [];
    check(scripts.includes("'self'"), `script-src ${scripts.join(' ')}`);
    check(
      !scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"),
      `script-src ${scripts.join(' ')}`,
    );
    check(directive(policy, 'object-src')?.join(' ') === "'none'", 'object-src');
    check(directive(policy, 'base-uri')?.join(' ') === "'self'", 'base-uri');
    check(directive(policy, 'default-src')?.join(' ') === "'self'", 'default-src');
    check(directive(policy, 'frame-src')?.join(' ') === VIDEO_HOST, `frame-src ${directive(policy, 'frame-src')}`);
  }
  expect(wrong).toEqual([]);
});

test('the browser enforces the policy of the page’s <meta>', async ({ page }) => {
  await page.goto('/sessions/proxyless-grpc/');
  const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(meta).toBe(policyIn(readFileSync(fileFor('/sessions/proxyless-grpc/')!, 'utf8')));
  // A request the policy does not allow (connect-src 'self') is refused by the browser.
  const refused = await page.evaluate(() =>
    fetch('https://evil.example/x').then(
      () => false,
      () => true,
    ),
  );
  expect(refused).toBe(true);
});

test('the island, the lazy search chunk, both search files and JSON-LD work under the policy', async ({ page }) => {
  const { errors, violations } = await watch(page);
  const loaded: string[] = [];
  page.on('response', (r) => r.ok() && loaded.push(new URL(r.url()).pathname));
  for (const prefix of ['', '/zh']) {
    await page.goto(`${prefix}/`);
    await islandReady(page);
    const search = page.locator('input#q[data-search]');
    await search.fill('grpc');
    await expect(page.locator('[data-days] article[data-slug]').first()).toHaveAttribute('data-slug', 'proxyless-grpc');
    await expect(page.locator('[data-status]')).toContainText('grpc');
    await expect
      .poll(() => loaded.filter((p) => p.startsWith('/search/')).sort())
      .toEqual(expect.arrayContaining(['/search/index.json', '/search/text.json']));
    expect(loaded.some((p) => /\/search-engine\.[^/]+\.js$/.test(p))).toBe(true);
    expect(await violations()).toEqual([]);
  }
  await page.goto('/grid/?now=2022-04-28T16:10:00Z');
  await islandReady(page);
  await expect(page.locator('[data-now]')).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.goto('/sessions/proxyless-grpc/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Event');
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('style attributes from content (track colours) apply under the policy', async ({ page }) => {
  const { errors, violations } = await watch(page);
  const track = program.tracks[0];
  await page.goto(`/tracks/${track.slug}/`);
  // The track colour reaches CSS through the card's style attribute (--track); a blocked attribute leaves it unset.
  const colour = await page
    .locator(`article[data-track="${track.slug}"]`)
    .first()
    .evaluate((e) => getComputedStyle(e).getPropertyValue('--track').trim());
  expect(colour.toLowerCase()).toBe(track.color.toLowerCase());
  await page.goto(`/grid/?tz=UTC`);
  await islandReady(page);
  // The timetable places cards with style attributes too (grid-row), also after the island moves them.
  const rows = await page
    .locator('[data-grid-days] > section[data-current] li[data-col]')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).gridRowStart));
  expect(rows.length).toBeGreaterThan(1);
  expect(rows.every((r) => r !== 'auto')).toBe(true);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('an injected inline script does not run and is reported', async ({ page }) => {
  const { violations } = await watch(page);
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __pwned?: number };
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.body.append(s);
    // A handler attribute is inline script too.
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = 2');
    img.src = 'data:,broken';
    document.body.append(img);
    await new Promise((r) => img.addEventListener('error', r, { once: true }));
    return w.__pwned;
  });
  expect(ran).toBeUndefined();
  await expect
    .poll(violations)
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem blocked inline/),
        expect.stringMatching(/^script-src-attr blocked inline/),
      ]),
    );
});

test('an injected style attribute is refused: only the page’s own are hashed', async ({ page }) => {
  const { violations } = await watch(page);
  await page.goto('/');
  const position = await page.evaluate(() => {
    const overlay = document.createElement('div');
    overlay.setAttribute('style', 'position: fixed; inset: 0; background: red');
    document.body.append(overlay);
    return getComputedStyle(overlay).position;
  });
  expect(position).not.toBe('fixed');
  await expect
    .poll(violations)
    .toEqual(expect.arrayContaining([expect.stringMatching(/^style-src-attr blocked inline/)]));
});

test('a script from another origin is refused', async ({ page }) => {
  const { violations } = await watch(page);
  await page.goto('/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.src = 'https://evil.example/x.js';
    document.head.append(s);
  });
  await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringContaining('https://evil.example/x.js')]));
});

test('a frame from any host but the video player’s is refused', async ({ page }) => {
  const { violations } = await watch(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.route(`${VIDEO_HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<p>player</p>' }));
  await page.goto('/sessions/proxyless-grpc/');
  await page.evaluate((host) => {
    for (const src of ['https://www.youtube.com/embed/zOEtoHTEZWQ', 'https://evil.example/frame', `${host}/embed/x`]) {
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
    }
  }, VIDEO_HOST);
  await expect.poll(violations).toEqual(
    expect.arrayContaining([
      // Cross-origin reports name the origin only.
      expect.stringMatching(/^frame-src blocked https:\/\/www\.youtube\.com\b/),
      expect.stringMatching(/^frame-src blocked https:\/\/evil\.example\b/),
    ]),
  );
  expect((await violations()).filter((v) => v.includes(VIDEO_HOST))).toEqual([]);
  expect(requested.filter((u) => /youtube\.com|evil\.example/.test(u))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page reports no policy violation (the <noscript> style is allowed)', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text().slice(0, 160)));
    for (const path of ['/', '/zh/grid/']) {
      await page.goto(path);
      await expect(page.locator('input#q[data-search]')).toBeHidden();
    }
    expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
  });
});
