import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONTENT, loadProgram } from '../helpers/content';
import { buildSiteCopy, type SiteCopy } from '../helpers/site-copy';
import { serveDist } from '../helpers/static-server';

/**
 * Content is untrusted text: a copy of the site is built with a session title, abstract and
 * speaker name full of HTML and script, and every page that shows them (list, timetable, session,
 * speaker, track and language pages, in English and Chinese) and both search files must carry them
 * as text. The Content-Security-Policy is bypassed here, so this proves the escaping itself.
 */

const TITLE = `<img src=x onerror=alert(1)> <script>alert(2)</script> "><svg onload=alert(3)> Mesh & 'quotes'`;
const ABSTRACT = [
  '<script>alert(4)</script> opens the talk.',
  '"><svg onload=alert(5)> and <img src=x onerror=alert(6)> follow, then </script><script>alert(7)</script>.',
  '<a href="javascript:alert(8)">click</a> <iframe src="javascript:alert(9)"></iframe> <style>body{display:none}</style>',
].join('\n\n');
const NAME = `Lucas <img src=x onerror=alert(10)> Copi`;

// The session and speaker the payloads go into, and their files, from the content itself.
const real = loadProgram();
const SESSION = real.sessions.find((s) => s.code === 'a2')!;
const SPEAKER = SESSION.speakers[0];
const SESSION_FILE = 'content/sessions/a2.md';
const SPEAKER_FILE = `content/speakers/${SPEAKER}.yaml`;
const SLUG = SESSION.slug;
const DAY = SESSION.start.slice(0, 10);

const setLine = (field: string, value: string) => (text: string) => {
  const line = new RegExp(`^${field}: .*$`, 'm');
  if (!line.test(text)) throw new Error(`no "${field}:" line`);
  return text.replace(line, `${field}: ${JSON.stringify(value)}`);
};

test.describe.configure({ mode: 'serial' });
test.use({ bypassCSP: true, javaScriptEnabled: true });

let copy: SiteCopy;
let server: Awaited<ReturnType<typeof serveDist>>;
const url = (path: string) => `${server.origin}${server.base}${path.replace(/^\//, '')}`;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // The files the payloads go into are the ones that hold this session and speaker.
  expect(readFileSync(join(DEFAULT_CONTENT, '..', SESSION_FILE), 'utf8')).toContain(`slug: "${SLUG}"`);
  expect(readFileSync(join(DEFAULT_CONTENT, '..', SPEAKER_FILE), 'utf8')).toContain(
    `name: "${real.speakers.find((p) => p.slug === SPEAKER)!.name}"`,
  );
  copy = await buildSiteCopy({
    [SESSION_FILE]: (text) => {
      const [, front] = text.split(/^---$/m);
      return `---${setLine('title', TITLE)(front)}---\n\n${ABSTRACT}\n`;
    },
    [SPEAKER_FILE]: setLine('name', NAME),
  });
  expect(copy.status, `the copy should build:\n${copy.stderr.slice(-3000)}`).toBe(0);
  // The copy's program carries the payloads where the pages will read them.
  const hostile = loadProgram(join(copy.dir, 'content'));
  expect(hostile.sessions.find((s) => s.slug === SLUG)?.title).toBe(TITLE);
  expect(hostile.speakers.find((p) => p.slug === SPEAKER)?.name).toBe(NAME);
  server = await serveDist(join(copy.dir, 'dist'));
});

test.afterAll(async () => {
  await server?.close();
  if (!process.env.KEEP_SITE_COPIES) copy?.remove();
});

/** Opens a page, failing on any dialog, and checks that nothing from the payloads became markup. */
async function openSafely(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('load');
  if (await page.locator('ic-program').count()) await expect(page.locator('input#q[data-search]')).toBeEnabled();
  const injected = await page.evaluate(() => ({
    elements: [
      ...document.querySelectorAll('img[src="x"], svg[onload], iframe, [onerror], [onload], a[href^="javascript:"]'),
    ].map((e) => e.outerHTML),
    scripts: [...document.scripts]
      .filter((s) => !s.type || /javascript|module/.test(s.type))
      .filter((s) => /alert\(/.test(s.textContent ?? ''))
      .map((s) => s.outerHTML.slice(0, 80)),
    styles: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('body{display:none}')).length,
  }));
  expect(injected, path).toEqual({ elements: [], scripts: [], styles: 0 });
  return dialogs;
}

test('the session page, in both languages, shows the title, abstract and speaker as text', async ({ page }) => {
  for (const prefix of ['', '/zh']) {
    const dialogs = await openSafely(page, `${prefix}/sessions/${SLUG}/`);
    await expect(page.locator('h1')).toHaveText(TITLE);
    expect(await page.title()).toContain(TITLE);
    const abstract = page.locator('main section', { has: page.locator('#abstract-h') });
    for (const paragraph of ABSTRACT.split('\n\n')) await expect(abstract).toContainText(paragraph);
    await expect(page.getByRole('link', { name: NAME })).toBeVisible();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.name).toBe(TITLE);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', TITLE);
    expect(dialogs).toEqual([]);
  }
});

test('the list, the timetable, the slices and the speaker pages show them as text, in both languages', async ({
  page,
}) => {
  const track = SESSION.track!;
  const language = SESSION.languages[0];
  for (const prefix of ['', '/zh']) {
    for (const path of [
      '/?tz=UTC',
      `/grid/?tz=UTC&day=${DAY}`,
      `/tracks/${track}/`,
      `/languages/${language}/`,
      `/speakers/`,
      `/speakers/${SPEAKER}/`,
    ]) {
      const where = `${prefix}${path}`;
      const dialogs = await openSafely(page, where);
      expect(dialogs, where).toEqual([]);
      await expect(page.locator('main').getByText(NAME).first(), where).toBeVisible();
      if (!path.startsWith('/speakers/'))
        await expect(page.locator(`main article[data-slug="${SLUG}"] h3`).first(), where).toHaveText(TITLE);
    }
  }
});

test('search results highlight the payload as text', async ({ page }) => {
  const dialogs = await openSafely(page, `/?q=${encodeURIComponent('onerror')}`);
  const card = page.locator(`[data-days] article[data-slug="${SLUG}"]`);
  await expect(page.locator('[data-days] article[data-slug]').first()).toHaveAttribute('data-slug', SLUG);
  await expect(card.locator('h3')).toHaveText(TITLE);
  await expect(card.locator('h3 mark').first()).toBeVisible();
  await openSafely(page, `/?q=${encodeURIComponent('<script>')}`);
  await openSafely(page, `/zh/?q=${encodeURIComponent('"><svg onload=alert(11)>')}`);
  expect(dialogs).toEqual([]);
});

test('URL parameters and stored preferences are untrusted input too', async ({ page }) => {
  const payload = `"><img src=x onerror=alert(12)><script>alert(13)</script>`;
  await page.addInitScript((p) => {
    localStorage.setItem('istiocon:tz', p);
    localStorage.setItem('istiocon:starred', JSON.stringify([p, '<svg onload=alert(14)>']));
  }, payload);
  const query = new URLSearchParams({
    q: payload,
    tz: payload,
    track: payload,
    language: payload,
    type: payload,
    room: payload,
    day: payload,
    now: payload,
    picks: payload,
  });
  const dialogs = await openSafely(page, `/?${query}`);
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue(payload);
  await openSafely(page, `/grid/?${query}`);
  await openSafely(page, `/zh/?${query}`);
  await openSafely(page, `/sessions/${SLUG}/?${query}`);
  await openSafely(page, `/speakers/${SPEAKER}/?${query}`);
  expect(dialogs).toEqual([]);
});

test('the search files and the data exports carry the payload as data', async ({ page, request }) => {
  await page.goto(url('/'));
  const index = await request.get(url('/search/index.json'));
  expect(index.status()).toBe(200);
  const docs = (await index.json()) as { slug: string; title: string; speakers: string }[];
  const doc = docs.find((d) => d.slug === SLUG)!;
  expect(doc.title).toBe(TITLE);
  expect(doc.speakers).toContain(NAME);
  const text = await request.get(url('/search/text.json'));
  expect(text.status()).toBe(200);
  const abstracts = (await text.json()) as Record<string, string>;
  for (const piece of ['<script>alert(4)</script>', '<img src=x onerror=alert(6)>', 'javascript:alert(8)'])
    expect(abstracts[SLUG]).toContain(piece);
  const xml = await request.get(url('/schedule.xml'));
  expect(xml.status()).toBe(200);
  const parsed = await page.evaluate(
    ([t, title]) => {
      const doc = new DOMParser().parseFromString(t, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        hasTitle: [...doc.getElementsByTagName('title')].some((e) => e.textContent === title),
      };
    },
    [await xml.text(), TITLE],
  );
  expect(parsed).toEqual({ error: null, hasTitle: true });
});
