import { expect, test, type Locator } from '@playwright/test';
import { sessions } from './content';

const box = async (l: Locator) => (await l.boundingBox())!;
const card = (slug: string) => `.grid-day[data-current] article[data-slug="${slug}"]`;

test.describe('timetable without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows one day at a time and every day is addressable', async ({ page }) => {
    await page.goto('/grid/');
    const visible = page.locator('.grid-day:visible');
    await expect(visible).toHaveCount(1);
    await expect(visible.locator('h2')).toHaveText('Monday 25 April 2022');
    await page.getByRole('link', { name: 'Thu 28 Apr' }).click();
    await expect(page).toHaveURL(/#day-2022-04-28$/);
    await expect(page.locator('.grid-day:visible h2')).toHaveText('Thursday 28 April 2022');
    await expect(page.locator('.grid-day:visible article[data-slug]')).toHaveCount(
      sessions.filter((s) => s.start.startsWith('2022-04-28')).length,
    );
  });
});

test.describe('timetable geometry on screen', () => {
  test.use({ timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });

  test('parallel sessions sit side by side, later ones lower, heights follow duration', async ({ page }) => {
    await page.goto('/grid/?day=2022-04-25&tz=UTC');
    const workshop = await box(page.locator(card('istio-0-to-60-workshop'))); // 150 min
    const talk = await box(page.locator(card('lessons-learned-on-multi-tenancy-controls'))); // 35 min, same time
    const later = await box(page.locator(card('proxyless-grpc')));
    expect(talk.x + talk.width).toBeLessThanOrEqual(workshop.x + 1); // different columns, no overlap
    expect(later.y).toBeGreaterThan(talk.y + talk.height - 1);
    const ratio = workshop.height / talk.height;
    expect(ratio).toBeGreaterThan(150 / 35 - 0.4);
    expect(ratio).toBeLessThan(150 / 35 + 0.4);
    // No two visible cards overlap.
    const boxes = await page
      .locator('.grid-day[data-current] .slot:not([hidden])')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `cards ${i} and ${j} overlap`).toBe(false);
      }
  });

  test('a 10-minute lightning talk is visibly shorter than a talk', async ({ page }) => {
    await page.goto('/grid/?day=2022-04-26&tz=UTC');
    const lightning = await box(page.locator(card('multiple-istio-revisions')));
    const talk = await box(page.locator(card('istio-usage-5g')));
    expect(lightning.height * 2.5).toBeLessThan(talk.height);
  });
});

for (const zone of [
  { id: 'America/Los_Angeles', day: '2022-04-25' },
  { id: 'Asia/Shanghai', day: '2022-04-26' },
]) {
  test.describe(`timetable in ${zone.id}`, () => {
    test.use({ timezoneId: zone.id });
    test('days regroup in the viewer’s zone', async ({ page }) => {
      await page.goto('/grid/');
      await page.locator(`[data-tabs] a[data-day="${zone.day}"]`).click();
      await expect(page).toHaveURL(new RegExp(`day=${zone.day}`));
      await expect(page.locator(card('ecosystem-outlook-from-china'))).toBeVisible();
      await expect(page.locator(`${card('ecosystem-outlook-from-china')} .clock time`).first()).toHaveText(
        zone.id === 'Asia/Shanghai' ? '09:15' : '18:15',
      );
    });
  });
}

test.describe('timetable state', () => {
  test.use({ timezoneId: 'UTC' });

  test('filters apply and the state is shared with the list', async ({ page }) => {
    await page.goto('/grid/?language=zh&tz=UTC');
    await expect(page.locator('[data-status]')).toHaveText('Showing 12 of 65 sessions');
    await expect(page.locator('[data-tabs] a[aria-current="true"]')).toContainText('Tue 26 Apr (7)');
    const langs = await page
      .locator('.slot:not([hidden]) article')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.lang));
    expect(new Set(langs)).toEqual(new Set(['zh']));
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Program' }).click();
    await expect(page).toHaveURL(/\/\?language=zh&tz=UTC$/);
    await expect(page.locator('article[data-slug]')).toHaveCount(12);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Grid' }).click();
    await expect(page).toHaveURL(/\/grid\/\?language=zh&tz=UTC$/);
  });

  test('a `now` preview marks live and next sessions and draws the now line', async ({ page }) => {
    await page.goto('/grid/?tz=UTC&now=2022-04-25T15:10:00Z');
    await expect(page.locator(`${card('state-istio')} .flag-live`)).toHaveText('Live');
    await expect(page.locator(`${card('zero-trust-istio')} .flag-next`)).toHaveText('Up next');
    await expect(page.locator('.grid-day[data-current] [data-now-line]')).toBeVisible();
    await expect(page.locator('[data-now-bar]')).toContainText('Live now: State of Istio');
    await page.goto('/grid/?tz=UTC&now=2022-04-28T16:10:00Z&day=2022-04-25');
    await page.getByRole('button', { name: 'Jump to now' }).click();
    await expect(page.locator('.grid-day[data-current] h2')).toHaveText('Thursday 28 April 2022');
    await expect(page.locator('.grid-day[data-current] [data-now-line]')).toBeInViewport();
  });

  test('arrow keys move between sessions', async ({ page }) => {
    await page.goto('/grid/?tz=UTC&day=2022-04-25');
    await page.locator(`${card('state-istio')} .title a`).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`${card('zero-trust-istio')} .title a`)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(`${card('state-istio')} .title a`)).toBeFocused();
  });
});

test.describe('timetable on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, timezoneId: 'Asia/Kolkata' });
  test('never scrolls the page sideways', async ({ page }) => {
    await page.goto('/grid/');
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await expect(page.locator('.grid-day[data-current] article').first()).toBeVisible();
  });
});

test.describe('a day link made without JavaScript', () => {
  test.use({ timezoneId: 'UTC' });
  test('opens that day with JavaScript too', async ({ page }) => {
    await page.goto('/grid/?tz=UTC#day-2022-04-27');
    await expect(page.locator('.grid-day[data-current] h2')).toHaveText('Wednesday 27 April 2022');
  });
});
