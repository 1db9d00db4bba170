import { expect, test, type Page } from '@playwright/test';

const B1B = 'ecosystem-outlook-from-china'; // 2022-04-26T01:15Z, Chinese panel
const dayOf = (page: Page, slug: string) =>
  page
    .locator(`article[data-slug="${slug}"]`)
    .evaluate((a) => a.closest('section')!.querySelector('h2')!.textContent!.trim());

function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

const zones = [
  { id: 'America/Los_Angeles', day: 'Monday 25 April 2022', time: '18:15', offset: 'UTC−7', shift: '−1 day' },
  { id: 'Asia/Shanghai', day: 'Tuesday 26 April 2022', time: '09:15', offset: 'UTC+8', shift: '' },
  { id: 'Asia/Kathmandu', day: 'Tuesday 26 April 2022', time: '07:00', offset: 'UTC+5:45', shift: '' },
  { id: 'Pacific/Pago_Pago', day: 'Monday 25 April 2022', time: '14:15', offset: 'UTC−11', shift: '−1 day' },
  { id: 'Pacific/Kiritimati', day: 'Tuesday 26 April 2022', time: '15:15', offset: 'UTC+14', shift: '' },
];

for (const zone of zones) {
  test.describe(`in ${zone.id}`, () => {
    test.use({ timezoneId: zone.id });

    test('times show in the viewer’s zone, with UTC beside them, and days regroup', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto('/');
      await expect(page.locator('[data-zone-note]')).toContainText(zone.id.replace(/_/g, ' '));
      const card = page.locator(`article[data-slug="${B1B}"]`);
      await expect(card.locator('.clock time').first()).toHaveText(zone.time);
      await expect(card.locator('.clock time').first()).toHaveAttribute('datetime', '2022-04-26T01:15:00Z');
      await expect(card.locator('.zone')).toHaveText(zone.offset);
      await expect(card.locator('.alt')).toContainText('01:15–01:55 UTC');
      await expect(card.locator('.shift')).toHaveText(zone.shift ? `${zone.shift} from UTC` : '');
      expect(await dayOf(page, B1B)).toBe(zone.day);
      await expect(page.locator('article[data-slug]')).toHaveCount(65);
      expect(errors).toEqual([]);
    });
  });
}

test.describe('zone picker', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('choosing a zone regroups, persists and travels in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Time zone').selectOption('America/Los_Angeles');
    await expect(page).toHaveURL(/tz=America\/Los_Angeles/);
    expect(await dayOf(page, B1B)).toBe('Monday 25 April 2022');
    await page.goto('/');
    expect(await dayOf(page, B1B)).toBe('Monday 25 April 2022');
    await expect(page.getByLabel('Time zone')).toHaveValue('America/Los_Angeles');
    await page.getByLabel('Time zone').selectOption('local');
    await expect(page).not.toHaveURL(/tz=/);
    expect(await dayOf(page, B1B)).toBe('Tuesday 26 April 2022');
  });

  test('any IANA zone can be typed; an unknown one is refused politely', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Time zone').selectOption('other');
    const other = page.getByLabel('Any IANA zone');
    await other.fill('Mars/Olympus');
    await other.press('Enter');
    await expect(page.locator('[data-tz-error]')).toContainText('not a time zone');
    await other.fill('Pacific/Chatham');
    await other.press('Enter');
    await expect(page).toHaveURL(/tz=Pacific\/Chatham/);
    await expect(page.locator(`article[data-slug="${B1B}"] .clock time`).first()).toHaveText('14:00');
  });

  test('switching zones does not move the layout', async ({ page }) => {
    await page.goto('/?tz=UTC');
    const box = async () => page.locator(`article[data-slug="state-istio"]`).boundingBox();
    const before = await box();
    await page.getByLabel('Time zone').selectOption('Asia/Tokyo');
    await expect(page.locator('article[data-slug="state-istio"] .clock time').first()).toHaveText('00:00');
    const after = await box();
    expect(after!.height).toBe(before!.height);
  });
});

test.describe('filters', () => {
  test.use({ timezoneId: 'UTC' });

  test('language, track and type combine; counts, URL, reload and clear', async ({ page }) => {
    await page.goto('/');
    await page.locator('details.filters summary').click();
    await page.getByRole('checkbox', { name: /中文/ }).check();
    await expect(page.locator('[data-status]')).toHaveText('Showing 12 of 65 sessions');
    await expect(page).toHaveURL(/language=zh/);
    await expect(page.locator('article[data-slug]:visible')).toHaveCount(12);
    // Counts of other facets follow the language filter.
    await expect(
      page
        .getByRole('checkbox', { name: /Lightning talk/ })
        .locator('xpath=..')
        .locator('[data-count]'),
    ).toHaveText('1');
    await page.getByRole('checkbox', { name: /English/ }).check();
    await expect(page.locator('[data-status]')).toHaveText('Showing all 65 sessions');
    await page.getByRole('checkbox', { name: /Workshop/ }).check();
    await expect(page.locator('[data-status]')).toHaveText('Showing 4 of 65 sessions');
    await expect(page).toHaveURL(/language=en,zh&type=workshop|type=workshop/);
    await page.reload();
    await expect(page.locator('[data-status]')).toHaveText('Showing 4 of 65 sessions');
    // Active filters open the panel on arrival, so the visitor sees why the list is short.
    await expect(page.getByRole('checkbox', { name: /Workshop/ })).toBeChecked();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.locator('[data-status]')).toHaveText('Showing all 65 sessions');
    await expect(page).toHaveURL(/\/$/);
  });

  test('a shared URL restores the view; several tracks combine with OR', async ({ page }) => {
    await page.goto('/?language=en&track=keynote,use-case&type=presentation');
    const cards = page.locator('article[data-slug]');
    const facts = await cards.evaluateAll((els) => els.map((e) => ({ ...(e as HTMLElement).dataset })));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(f.lang).toBe('en');
      expect(['keynote', 'use-case']).toContain(f.track);
      expect(f.type).toBe('presentation');
    }
    await expect(page.locator('[data-status]')).toHaveText(`Showing ${facts.length} of 65 sessions`);
  });

  test('sessions without a track are a filter value of their own', async ({ page }) => {
    await page.goto('/?track=none');
    await expect(page.locator('article[data-slug]')).toHaveCount(4);
  });

  test('an empty result offers a way out', async ({ page }) => {
    await page.goto('/?language=zh&type=workshop');
    await expect(page.locator('[data-empty]')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(page.locator('article[data-slug]')).toHaveCount(65);
  });
});

test.describe('search', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('loads on first use, ranks, highlights, travels in the URL', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('/');
    expect(fetched.some((u) => u.includes('search.json'))).toBe(false);
    await page.keyboard.press('/');
    await expect(page.getByLabel('Search')).toBeFocused();
    await page.keyboard.type('grpc');
    await expect(page.locator('article[data-slug]').first()).toHaveAttribute('data-slug', 'proxyless-grpc');
    await expect(page.locator('article[data-slug="proxyless-grpc"] mark').first()).toBeVisible();
    await expect(page).toHaveURL(/q=grpc/);
    await expect(page.locator('[data-status]')).toContainText('matching “grpc”');
    expect(fetched.some((u) => u.includes('search.json'))).toBe(true);
  });

  test('a Chinese phrase finds the Chinese session, combined with a filter', async ({ page }) => {
    await page.goto('/?q=%E6%80%A7%E8%83%BD&language=zh');
    await expect(page.locator('article[data-slug]').first()).toHaveAttribute('data-slug', 'istio推送的性能优化经验');
  });

  test('back and forward restore the view', async ({ page }) => {
    await page.goto('/?q=ebpf');
    await expect(page.locator('[data-status]')).toContainText('matching “ebpf”');
    await page.locator('article[data-slug] h3 a').first().click();
    await expect(page).toHaveURL(/\/sessions\//);
    await page.goBack();
    await expect(page).toHaveURL(/q=ebpf/);
    await expect(page.getByLabel('Search')).toHaveValue('ebpf');
    await expect(page.locator('[data-status]')).toContainText('matching “ebpf”');
  });
});

test.describe('hostile input', () => {
  test('unknown zone, unknown values, HTML in q and corrupted storage leave a working page', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      localStorage.setItem('istiocon:tz', '"><img src=x onerror=alert(1)>');
      localStorage.setItem('istiocon:starred', '{not json');
    });
    const q = '<img src=x onerror=alert(1)><script>alert(2)</script>' + 'x'.repeat(500);
    await page.goto(
      `/?tz=Mars/Olympus&track=bogus,keynote&language=xx&type=%3Cb%3E&q=${encodeURIComponent(q)}&now=yesterday`,
    );
    await expect(page.getByLabel('Search')).toHaveValue(q.slice(0, 200));
    await expect(page.locator('main img[src="x"]')).toHaveCount(0);
    await expect(page.locator('[data-empty]')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(page.locator('article[data-slug]')).toHaveCount(65);
    await expect(page).not.toHaveURL(/bogus|Mars|xx/);
    expect(errors).toEqual([]);
  });
});
