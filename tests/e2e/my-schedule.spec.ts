import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadProgram } from '../helpers/content';
import { card, islandReady } from '../helpers/browser';
import { clockIn } from '../helpers/clock';

/** My schedule: stars kept in the browser, the starred view, overlaps, the calendar file and a shared list. */
const program = loadProgram();
const TOTAL = program.sessions.length;
const bySlug = new Map(program.sessions.map((s) => [s.slug, s]));
const star = (page: Page, slug: string) => card(page, slug).locator('button[data-star]');
const compact = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

test.describe('My schedule', () => {
  test.use({ timezoneId: 'UTC' });

  test('stars persist, filter the view, name overlaps and show on every page', async ({ page }) => {
    const [workshop, talk, other] = ['istio-0-to-60-workshop', 'proxyless-grpc', 'state-istio'].map((s) =>
      bySlug.get(s)!,
    );
    // The two starred sessions overlap; the third does not overlap either.
    expect(Date.parse(talk.start) < Date.parse(workshop.end) && Date.parse(workshop.start) < Date.parse(talk.end)).toBe(
      true,
    );
    await page.goto('/');
    await islandReady(page);
    await expect(page.locator('[data-mine]')).toBeHidden();
    await star(page, workshop.slug).click();
    await star(page, talk.slug).click();
    await expect(star(page, talk.slug)).toHaveAttribute('aria-pressed', 'true');
    await expect(star(page, talk.slug)).toHaveAccessibleName(`Add to My schedule: ${talk.title}`);
    await expect(page.locator('[data-star-count]')).toHaveText('2');
    await expect(page.locator('[data-mine]')).toBeVisible();
    await expect(card(page, talk.slug).locator('[data-conflict]')).toHaveText(
      `Overlaps ${workshop.title} in My schedule`,
    );
    await expect(card(page, workshop.slug).locator('[data-conflict]')).toHaveText(
      `Overlaps ${talk.title} in My schedule`,
    );
    await expect(card(page, other.slug).locator('[data-conflict]')).toBeHidden();
    await page.reload();
    await islandReady(page);
    await page.locator('[data-starred-toggle]').click();
    await expect(page).toHaveURL(/starred=1/);
    await expect(page.locator('[data-starred-toggle]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-days] > section[data-date] article[data-slug]:visible')).toHaveCount(2);
    await page.goto('/grid/?starred=1&tz=UTC');
    await islandReady(page);
    await expect(page.locator('[data-grid-days] > section[data-current] li[data-col]:not([hidden])')).toHaveCount(2);
    await page.goto(`/sessions/${talk.slug}/`);
    const own = page.locator('main button[data-star]');
    await expect(own).toHaveAttribute('aria-pressed', 'true');
    await own.click();
    await expect(own).toHaveAttribute('aria-pressed', 'false');
    await page.goto('/');
    await islandReady(page);
    await expect(page.locator('[data-star-count]')).toHaveText('1');
    await expect(card(page, workshop.slug).locator('[data-conflict]')).toBeHidden();
  });

  test('exports the starred sessions as one calendar file', async ({ page }) => {
    const chosen = ['state-istio', program.sessions.find((s) => /[\u4e00-\u9fff]/.test(s.slug))!.slug].map((s) =>
      bySlug.get(s)!,
    );
    await page.goto('/');
    await islandReady(page);
    for (const s of chosen) await star(page, s.slug).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my .ics' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('istiocon-my-schedule.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain(`SUMMARY:${chosen[0].title}`);
    for (const s of chosen) expect(text).toContain(`DTSTART:${compact(s.start)}`);
    await expect(page.locator('[data-mine-note]')).toHaveText('Downloaded 2 sessions as a calendar file.');
  });

  test('shares them as a link the recipient can view and adopt', async ({ page, browser }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          writeText: (t: string) => (((window as unknown as { copied: string }).copied = t), Promise.resolve()),
        },
      });
    });
    const chosen = ['zero-trust-istio', 'ebpf-iptables'].map((s) => bySlug.get(s)!);
    await page.goto('/');
    await islandReady(page);
    for (const s of chosen) await star(page, s.slug).click();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.locator('[data-mine-note]')).toContainText('Link copied.');
    const link = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(new URL(link).searchParams.get('picks')!.split(',').sort()).toEqual(chosen.map((s) => s.code).sort());
    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai' });
    const friend = await context.newPage();
    await friend.goto(link);
    await islandReady(friend);
    await expect(friend.locator('[data-shared-text]')).toHaveText(
      'You are looking at 2 sessions someone shared with you.',
    );
    const shown = await friend
      .locator('[data-days] > section[data-date] article[data-slug]:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug));
    expect(shown.sort()).toEqual(chosen.map((s) => s.slug).sort());
    await friend.getByRole('button', { name: 'Add them to My schedule' }).click();
    await expect(friend.locator('[data-star-count]')).toHaveText('2');
    await friend.getByRole('button', { name: 'Show the whole program' }).click();
    await expect(friend.locator('[data-days] > section[data-date] article[data-slug]:visible')).toHaveCount(TOTAL);
    await expect(friend).not.toHaveURL(/picks=/);
    await context.close();
  });

  test('without working storage the page says so and everything else works', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const first = program.sessions[0];
    await page.goto('/');
    await islandReady(page);
    await star(page, first.slug).click();
    await expect(star(page, first.slug)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-mine-note]')).toContainText('This browser is not keeping your schedule');
    await page.getByLabel('Time zone', { exact: true }).selectOption('Asia/Tokyo');
    await expect(card(page, first.slug).locator('[data-part="from"]')).toHaveText(clockIn(first.start, 'Asia/Tokyo'));
    expect(errors).toEqual([]);
  });
});

test.describe('calendar links', () => {
  test('a session page offers its .ics and Google Calendar, and the files are served', async ({ page, request }) => {
    const s = bySlug.get('proxyless-grpc')!;
    await page.goto(`/sessions/${s.slug}/`);
    const ics = page.getByRole('link', { name: 'Add to calendar (.ics)' });
    const href = (await ics.getAttribute('href'))!;
    expect(href).toBe(`/sessions/${s.slug}.ics`);
    const res = await request.get(href);
    expect(res.headers()['content-type']).toContain('text/calendar');
    expect(await res.text()).toContain(`SUMMARY:${s.title}`);
    const google = await page.getByRole('link', { name: 'Add to Google Calendar' }).getAttribute('href');
    expect(google).toContain(`dates=${compact(s.start)}/${compact(s.end)}`);
  });
});

test.describe('a shared list on the timetable', () => {
  test.use({ timezoneId: 'UTC' });
  test('says what it is and offers the whole program', async ({ page }) => {
    const [a, b] = program.sessions;
    await page.goto(`/grid/?picks=${a.code},${b.code}&tz=UTC`);
    await islandReady(page);
    await expect(page.locator('[data-shared-text]')).toHaveText(
      'You are looking at 2 sessions someone shared with you.',
    );
    await expect(page.locator('[data-grid-days] > section[data-current] li[data-col]:not([hidden])')).toHaveCount(2);
    await page.getByRole('button', { name: 'Show the whole program' }).click();
    await expect(page.locator('[data-status]')).toHaveText(`Showing all ${TOTAL} sessions`);
  });
});
