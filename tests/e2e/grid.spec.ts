import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadProgram } from '../helpers/content';
import { card, islandReady, overlaps, texts } from '../helpers/browser';
import { clockIn, dateIn, datesIn, longDay, minutes, shortDay } from '../helpers/clock';

/**
 * The timetable (/grid/, <ic-program data-view="grid">): one day at a time, rooms side by side,
 * heights that follow durations; its cards, stars and sticky heads; the live state and "Jump to
 * now" on a desktop and on a phone's agenda layout. Facts come from the content.
 */
const program = loadProgram();
const TOTAL = program.sessions.length;
const bySlug = new Map(program.sessions.map((s) => [s.slug, s]));
const onDay = (date: string, zone = 'UTC') => program.sessions.filter((s) => dateIn(s.start, zone) === date);
const box = async (l: Locator) => (await l.boundingBox())!;
const current = (page: Page) => page.locator('[data-grid-days] > section[data-current]');
/** The timetable's tabs. */
const tabs = (page: Page) => page.locator('nav[data-daynav] a[data-day]');

/** A day's cards are laid out once a filter or a star narrows it: the slots' total height. */
const dayHeight = (page: Page) =>
  current(page)
    .locator('ol[data-slots]')
    .evaluate((e) => e.getBoundingClientRect().height);

test.describe('timetable without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows one day at a time and every day is addressable', async ({ page }) => {
    const days = datesIn(
      program.sessions.map((s) => s.start),
      'UTC',
    );
    await page.goto('/grid/');
    const visible = page.locator('[data-grid-days] > section[data-date]:visible');
    await expect(visible).toHaveCount(1);
    await expect(visible.locator('h2')).toHaveText(longDay(days[0], 'en'));
    await page.getByRole('link', { name: shortDay(days[3], 'en') }).click();
    await expect(page).toHaveURL(new RegExp(`#day-${days[3]}$`));
    await expect(visible.locator('h2')).toHaveText(longDay(days[3], 'en'));
    await expect(visible.locator('article[data-slug]')).toHaveCount(onDay(days[3]).length);
    // Without JavaScript the search box and the zone picker are not shown, and a note says why.
    await expect(page.getByLabel('Search', { exact: true })).toBeHidden();
    await expect(page.getByLabel('Time zone', { exact: true })).toBeHidden();
    // (Playwright's text engine skips <noscript>, so the note is found by its element.)
    await expect(page.locator('[data-tools] p', { hasText: 'Turn on JavaScript' })).toHaveText(
      'Times are in UTC. Turn on JavaScript to search, filter and see every time in your own zone.',
    );
  });
});

test.describe('timetable geometry on screen', () => {
  test.use({ timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });

  test('parallel sessions sit side by side, later ones lower, heights follow duration', async ({ page }) => {
    const workshop = bySlug.get('istio-0-to-60-workshop')!;
    const talk = bySlug.get('lessons-learned-on-multi-tenancy-controls')!;
    const later = bySlug.get('proxyless-grpc')!;
    expect(Date.parse(talk.start)).toBeGreaterThanOrEqual(Date.parse(workshop.start));
    expect(Date.parse(talk.end)).toBeLessThanOrEqual(Date.parse(workshop.end));
    await page.goto('/grid/?day=2022-04-25&tz=UTC');
    await islandReady(page);
    const w = await box(card(page, workshop.slug));
    const t = await box(card(page, talk.slug));
    const l = await box(card(page, later.slug));
    expect(overlaps(w, t), 'parallel sessions are in different columns').toBe(false);
    expect(l.y).toBeGreaterThan(t.y + t.height - 1);
    const expected = minutes(workshop.start, workshop.end) / minutes(talk.start, talk.end);
    expect(w.height / t.height).toBeGreaterThan(expected - 0.4);
    expect(w.height / t.height).toBeLessThan(expected + 0.4);
    // No two visible cards overlap.
    const boxes = await current(page)
      .locator('li[data-col]:not([hidden])')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBe(onDay('2022-04-25').length);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i], boxes[j]), `cards ${i} and ${j}`).toBe(false);
  });

  test('a 10-minute lightning talk is visibly shorter than a 35-minute talk', async ({ page }) => {
    const lightning = bySlug.get('multiple-istio-revisions')!;
    const talk = bySlug.get('istio-usage-5g')!;
    expect(minutes(lightning.start, lightning.end)).toBe(10);
    expect(minutes(talk.start, talk.end)).toBeGreaterThanOrEqual(35);
    await page.goto('/grid/?day=2022-04-26&tz=UTC');
    await islandReady(page);
    expect((await box(card(page, lightning.slug))).height * 2.5).toBeLessThan(
      (await box(card(page, talk.slug))).height,
    );
  });

  test('room heads stay at the top and times at the left while the frame scrolls; two rooms need no sideways scroll', async ({
    page,
  }) => {
    await page.goto('/grid/?day=2022-04-26&tz=UTC');
    await islandReady(page);
    const frame = current(page).locator('[data-frame]');
    const scaffold = frame.locator('[data-scaffold]');
    const heads = program.rooms.map((r) => scaffold.locator(':scope > *', { hasText: new RegExp(`^${r.name}$`) }));
    const labels = scaffold.locator(':scope > *', { hasText: /^\d\d:\d\d$/ });
    await frame.scrollIntoViewIfNeeded();
    const sizes = await frame.evaluate((f) => [f.scrollWidth, f.clientWidth, f.scrollHeight, f.clientHeight]);
    expect(sizes[0], 'no sideways scroll for two rooms').toBeLessThanOrEqual(sizes[1]);
    expect(sizes[2], 'the day is taller than its frame').toBeGreaterThan(sizes[3] + 500);
    await frame.evaluate((f) => f.scrollBy(0, 1000));
    await expect.poll(() => frame.evaluate((f) => f.scrollTop)).toBeGreaterThanOrEqual(1000);
    const f = await box(frame);
    for (const head of heads) {
      const h = await box(head);
      expect(Math.abs(h.y - f.y), 'a room head stays at the top of the frame').toBeLessThan(3);
    }
    // A time label is shown at the left edge within the scrolled part.
    const shown = await labels.evaluateAll(
      (els, top) =>
        els
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.top > top + 40 && r.bottom < top + 700)
          .map((r) => r.left),
      f.y,
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const left of shown) expect(Math.abs(left - f.x)).toBeLessThan(3);
  });
});

test.describe('grid cards', () => {
  for (const width of [390, 1280]) {
    test(`at ${width} px the star never covers the title and is at least 44×44 px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/grid/?day=2022-04-26&tz=UTC');
      await islandReady(page);
      const cards = current(page).locator('article[data-slug]');
      const n = await cards.count();
      expect(n).toBe(onDay('2022-04-26').length);
      const problems: string[] = [];
      /** The star's box when it shows, and the boxes of the title's text itself, line by line. */
      const measure = (c: Locator) =>
        c.evaluate((article) => {
          const star = article.querySelector('button[data-star]')!;
          const range = document.createRange();
          range.selectNodeContents(article.querySelector('h3 a')!);
          return {
            shown: star.checkVisibility({ visibilityProperty: true }),
            star: star.getBoundingClientRect().toJSON() as DOMRect,
            lines: [...range.getClientRects()].map((r) => r.toJSON() as DOMRect),
          };
        });
      const check = (slug: string, state: string, m: Awaited<ReturnType<typeof measure>>) => {
        if (m.star.width < 44 || m.star.height < 44)
          problems.push(`${slug} (${state}): star ${m.star.width}×${m.star.height}`);
        if (m.lines.some((line) => overlaps(line, m.star)))
          problems.push(`${slug} (${state}): the star covers the title`);
      };
      for (let i = 0; i < n; i++) {
        const c = cards.nth(i);
        const slug = (await c.getAttribute('data-slug'))!;
        await c.scrollIntoViewIfNeeded();
        // A short card may keep its star until it opens: then it must show, whole and beside the title.
        const closed = await measure(c);
        if (closed.shown) check(slug, 'closed', closed);
        await c.hover({ position: { x: 4, y: 4 } });
        const open = await measure(c);
        if (!open.shown) problems.push(`${slug} (open): no star`);
        else check(slug, 'open', open);
      }
      expect(problems).toEqual([]);
      await expect(cards.first().locator('button[data-star]')).toHaveAccessibleName(
        `Add to My schedule: ${bySlug.get((await cards.first().getAttribute('data-slug'))!)!.title}`,
      );
    });
  }

  test.describe('on a touch screen', () => {
    test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, timezoneId: 'UTC' });

    test('tapping a 10-minute session’s card (not its link) shows its whole title and speakers', async ({ page }) => {
      const short = bySlug.get('improving-rate-limit-experience')!;
      expect(minutes(short.start, short.end)).toBe(10);
      await page.goto(`/grid/?day=${dateIn(short.start, 'UTC')}&tz=UTC`);
      await islandReady(page);
      const c = card(page, short.slug);
      // Instantly: the page scrolls smoothly, and a tap must land where the card was measured.
      await c.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await expect(c).toBeInViewport({ ratio: 1 });
      const clipped = () => c.evaluate((e) => e.scrollHeight > e.clientHeight + 1, undefined, { timeout: 1000 });
      expect(await clipped(), 'the card is too short for its text before the tap').toBe(true);
      // A point of the card that is not its link: the middle of its time.
      const point = await c.evaluate((e) => {
        const r = e.querySelector('[data-fact="slot"]')!.getBoundingClientRect();
        const [x, y] = [r.left + Math.min(r.width / 2, 20), r.top + r.height / 2];
        const hit = document.elementFromPoint(x, y);
        return { x, y, inCard: e.contains(hit), onLink: !!hit?.closest('a') };
      });
      expect(point).toMatchObject({ inCard: true, onLink: false });
      const left: string[] = [];
      page.on('framenavigated', (f) => f === page.mainFrame() && left.push(f.url()));
      await page.touchscreen.tap(point.x, point.y);
      // A tap on the card expands it; it does not follow the title link.
      const state = async () => {
        const shown = await clipped().then(
          (cut) => (cut ? 'clipped' : 'expanded'),
          () => 'gone',
        );
        return left.length ? `navigated to ${left[0]}` : shown;
      };
      await expect.poll(state).toBe('expanded');
      const names = short.speakers.map((s) => program.speakers.find((p) => p.slug === s)!.name);
      await expect(c).toContainText(short.title);
      for (const name of names) await expect(c).toContainText(name);
      // Nothing covers the end of the title or the speakers' line: the card is on top.
      const covered = await c.evaluate((e) => {
        const r = e.getBoundingClientRect();
        const probe = (x: number, y: number) => e.contains(document.elementFromPoint(x, y));
        return !probe(r.left + r.width / 2, r.bottom - 4) || !probe(r.left + 12, r.top + r.height / 2);
      });
      expect(covered).toBe(false);
    });
  });

  test('a filtered or starred day collapses its empty stretches', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const day = '2022-04-26';
    await page.goto(`/grid/?day=${day}&tz=UTC`);
    await islandReady(page);
    const full = await dayHeight(page);
    await page.goto(`/grid/?day=${day}&tz=UTC&language=zh`);
    await islandReady(page);
    await expect(current(page).locator('li[data-col]:not([hidden])')).toHaveCount(
      onDay(day).filter((s) => s.languages.includes('zh')).length,
    );
    expect(await dayHeight(page), `unfiltered ${full} px`).toBeLessThan(full * 0.6);
    // Two starred sessions hours apart: the stretch between them collapses.
    const [a, b] = [onDay(day)[0], onDay(day).at(-1)!];
    expect(Date.parse(b.start) - Date.parse(a.end)).toBeGreaterThan(6 * 3_600_000);
    await page.addInitScript(
      (slugs) => localStorage.setItem('istiocon:starred', JSON.stringify(slugs)),
      [a.slug, b.slug],
    );
    await page.goto(`/grid/?day=${day}&tz=UTC&starred=1`);
    await islandReady(page);
    await expect(current(page).locator('li[data-col]:not([hidden])')).toHaveCount(2);
    expect(await dayHeight(page), `unfiltered ${full} px`).toBeLessThan(full * 0.3);
  });
});

for (const zone of ['America/Los_Angeles', 'Asia/Shanghai']) {
  test.describe(`timetable in ${zone}`, () => {
    test.use({ timezoneId: zone });
    test('days regroup in the viewer’s zone', async ({ page }) => {
      const s = bySlug.get('ecosystem-outlook-from-china')!;
      const day = dateIn(s.start, zone);
      await page.goto('/grid/');
      await islandReady(page);
      const days = datesIn(
        program.sessions.map((x) => x.start),
        zone,
      );
      expect((await texts(tabs(page))).map((t) => t.replace(/\s*\d+$/, ''))).toEqual(
        days.map((d) => shortDay(d, 'en')),
      );
      await tabs(page)
        .and(page.locator(`[data-day="${day}"]`))
        .click();
      await expect(page).toHaveURL(new RegExp(`day=${day}`));
      await expect(current(page)).toHaveAttribute('data-date', day);
      await expect(current(page).locator('h2')).toHaveText(longDay(day, 'en'));
      await expect(card(page, s.slug)).toBeVisible();
      await expect(card(page, s.slug).locator('[data-part="from"]')).toHaveText(clockIn(s.start, zone));
      await expect(current(page).locator('li[data-col]:not([hidden])')).toHaveCount(onDay(day, zone).length);
    });
  });
}

test.describe('timetable state', () => {
  test.use({ timezoneId: 'UTC' });

  test('filters apply and the state is shared with the list', async ({ page }) => {
    const zh = program.sessions.filter((s) => s.languages.includes('zh'));
    await page.goto('/grid/?language=zh&tz=UTC');
    await islandReady(page);
    await expect(page.locator('[data-status]')).toHaveText(`Showing ${zh.length} of ${TOTAL} sessions`);
    const first = dateIn(zh[0].start, 'UTC');
    await expect(tabs(page).and(page.locator('[aria-current="true"]'))).toHaveText(
      `${shortDay(first, 'en')} ${zh.filter((s) => dateIn(s.start, 'UTC') === first).length}`,
    );
    const langs = await current(page)
      .locator('li[data-col]:not([hidden]) article')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.lang));
    expect(new Set(langs)).toEqual(new Set(['zh']));
    const site = page.getByRole('navigation', { name: 'Site' });
    await site.getByRole('link', { name: 'Program' }).click();
    await expect(page).toHaveURL(/\/\?language=zh&tz=UTC$/);
    await islandReady(page);
    await expect(page.locator('[data-days] > section[data-date] article[data-slug]:visible')).toHaveCount(zh.length);
    await site.getByRole('link', { name: 'Timetable' }).click();
    await expect(page).toHaveURL(/\/grid\/\?language=zh&tz=UTC$/);
  });

  test('a `now` preview marks live and next sessions and draws the now line', async ({ page }) => {
    const now = '2022-04-25T15:10:00Z';
    const live = program.sessions.filter((s) => s.start <= now && s.end > now);
    const next = program.sessions.find((s) => s.start > now)!;
    expect(live.map((s) => s.slug)).toEqual(['state-istio']);
    await page.goto(`/grid/?tz=UTC&now=${now}`);
    await islandReady(page);
    await expect(card(page, 'state-istio')).toHaveAttribute('data-live', 'live');
    await expect(card(page, 'state-istio').locator('[data-flag="live"]')).toHaveText('Live');
    await expect(card(page, next.slug)).toHaveAttribute('data-live', 'next');
    await expect(card(page, next.slug).locator('[data-flag="next"]')).toHaveText('Up next');
    await expect(current(page).locator('[data-now-line]')).toBeVisible();
    // The line starts right of the time column: it never covers an hour's label.
    const line = (await current(page).locator('[data-now-line]').boundingBox())!;
    const labels = await current(page)
      .locator('.tick-label')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(labels.length).toBeGreaterThan(0);
    expect(line.x).toBeGreaterThanOrEqual(Math.max(...labels) - 1);
    const strip = page.locator('[data-now]');
    await expect(strip.locator('[data-now-list] li').first()).toContainText('Now');
    await expect(strip.locator('[data-now-list] a').first()).toHaveText(live[0].title);
    await expect(strip.getByRole('link', { name: next.title })).toHaveAttribute(
      'href',
      `/sessions/${encodeURIComponent(next.slug)}/`,
    );
  });

  test('arrow keys move between sessions', async ({ page }) => {
    await page.goto('/grid/?tz=UTC&day=2022-04-25');
    await islandReady(page);
    const [a, b] = onDay('2022-04-25').filter((s) => s.room === 'livestream');
    await card(page, a.slug).locator('h3 a').focus();
    await page.keyboard.press('ArrowDown');
    await expect(card(page, b.slug).locator('h3 a')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(card(page, a.slug).locator('h3 a')).toBeFocused();
  });
});

/** The conference is running: Thursday 16:10 UTC, one talk live. */
const NOW = '2022-04-28T16:10:00Z';
const LIVE = program.sessions.find((s) => s.start <= NOW && s.end > NOW)!;

test.describe('during the conference', () => {
  test.use({ timezoneId: 'UTC' });

  test('the timetable opens on today, even from a link to another day after “Jump to now”', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/grid/?tz=UTC&now=${NOW}`);
    await islandReady(page);
    await expect(current(page)).toHaveAttribute('data-date', dateIn(NOW, 'UTC'));
    await expect(tabs(page).and(page.locator('[aria-current="true"]'))).toHaveAttribute('data-day', dateIn(NOW, 'UTC'));
    await page.goto(`/grid/?tz=UTC&now=${NOW}&day=2022-04-25`);
    await islandReady(page);
    await expect(current(page)).toHaveAttribute('data-date', '2022-04-25');
    await page.getByRole('button', { name: 'Jump to now' }).click();
    await expect(current(page)).toHaveAttribute('data-date', dateIn(NOW, 'UTC'));
    await expect(current(page).locator('h2')).toHaveText(longDay(dateIn(NOW, 'UTC'), 'en'));
    await expect(current(page).locator('[data-now-line]')).toBeInViewport();
    await expect(card(page, LIVE.slug)).toBeInViewport();
    await expect(card(page, LIVE.slug).locator('h3 a')).toBeFocused();
  });

  test.describe('on a phone (390 px, the agenda layout)', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('“Jump to now” brings the live session into view', async ({ page }) => {
      await page.goto(`/grid/?tz=UTC&now=${NOW}`);
      await islandReady(page);
      await expect(current(page)).toHaveAttribute('data-date', dateIn(NOW, 'UTC'));
      await page.evaluate(() => scrollTo(0, 0));
      const live = card(page, LIVE.slug);
      await expect(live).not.toBeInViewport();
      await page.getByRole('button', { name: 'Jump to now' }).tap();
      await expect(live).toBeInViewport({ ratio: 0.5 });
      await expect(live).toHaveAttribute('data-live', 'live');
    });
  });
});

test.describe('timetable on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, timezoneId: 'Asia/Kolkata' });
  test('never scrolls the page sideways and lists the day as an agenda', async ({ page }) => {
    await page.goto('/grid/');
    await islandReady(page);
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    const cards = current(page).locator('li[data-col]:not([hidden]) article');
    await expect(cards.first()).toBeVisible();
    // One column: each card under the previous one, full width.
    const boxes = await cards.evaluateAll((els) =>
      els.slice(0, 4).map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
    );
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height);
  });
});

test.describe('a day link made without JavaScript', () => {
  test.use({ timezoneId: 'UTC' });
  test('opens that day with JavaScript too', async ({ page }) => {
    await page.goto('/grid/?tz=UTC#day-2022-04-27');
    await islandReady(page);
    await expect(current(page).locator('h2')).toHaveText(longDay('2022-04-27', 'en'));
  });
});
