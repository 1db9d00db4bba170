import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { buildSiteCopy, type SiteCopy } from '../helpers/site-copy';
import { serveDist } from '../helpers/static-server';

/**
 * Content is untrusted text: a copy of the site is built with a session title, abstract and
 * speaker name full of HTML and script, and every page that shows them must show them as text.
 * The Content-Security-Policy is bypassed here, so this proves the escaping itself, not the CSP.
 */

const TITLE = `<img src=x onerror=alert(1)> <script>alert(2)</script> "><svg onload=alert(3)> Mesh & 'quotes'`;
const ABSTRACT = [
  '<script>alert(4)</script> opens the talk.',
  '"><svg onload=alert(5)> and <img src=x onerror=alert(6)> follow, then </script><script>alert(7)</script>.',
  '<a href="javascript:alert(8)">click</a> <iframe src="javascript:alert(9)"></iframe> <style>body{display:none}</style>',
].join('\n\n');
const NAME = `Lucas <img src=x onerror=alert(10)> Copi`;
const SLUG = 'running-istio-scale';

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
  copy = await buildSiteCopy({
    'content/sessions/a2.md': (text) => {
      const [, front] = text.split(/^---$/m);
      return `---${setLine('title', TITLE)(front)}---\n\n${ABSTRACT}\n`;
    },
    'content/speakers/lucas-copi.yaml': setLine('name', NAME),
  });
  expect(copy.status, `the copy should build:\n${copy.stderr.slice(-3000)}`).toBe(0);
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

test('the session page shows the title, abstract and speaker as text', async ({ page }) => {
  const dialogs = await openSafely(page, `/sessions/${SLUG}/`);
  await expect(page.locator('h1')).toHaveText(TITLE);
  expect(await page.title()).toContain(TITLE);
  const abstract = page.locator('.abstract');
  for (const paragraph of ABSTRACT.split('\n\n')) await expect(abstract).toContainText(paragraph);
  await expect(page.getByRole('link', { name: NAME })).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.name).toBe(TITLE);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', TITLE);
  expect(dialogs).toEqual([]);
});

test('the program, its slices and the speaker pages show them as text', async ({ page }) => {
  for (const path of ['/', '/tracks/getting-started/', '/languages/en/', '/speakers/', '/speakers/lucas-copi/']) {
    const dialogs = await openSafely(page, path);
    expect(dialogs, path).toEqual([]);
    await expect(page.locator('main').getByText(NAME).first(), path).toBeVisible();
  }
  await openSafely(page, '/');
  await expect(page.locator(`article[data-slug="${SLUG}"] h3`)).toHaveText(TITLE);
});

test('search results highlight the payload as text', async ({ page }) => {
  const dialogs = await openSafely(page, `/?q=${encodeURIComponent('onerror')}`);
  const card = page.locator(`article[data-slug="${SLUG}"]`);
  await expect(page.locator('article[data-slug]').first()).toHaveAttribute('data-slug', SLUG);
  await expect(card.locator('h3')).toHaveText(TITLE);
  await expect(card.locator('h3 mark').first()).toBeVisible();
  await openSafely(page, `/?q=${encodeURIComponent('<script>')}`);
  await openSafely(page, `/?q=${encodeURIComponent('"><svg onload=alert(11)>')}`);
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
    day: payload,
  });
  const dialogs = await openSafely(page, `/?${query}`);
  await expect(page.getByLabel('Search')).toHaveValue(payload);
  await openSafely(page, `/grid/?${query}`);
  await openSafely(page, `/sessions/${SLUG}/?${query}`);
  expect(dialogs).toEqual([]);
});

test('the data exports carry the payload as data', async ({ page, request }) => {
  await page.goto(url('/'));
  const search = await request.get(url('/search.json'));
  expect(search.status()).toBe(200);
  expect(JSON.stringify(await search.json())).toContain(JSON.stringify(TITLE).slice(1, -1));
  const xml = await request.get(url('/schedule.xml'));
  if (xml.status() === 200) {
    const text = await xml.text();
    const parsed = await page.evaluate(
      ([t, title]) => {
        const doc = new DOMParser().parseFromString(t, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          hasTitle: [...doc.getElementsByTagName('title')].some((e) => e.textContent === title),
        };
      },
      [text, TITLE],
    );
    expect(parsed).toEqual({ error: null, hasTitle: true });
  }
});
