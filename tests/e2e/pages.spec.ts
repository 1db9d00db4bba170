import { expect, test } from '@playwright/test';
import { sessions } from './content';

/** The site as a visitor without JavaScript gets it: every page complete, times in UTC. */
test.describe('static pages (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false, timezoneId: 'America/Los_Angeles' });

  test('the program lists all 65 sessions, grouped by UTC day in time order', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('article[data-slug]')).toHaveCount(65);
    const days = await page.locator('section.day h2').allTextContents();
    expect(days.map((d) => d.trim())).toEqual([
      'Monday 25 April 2022',
      'Tuesday 26 April 2022',
      'Wednesday 27 April 2022',
      'Thursday 28 April 2022',
      'Friday 29 April 2022',
    ]);
    for (const section of await page.locator('section.day').all()) {
      const date = await section.getAttribute('data-date');
      const starts = await section
        .locator('article')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.start!));
      expect(starts.every((s) => s.startsWith(date!))).toBe(true);
      expect([...starts].sort()).toEqual(starts);
    }
    await expect(page.getByText('Times are in UTC')).toBeVisible();
  });

  test('a session card has times, title link, speakers and a language badge', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('article[data-slug="b1b"], article[data-slug="ecosystem-outlook-from-china"]');
    await expect(card.locator('time').first()).toHaveAttribute('datetime', '2022-04-26T01:15:00Z');
    await expect(card.locator('time').first()).toHaveText('01:15');
    await expect(card.locator('.badge-lang')).toContainText('中文');
    const link = card.locator('h3 a');
    await expect(link).toHaveAttribute('href', /\/sessions\/ecosystem-outlook-from-china\/$/);
  });

  test('a permalink opens with every fact', async ({ page }) => {
    await page.goto('/sessions/proxyless-grpc/');
    await expect(page.locator('h1')).toHaveText('Proxyless gRPC');
    await expect(page.locator('[data-when] time').first()).toHaveAttribute('datetime', '2022-04-25T19:10:00Z');
    await expect(page.getByRole('link', { name: 'Sanjay Pujare' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Watch the recording/ })).toHaveAttribute('href', /youtu/);
    await expect(page.getByRole('heading', { name: 'Before' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'After' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'At the same time' })).toBeVisible();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Event');
    expect(ld.startDate).toBe('2022-04-25T19:10:00Z');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/sessions\/proxyless-grpc\/$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Proxyless gRPC');
  });

  test('a Chinese slug works percent-encoded', async ({ page }) => {
    const slug = 'istio推送的性能优化经验';
    const response = await page.goto(`/sessions/${encodeURIComponent(slug)}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('istio推送的性能优化经验');
    await expect(page.locator('h1')).toHaveAttribute('lang', 'zh');
  });

  test('a speaker page lists their sessions', async ({ page }) => {
    await page.goto('/speakers/lin-sun/');
    await expect(page.locator('h1')).toHaveText('Lin Sun');
    const titles = await page.locator('main ul.links a').allTextContents();
    const expected = sessions.filter((s) => s.speakers.includes('lin-sun')).map((s) => s.title);
    expect(expected.length).toBeGreaterThan(1);
    expect(titles.map((t) => t.trim())).toEqual(expected);
    await page.getByRole('link', { name: 'State of Istio' }).click();
    await expect(page).toHaveURL(/\/sessions\/state-istio\/$/);
  });

  test('the speakers index links every speaker', async ({ page }) => {
    await page.goto('/speakers/');
    await expect(page.locator('main ul.grid > li')).toHaveCount(85);
  });

  test('track and language pages are pre-rendered slices of the program', async ({ page }) => {
    await page.goto('/languages/zh/');
    await expect(page.locator('article[data-slug]')).toHaveCount(sessions.filter((s) => s.language === 'zh').length);
    await page.goto('/tracks/keynote/');
    const langs = await page.locator('article').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.track));
    expect(langs.length).toBeGreaterThan(0);
    expect(new Set(langs)).toEqual(new Set(['keynote']));
  });

  test('without JavaScript the filter panel links to those pages', async ({ page }) => {
    await page.goto('/');
    await page.locator('details.filters summary').click();
    await expect(page.getByRole('link', { name: 'Infrastructure & networking' })).toBeVisible();
    await page.getByRole('link', { name: '中文' }).first().click();
    await expect(page).toHaveURL(/\/languages\/zh\/$/);
  });

  test('a missing page gets the 404 page', async ({ page }) => {
    const response = await page.goto('/sessions/no-such-session/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'See the full program' })).toBeVisible();
  });

  test('robots.txt and the sitemap point at each other and at every session', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect((sitemap.match(/\/sessions\//g) ?? []).length).toBe(65);
    expect(sitemap).not.toContain('404');
  });
});

test.describe('session page with JavaScript', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });
  test('says when the session is in the visitor’s zone', async ({ page }) => {
    await page.goto('/sessions/ecosystem-outlook-from-china/');
    await expect(page.locator('[data-local]')).toHaveText(
      'In America/Los Angeles, UTC−7: Monday 25 April 2022, 18:15–18:55 (−1 day from UTC)',
    );
  });
});
