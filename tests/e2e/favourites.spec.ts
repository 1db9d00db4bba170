import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const star = (slug: string) => `article[data-slug="${slug}"] ic-star button`;

test.describe('My schedule', () => {
  test.use({ timezoneId: 'UTC' });

  test('stars persist, filter the view, flag overlaps and show on every page', async ({ page }) => {
    await page.goto('/');
    await page.locator(star('istio-0-to-60-workshop')).click();
    await page.locator(star('proxyless-grpc')).click();
    await expect(page.locator(star('proxyless-grpc'))).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-star-count]')).toHaveText('2');
    await expect(page.locator('article[data-slug="proxyless-grpc"] [data-conflict]')).toBeVisible();
    await expect(page.locator('article[data-slug="state-istio"] [data-conflict]')).toBeHidden();
    await page.reload();
    await page.locator('[data-starred-toggle]').click();
    await expect(page).toHaveURL(/starred=1/);
    await expect(page.locator('article[data-slug]')).toHaveCount(2);
    await page.goto('/grid/?starred=1&tz=UTC');
    await expect(page.locator('.slot:not([hidden])')).toHaveCount(2);
    await page.goto('/sessions/proxyless-grpc/');
    await expect(page.locator('ic-star button')).toHaveAttribute('aria-pressed', 'true');
    await page.locator('ic-star button').click();
    await page.goto('/');
    await expect(page.locator('[data-star-count]')).toHaveText('1');
  });

  test('exports the starred sessions as one calendar file', async ({ page }) => {
    await page.goto('/');
    await page.locator(star('state-istio')).click();
    await page.locator(star('istio推送的性能优化经验')).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my .ics' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('SUMMARY:State of Istio');
    expect(text).toContain('DTSTART:20220425T150000Z');
  });

  test('shares them as a link the recipient can view and adopt', async ({ page, browser }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          writeText: (t: string) => (((window as unknown as { copied: string }).copied = t), Promise.resolve()),
        },
      });
    });
    await page.goto('/');
    await page.locator(star('zero-trust-istio')).click();
    await page.locator(star('ebpf-iptables')).click();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(link).toMatch(/\?picks=[a-z0-9,]+$/);
    const friend = await (await browser.newContext({ timezoneId: 'Asia/Shanghai' })).newPage();
    await friend.goto(link);
    await expect(friend.locator('[data-shared]')).toContainText('2 sessions');
    await expect(friend.locator('article[data-slug]')).toHaveCount(2);
    await friend.getByRole('button', { name: 'Add them to My schedule' }).click();
    await expect(friend.locator('[data-star-count]')).toHaveText('2');
    await friend.getByRole('button', { name: 'Show the whole program' }).click();
    await expect(friend.locator('article[data-slug]')).toHaveCount(65);
  });

  test('without working storage the page says so and everything else works', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await page.locator(star('state-istio')).click();
    await expect(page.locator(star('state-istio'))).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-mine-note]')).toContainText('not keeping favourites');
    await page.getByLabel('Time zone').selectOption('Asia/Tokyo');
    await expect(page.locator('article[data-slug="state-istio"] .clock time').first()).toHaveText('00:00');
    expect(errors).toEqual([]);
  });
});

test.describe('calendar links', () => {
  test('a session page offers its .ics and Google Calendar, and the files are served', async ({ page, request }) => {
    await page.goto('/sessions/proxyless-grpc/');
    const ics = page.getByRole('link', { name: 'Add to calendar (.ics)' });
    const href = (await ics.getAttribute('href'))!;
    const res = await request.get(href);
    expect(res.headers()['content-type']).toContain('text/calendar');
    expect(await res.text()).toContain('SUMMARY:Proxyless gRPC');
    const google = await page.getByRole('link', { name: 'Add to Google Calendar' }).getAttribute('href');
    expect(google).toContain('dates=20220425T191000Z/20220425T194500Z');
  });
});

test.describe('a shared list on the timetable', () => {
  test.use({ timezoneId: 'UTC' });
  test('says what it is and offers the whole program', async ({ page }) => {
    await page.goto('/grid/?picks=a1a,a1b&tz=UTC');
    await expect(page.locator('[data-shared]')).toContainText('2 sessions');
    await expect(page.locator('.slot:not([hidden])')).toHaveCount(2);
    await page.getByRole('button', { name: 'Show the whole program' }).click();
    await expect(page.locator('[data-status]')).toHaveText('Showing all 65 sessions');
  });
});
