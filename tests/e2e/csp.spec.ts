import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../helpers/dist';

/**
 * The Content-Security-Policy shipped in every page's <meta>: scripts only from the site itself
 * or by hash (no 'unsafe-inline'), and the site still works under it.
 */

/** Collects CSP violations (as events, from page start) and console errors. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`),
    );
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text().slice(0, 160));
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

const policyOf = async (page: Page) =>
  (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';

/** The value of one directive, e.g. "script-src", as a list of sources. */
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

test('every kind of page ships a policy that forbids inline script', async ({ page }) => {
  for (const path of [
    '/',
    '/grid/',
    '/sessions/proxyless-grpc/',
    '/speakers/',
    '/speakers/lin-sun/',
    '/tracks/keynote/',
    '/languages/zh/',
    '/404.html',
  ]) {
    await page.goto(path);
    const policy = await policyOf(page);
    expect(policy, path).not.toBe('');
    const scripts = directive(policy, 'script-src');
    expect(scripts, `${path}: script-src`).toBeDefined();
    expect(scripts, path).toContain("'self'");
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    expect(directive(policy, 'object-src'), path).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri'), path).toEqual(["'self'"]);
    expect(directive(policy, 'default-src'), path).toEqual(["'self'"]);
  }
});

test('the island, the lazy search chunk, search.json and JSON-LD work under the policy', async ({ page }) => {
  const { errors, violations } = await watch(page);
  await page.goto('/');
  await expect(page.getByLabel('Search')).toBeEnabled();
  await page.getByLabel('Search').fill('grpc');
  await expect(page.locator('article[data-slug]').first()).toHaveAttribute('data-slug', 'proxyless-grpc');
  await expect(page.locator('[data-status]')).toContainText('matching “grpc”');
  await page.goto('/sessions/proxyless-grpc/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Event');
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('no page of the sitemap (nor the 404 page) violates its own policy', async ({ page }) => {
  test.setTimeout(240_000);
  const { errors, violations } = await watch(page);
  const found: string[] = [];
  for (const path of [...sitemapPaths(), '/404.html']) {
    await page.goto(path);
    for (const v of await violations()) found.push(`${decodeURI(path)}: ${v}`);
  }
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
});

test('styles (stylesheets, inline <style> and track colours) apply under the policy', async ({ page }) => {
  const { errors, violations } = await watch(page);
  await page.goto('/tracks/keynote/');
  const swatch = page.locator('.swatch').first();
  // The track colour comes from a style attribute (--swatch); a blocked attribute leaves it transparent.
  expect(await swatch.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
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
    await new Promise((r) => setTimeout(r, 200));
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page reports no policy violation (the <noscript> style is allowed)', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text().slice(0, 160)));
    await page.goto('/');
    await expect(page.locator('.js-only').first()).toBeHidden();
    expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
  });
});
