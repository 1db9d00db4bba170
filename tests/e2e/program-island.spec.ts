import { expect, test, type Page } from '@playwright/test';
import { loadProgram } from '../helpers/content';
import { card, islandReady, texts, watch } from '../helpers/browser';
import { clockIn, dateIn, datesIn, longDay, minutes, offsetIn, shortDay } from '../helpers/clock';

/**
 * The program list with its island (<ic-program data-view="list">): the viewer's zone, the zone
 * picker, filters, the language choice, search, live marks, the sticky day chips, a phone's layout
 * and hostile input. Expected values come from the content (loadProgram), not from the page.
 */
const program = loadProgram();
const TOTAL = program.sessions.length;
const B1B = program.sessions.find((s) => s.code === 'b1b')!; // a Chinese panel at 01:15 UTC: another day in the Americas
const slugsWhere = (keep: (s: (typeof program.sessions)[number]) => boolean) =>
  program.sessions.filter(keep).map((s) => s.slug);

/** The day heading of the list section that holds a session. */
const headingOf = (page: Page, slug: string) =>
  page.locator(`[data-days] > section[data-date]`, { has: page.locator(`article[data-slug="${slug}"]`) }).locator('h2');

const shownSlugs = (page: Page) =>
  page
    .locator('[data-days] > section[data-date] article[data-slug]:visible')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug!));

const status = (page: Page) => page.locator('[data-status]');

for (const zone of [
  'America/Los_Angeles',
  'Asia/Shanghai',
  'Asia/Kathmandu',
  'Pacific/Pago_Pago',
  'Pacific/Kiritimati',
]) {
  test.describe(`in ${zone}`, () => {
    test.use({ timezoneId: zone });

    test('times show in the viewer’s zone with UTC beside them, and the days regroup', async ({ page }) => {
      const { errors } = await watch(page);
      await page.goto('/');
      await islandReady(page);
      await expect(page.locator('[data-zone-note]')).toContainText(zone.replace(/_/g, ' '));
      await expect(page.locator('[data-zone-note]')).toContainText(offsetIn(zone, B1B.start));
      const fact = card(page, B1B.slug).locator('[data-fact="card"]');
      await expect(fact.locator('[data-part="from"]')).toHaveText(clockIn(B1B.start, zone));
      await expect(fact.locator('[data-part="from"]')).toHaveAttribute('datetime', B1B.start);
      await expect(fact.locator('[data-part="to"]')).toHaveText(clockIn(B1B.end, zone));
      await expect(fact.locator('[data-part="zone"]')).toHaveText(offsetIn(zone, B1B.start));
      await expect(fact.locator('[data-part="alt"]')).toHaveText(
        `${clockIn(B1B.start, 'UTC')}–${clockIn(B1B.end, 'UTC')} UTC · ${minutes(B1B.start, B1B.end)} min`,
      );
      const local = dateIn(B1B.start, zone);
      const utc = dateIn(B1B.start, 'UTC');
      await expect(fact.locator('[data-part="shift"]')).toHaveText(
        local < utc ? '−1 day from UTC' : local > utc ? '+1 day from UTC' : '',
      );
      await expect(headingOf(page, B1B.slug)).toHaveText(longDay(local, 'en'));
      // Every day of the list is a day in this zone, and the chips name the same days.
      const days = datesIn(
        program.sessions.map((s) => s.start),
        zone,
      );
      await expect(page.locator('[data-days] > section[data-date]')).toHaveCount(days.length);
      expect(
        await page
          .locator('[data-days] > section[data-date]')
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.date)),
      ).toEqual(days);
      expect((await texts(page.locator('nav[data-daynav] a'))).map((t) => t.replace(/\s*\d+$/, ''))).toEqual(
        days.map((d) => shortDay(d, 'en')),
      );
      await expect(page.locator('[data-days] > section[data-date] article[data-slug]')).toHaveCount(TOTAL);
      expect(errors).toEqual([]);
    });
  });
}

test.describe('zone picker', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('choosing a zone regroups, persists and travels in the URL', async ({ page }) => {
    await page.goto('/');
    await islandReady(page);
    const select = page.getByLabel('Time zone', { exact: true });
    await expect(select.locator('option[value="local"]')).toHaveText('My time (Europe/Berlin)');
    await expect(select.locator('option[value="UTC"]')).toHaveText('Event time (UTC)');
    await select.selectOption('America/Los_Angeles');
    await expect(page).toHaveURL(/tz=America\/Los_Angeles/);
    await expect(headingOf(page, B1B.slug)).toHaveText(longDay(dateIn(B1B.start, 'America/Los_Angeles'), 'en'));
    expect(await page.evaluate(() => localStorage.getItem('istiocon:tz'))).toContain('America/Los_Angeles');
    await page.goto('/');
    await islandReady(page);
    await expect(select).toHaveValue('America/Los_Angeles');
    await expect(headingOf(page, B1B.slug)).toHaveText(longDay(dateIn(B1B.start, 'America/Los_Angeles'), 'en'));
    await select.selectOption('local');
    await expect(page).not.toHaveURL(/tz=/);
    await expect(headingOf(page, B1B.slug)).toHaveText(longDay(dateIn(B1B.start, 'Europe/Berlin'), 'en'));
    await expect(card(page, B1B.slug).locator('[data-part="from"]')).toHaveText(clockIn(B1B.start, 'Europe/Berlin'));
  });

  test('any IANA zone can be typed; an unknown one is refused without moving the toolbar', async ({ page }) => {
    await page.goto('/');
    await islandReady(page);
    await page.getByLabel('Time zone', { exact: true }).selectOption('other');
    const other = page.getByLabel('Any IANA time zone');
    await expect(other).toBeVisible();
    await expect(other).toBeFocused();
    // The row that holds the search box and the zone picker.
    const row = page.locator('[data-tools] > *', { has: page.locator('#q') });
    const before = (await row.boundingBox())!;
    await other.fill('Mars/Olympus');
    await other.press('Enter');
    const error = page.locator('[data-zone-error]');
    await expect(error).toHaveText('“Mars/Olympus” is not a time zone this browser knows.');
    await expect(other).toHaveAttribute('aria-invalid', 'true');
    const after = (await row.boundingBox())!;
    // One line: the error's line box and the small gap above it.
    const line = await error.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    expect((await error.boundingBox())!.height, 'the error takes one line').toBeLessThan(line * 1.5);
    expect(
      after.height - before.height,
      `the row grew from ${before.height} to ${after.height} px`,
    ).toBeLessThanOrEqual(line * 1.25);
    await other.fill('Pacific/Chatham');
    await other.press('Enter');
    await expect(page).toHaveURL(/tz=Pacific\/Chatham/);
    await expect(error).toHaveText('');
    await expect(card(page, B1B.slug).locator('[data-part="from"]')).toHaveText(clockIn(B1B.start, 'Pacific/Chatham'));
  });

  test('switching zones does not move the layout', async ({ page }) => {
    await page.goto('/?tz=UTC');
    await islandReady(page);
    const first = program.sessions[0];
    const box = async () => (await card(page, first.slug).boundingBox())!;
    const before = await box();
    await page.getByLabel('Time zone', { exact: true }).selectOption('Asia/Tokyo');
    await expect(card(page, first.slug).locator('[data-part="from"]')).toHaveText(clockIn(first.start, 'Asia/Tokyo'));
    expect((await box()).height).toBe(before.height);
  });
});

test.describe('filters', () => {
  test.use({ timezoneId: 'UTC' });

  test('the language choice, track and type combine; counts, URL, reload and clear', async ({ page }) => {
    const zh = slugsWhere((s) => s.languages.includes('zh'));
    await page.goto('/');
    await islandReady(page);
    const choice = page.locator('nav[data-language-choice]');
    await choice.getByRole('link', { name: '中文' }).click();
    await expect(status(page)).toHaveText(`Showing ${zh.length} of ${TOTAL} sessions`);
    await expect(page).toHaveURL(/\?language=zh$/);
    await expect(choice.locator('a[data-value="zh"]')).toHaveAttribute('aria-current', 'true');
    await expect(choice.locator('a[data-value=""]')).toHaveAttribute('aria-current', 'false');
    expect((await shownSlugs(page)).sort()).toEqual([...zh].sort());
    // Counts of the other facets follow the language.
    await page.locator('details[data-filters] > summary').click();
    const count = (facet: string, value: string) =>
      page
        .locator(`fieldset[data-facet="${facet}"] label`, { has: page.locator(`input[value="${value}"]`) })
        .locator('[data-count]');
    await expect(count('type', 'lightning-talk')).toHaveText(
      String(program.sessions.filter((s) => s.languages.includes('zh') && s.type === 'lightning-talk').length),
    );
    await choice.getByRole('link', { name: 'All' }).click();
    await expect(status(page)).toHaveText(`Showing all ${TOTAL} sessions`);
    const workshops = slugsWhere((s) => s.type === 'workshop');
    await page.locator('fieldset[data-facet="type"] input[value="workshop"]').check();
    await expect(status(page)).toHaveText(`Showing ${workshops.length} of ${TOTAL} sessions`);
    await expect(page).toHaveURL(/\?type=workshop$/);
    await expect(page.locator('[data-active-count]')).toHaveText('1');
    await page.reload();
    await islandReady(page);
    await expect(status(page)).toHaveText(`Showing ${workshops.length} of ${TOTAL} sessions`);
    // Active filters open the panel on arrival, so the visitor sees why the list is short.
    await expect(page.locator('details[data-filters]')).toHaveAttribute('open', '');
    await expect(page.locator('fieldset[data-facet="type"] input[value="workshop"]')).toBeChecked();
    expect((await shownSlugs(page)).sort()).toEqual([...workshops].sort());
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status(page)).toHaveText(`Showing all ${TOTAL} sessions`);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('[data-days] > section[data-date] article[data-slug]:visible')).toHaveCount(TOTAL);
  });

  test('a shared URL restores the view; several tracks combine with OR', async ({ page }) => {
    await page.goto('/?language=en&track=keynote,use-case&type=presentation');
    await islandReady(page);
    const expected = slugsWhere(
      (s) => s.languages.includes('en') && ['keynote', 'use-case'].includes(s.track ?? '') && s.type === 'presentation',
    );
    expect(expected.length).toBeGreaterThan(0);
    await expect(status(page)).toHaveText(`Showing ${expected.length} of ${TOTAL} sessions`);
    expect((await shownSlugs(page)).sort()).toEqual([...expected].sort());
    await expect(page.locator('details[data-filters]')).toHaveAttribute('open', '');
    await expect(page.locator('nav[data-language-choice] a[data-value="en"]')).toHaveAttribute('aria-current', 'true');
  });

  test('sessions without a track, and a room, are filter values of their own', async ({ page }) => {
    await page.goto('/?track=none');
    await islandReady(page);
    const untracked = slugsWhere((s) => !s.track);
    await expect(status(page)).toHaveText(`Showing ${untracked.length} of ${TOTAL} sessions`);
    expect((await shownSlugs(page)).sort()).toEqual([...untracked].sort());
    await page.goto('/');
    await islandReady(page);
    await page.locator('details[data-filters] > summary').click();
    const room = page.locator('fieldset[data-facet="room"]').getByRole('checkbox', { name: /^Workshop room/ });
    await room.check();
    const inRoom = slugsWhere((s) => s.room === 'workshop');
    await expect(page).toHaveURL(/\?room=workshop$/);
    await expect(status(page)).toHaveText(`Showing ${inRoom.length} of ${TOTAL} sessions`);
    expect((await shownSlugs(page)).sort()).toEqual([...inRoom].sort());
  });

  test('“Has a recording” filters, counts and travels in the URL; cards carry a recording mark', async ({ page }) => {
    const recorded = slugsWhere((s) => !!s.video);
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.length).toBeLessThan(TOTAL);
    await page.goto('/');
    await islandReady(page);
    await page.locator('details[data-filters] > summary').click();
    const box = page.getByRole('checkbox', { name: /^Has a recording/ });
    await expect(box).toHaveAttribute('data-recording', '');
    const label = page.locator('label', { has: page.locator('input[data-recording]') });
    await expect(label.locator('[data-count]')).toHaveText(String(recorded.length));
    await box.check();
    await expect(page).toHaveURL(/\?recording=1$/);
    await expect(status(page)).toHaveText(`Showing ${recorded.length} of ${TOTAL} sessions`);
    expect((await shownSlugs(page)).sort()).toEqual([...recorded].sort());
    // Every card shown is marked, and only recorded sessions carry the mark.
    const marks = await page.locator('[data-days] article[data-slug]').evaluateAll((els) =>
      els.map((e) => ({
        video: e.hasAttribute('data-video'),
        mark: [...e.querySelectorAll('li, span')].some((b) => b.textContent?.trim() === 'Recording'),
      })),
    );
    expect(marks.every((m) => m.video === m.mark)).toBe(true);
    // The count follows the other filters: recorded sessions in Chinese.
    await page.goto('/?recording=1&language=zh');
    await islandReady(page);
    const zhRecorded = program.sessions.filter((s) => s.video && s.languages.includes('zh')).length;
    await expect(status(page)).toHaveText(`Showing ${zhRecorded} of ${TOTAL} sessions`);
    await expect(page.locator('input[data-recording]')).toBeChecked();
  });

  test('an empty result offers a way out', async ({ page }) => {
    expect(slugsWhere((s) => s.languages.includes('zh') && s.type === 'workshop')).toEqual([]);
    await page.goto('/?language=zh&type=workshop');
    await islandReady(page);
    await expect(page.locator('[data-empty]')).toBeVisible();
    await expect(page.locator('[data-empty]')).toContainText('No sessions match.');
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(page.locator('[data-days] > section[data-date] article[data-slug]:visible')).toHaveCount(TOTAL);
    await expect(page.locator('[data-empty]')).toBeHidden();
    await expect(page.locator('#q')).toBeFocused();
  });
});

test.describe('the language choice on a phone and on a desktop', () => {
  for (const width of [390, 1280]) {
    test(`is above the fold at ${width} px and filters with the URL`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 500 ? 844 : 800 });
      await page.goto('/');
      await islandReady(page);
      const choice = page.locator('nav[data-language-choice]');
      await expect(choice).toBeInViewport({ ratio: 1 });
      const links = choice.getByRole('link');
      await expect(links).toHaveText(['All', 'English', '中文']);
      await choice.getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\?language=en$/);
      const en = slugsWhere((s) => s.languages.includes('en'));
      await expect(status(page)).toHaveText(`Showing ${en.length} of ${TOTAL} sessions`);
      await expect(choice.locator('a[data-value="en"]')).toHaveAttribute('aria-current', 'true');
      if (width < 500) return;
      // With a mouse (a fine pointer) the “/” key hint shows, and the key focuses search.
      await expect(page.locator('[data-tools]').getByText('/', { exact: true })).toBeVisible();
      await page.keyboard.press('/');
      await expect(page.getByLabel('Search', { exact: true })).toBeFocused();
    });
  }
});

test.describe('on a touch phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, timezoneId: 'UTC' });

  test('the first session card starts near the top and there is no “/” key hint', async ({ page }) => {
    await page.goto('/');
    await islandReady(page);
    const first = page.locator('[data-days] > section[data-date] article[data-slug]').first();
    const box = (await first.boundingBox())!;
    expect(box.y, 'top of the first session card').toBeLessThanOrEqual(420);
    await expect(page.getByText('/', { exact: true }).filter({ visible: true })).toHaveCount(0);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
  });
});

test.describe('the day chips', () => {
  test.use({ timezoneId: 'UTC', viewport: { width: 1280, height: 800 } });

  test('stay in view far down the list and jump to their day', async ({ page }) => {
    await page.goto('/');
    await islandReady(page);
    const nav = page.locator('nav[data-daynav]');
    const days = datesIn(
      program.sessions.map((s) => s.start),
      'UTC',
    );
    await expect(nav.locator('a[data-day]')).toHaveCount(days.length);
    // Far down: the last session.
    await page.locator('[data-days] article[data-slug]').last().scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000);
    await expect(nav).toBeInViewport({ ratio: 1 });
    const top = (await nav.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(80);
    // Back up to the second day.
    await nav.locator(`a[data-day="${days[1]}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#d-${days[1]}$`));
    const heading = page.locator(`[data-days] h2#d-${days[1]}`);
    await expect(heading).toHaveText(longDay(days[1], 'en'));
    await expect(heading).toBeInViewport();
    // The jump scrolls smoothly: once the heading is still, it is not hidden under the sticky chips.
    let last = NaN;
    await expect
      .poll(async () => {
        const y = (await heading.boundingBox())!.y;
        const still = Math.abs(y - last) < 0.5;
        last = y;
        return still;
      })
      .toBe(true);
    const h = (await heading.boundingBox())!;
    const n = (await nav.boundingBox())!;
    expect(h.y).toBeGreaterThanOrEqual(n.y + n.height - 1);
  });
});

test.describe('during the conference (a `now` preview)', () => {
  test.use({ timezoneId: 'UTC', viewport: { width: 1280, height: 800 } });
  const NOW = '2022-04-28T16:10:00Z';
  const live = program.sessions.filter(
    (s) => Date.parse(s.start) <= Date.parse(NOW) && Date.parse(s.end) > Date.parse(NOW),
  );

  test('the list opens on what is on, marks it, and the Now strip links to the sessions', async ({ page }) => {
    expect(live.length).toBeGreaterThan(0);
    await page.goto(`/?now=${NOW}`);
    await islandReady(page);
    const onNow = card(page, live[0].slug);
    await expect(onNow).toHaveAttribute('data-live', 'live');
    await expect(onNow.locator('[data-flag="live"]')).toHaveText('Live');
    await expect(onNow).toBeInViewport();
    const strip = page.locator('[data-now]');
    await expect(strip).toBeVisible();
    const links = strip.locator('[data-now-list] a');
    await expect(links.first()).toHaveText(live[0].title);
    for (const a of await links.all()) await expect(a).toHaveAttribute('href', /^\/sessions\/[^/]+\/$/);
    await expect(links.first()).toHaveAttribute('href', `/sessions/${encodeURIComponent(live[0].slug)}/`);
    // Jump to now, from the top of the page.
    await page.evaluate(() => scrollTo(0, 0));
    await expect(onNow).not.toBeInViewport();
    await page.getByRole('button', { name: 'Jump to now' }).click();
    await expect(onNow).toBeInViewport();
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`/sessions/${encodeURIComponent(live[0].slug)}/$`));
  });

  test('before and after the conference there is no Now strip', async ({ page }) => {
    await page.goto('/?now=2022-04-20T10:00:00Z');
    await islandReady(page);
    await expect(page.locator('[data-now]')).toBeHidden();
    await expect(page.locator('article[data-live]')).toHaveCount(0);
  });
});

test.describe('search', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('loads on first use (index, then text), ranks, highlights, travels in the URL', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/');
    await islandReady(page);
    expect(fetched.filter((u) => u.startsWith('/search/'))).toEqual([]);
    expect(fetched.some((u) => /search-engine/.test(u))).toBe(false);
    await page.keyboard.press('/');
    await expect(page.getByLabel('Search', { exact: true })).toBeFocused();
    await page.keyboard.type('grpc');
    const first = page.locator('[data-days] article[data-slug]').first();
    await expect(first).toHaveAttribute('data-slug', 'proxyless-grpc');
    await expect(first.locator('h3 mark').first()).toHaveText(/grpc/i);
    await expect(page).toHaveURL(/\?q=grpc$/);
    await expect(status(page)).toContainText('matching “grpc”');
    await expect
      .poll(() => fetched.filter((u) => u.startsWith('/search/')))
      .toEqual(['/search/index.json', '/search/text.json']);
    expect(fetched.some((u) => /search-engine/.test(u))).toBe(true);
  });

  test('a Chinese phrase finds the Chinese session, combined with a filter', async ({ page }) => {
    await page.goto('/?q=%E6%80%A7%E8%83%BD&language=zh');
    await islandReady(page);
    await expect(page.locator('[data-days] article[data-slug]').first()).toHaveAttribute(
      'data-slug',
      'istio推送的性能优化经验',
    );
  });

  test('finds a session type, a room, a language by either name and a speaker’s organisation', async ({ page }) => {
    const cases: { q: string; what: string; expected: string[] }[] = [
      { q: 'workshop', what: 'the workshops (a type)', expected: slugsWhere((s) => s.type === 'workshop') },
      {
        q: 'lightning',
        what: 'the lightning talks (a type)',
        expected: slugsWhere((s) => s.type === 'lightning-talk'),
      },
      { q: 'Workshop room', what: 'the sessions in a room', expected: slugsWhere((s) => s.room === 'workshop') },
      { q: '中文', what: 'the sessions in Chinese', expected: slugsWhere((s) => s.languages.includes('zh')) },
      { q: 'Chinese', what: 'the sessions in Chinese', expected: slugsWhere((s) => s.languages.includes('zh')) },
      ...['Tetrate', '网易'].map((org) => {
        const people = program.speakers.filter((p) => p.designation?.includes(org)).map((p) => p.slug);
        return {
          q: org,
          what: `every session of ${people.join(', ')} (designations naming ${org})`,
          expected: slugsWhere((s) => s.speakers.some((sp) => people.includes(sp))),
        };
      }),
    ];
    await page.goto('/');
    await islandReady(page);
    const box = page.getByLabel('Search', { exact: true });
    for (const c of cases) {
      expect(c.expected.length, c.q).toBeGreaterThan(0);
      await box.fill(c.q);
      await expect(status(page)).toContainText(`matching “${c.q}”`);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(c.q);
      const more = page.getByRole('button', { name: /^Show \d+ more$/ });
      while (await more.isVisible()) await more.click();
      const slugs = await page
        .locator('[data-days] article[data-slug]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug!));
      expect
        .soft(
          c.expected.filter((s) => !slugs.includes(s)),
          `“${c.q}” should find ${c.what}`,
        )
        .toEqual([]);
    }
  });

  test('many results come 50 at a time, with “Show N more”', async ({ page }) => {
    // The abstracts (search/text.json) refine the results: count them once both parts are in.
    const text = page.waitForResponse((r) => r.url().endsWith('/search/text.json'));
    await page.goto('/?q=livestream');
    await islandReady(page);
    await text;
    await expect(status(page)).toContainText('matching “livestream”');
    const shown = Number(/Showing (?:all )?(\d+)/.exec((await status(page).textContent()) ?? '')![1]);
    // A room most sessions are in: more than one page of results.
    expect(shown).toBeGreaterThanOrEqual(program.sessions.filter((s) => s.room === 'livestream').length);
    expect(shown).toBeGreaterThan(50);
    const cards = page.locator('[data-days] article[data-slug]');
    await expect(cards).toHaveCount(50);
    const more = page.getByRole('button', { name: `Show ${Math.min(shown - 50, 50)} more` });
    // A render as the text part arrives may replace the button under the click: press it again then.
    await expect(async () => {
      if (await more.isVisible()) await more.click();
      await expect(cards).toHaveCount(shown, { timeout: 1000 });
    }).toPass();
    await expect(cards.nth(50).locator('h3 a')).toBeFocused();
  });

  test('back and forward restore the view', async ({ page }) => {
    await page.goto('/?q=ebpf');
    await islandReady(page);
    await expect(status(page)).toContainText('matching “ebpf”');
    await page.locator('[data-days] article[data-slug] h3 a').first().click();
    await expect(page).toHaveURL(/\/sessions\//);
    await page.goBack();
    await expect(page).toHaveURL(/q=ebpf/);
    await expect(page.getByLabel('Search', { exact: true })).toHaveValue('ebpf');
    await expect(status(page)).toContainText('matching “ebpf”');
  });
});

test.describe('hostile input', () => {
  test('unknown zone and values, HTML in q, impossible dates and corrupted storage leave a working page', async ({
    page,
  }) => {
    const { errors } = await watch(page);
    await page.addInitScript(() => {
      localStorage.setItem('istiocon:tz', '"><img src=x onerror=alert(1)>');
      localStorage.setItem('istiocon:starred', '{not json');
    });
    const q = '<img src=x onerror=alert(1)><script>alert(2)</script>' + 'x'.repeat(500);
    await page.goto(
      `/?tz=Mars/Olympus&track=bogus,keynote&language=xx&type=%3Cb%3E&room=nowhere&q=${encodeURIComponent(q)}&now=yesterday`,
    );
    await islandReady(page);
    await expect(page.getByLabel('Search', { exact: true })).toHaveValue(q.slice(0, 200));
    await expect(page.locator('main img[src="x"]')).toHaveCount(0);
    await expect(page.locator('[data-empty]')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(page.locator('[data-days] > section[data-date] article[data-slug]:visible')).toHaveCount(TOTAL);
    await expect(page).not.toHaveURL(/bogus|Mars|xx|nowhere|yesterday/);
    // The bad stored list was reset, and the page says so.
    await expect(page.locator('[data-star-count]')).toHaveText('0');
    expect(errors).toEqual([]);
  });

  test('an impossible day or instant is ignored, not rolled over', async ({ page }) => {
    const { errors } = await watch(page);
    await page.goto('/grid/?tz=UTC&day=2022-02-31&now=2022-02-31T10:00:00Z');
    await islandReady(page);
    await expect(page.locator('[data-grid-days] > section[data-current]')).toHaveAttribute(
      'data-date',
      dateIn(program.sessions[0].start, 'UTC'),
    );
    await expect(page.locator('[data-now]')).toBeHidden();
    await expect(page.locator('article[data-live]')).toHaveCount(0);
    await expect(page).not.toHaveURL(/day=|now=/);
    await page.goto('/?tz=UTC&now=2022-04-28T25:10:00Z');
    await islandReady(page);
    await expect(page.locator('[data-now]')).toBeHidden();
    expect(errors).toEqual([]);
  });
});
