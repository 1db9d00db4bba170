import { expect, test, type Page } from '@playwright/test';
import { loadProgram } from '../helpers/content';
import { islandReady, texts } from '../helpers/browser';
import { clockIn, dateIn, datesIn, dayRange, longDay, minutes, offsetIn, shortDay } from '../helpers/clock';

/**
 * Every time on every page follows the viewer's zone: the URL's `tz`, else the saved choice, else
 * the device's zone; and the event's own time (UTC for IstioCon) stands beside it. Pages are read
 * as the visitor sees them, every fact compared with the content's instants.
 */
const program = loadProgram();
const bySlug = new Map(program.sessions.map((s) => [s.slug, s]));
const EVENT = program.event.timeZone;
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles'];
/** The device's own zone in these tests: neither the chosen zone nor the event's. */
const DEVICE = 'Europe/Berlin';

const eventClock = (start: string, end: string) => `${clockIn(start, EVENT)}–${clockIn(end, EVENT)} ${EVENT}`;

/** "+1 day from UTC" when the session falls on a later date in `zone` than in the event's zone. */
function shift(start: string, zone: string): string {
  const [here, there] = [dateIn(start, zone), dateIn(start, EVENT)];
  return here === there ? '' : `${here > there ? '+' : '−'}1 day from ${EVENT}`;
}

interface Fact {
  kind: string;
  start: string;
  end: string;
  parts: Record<string, string>;
}

/** Every time fact of the page with its instants (a card's come from its article) and its parts' texts. */
async function facts(page: Page, within = 'main'): Promise<Fact[]> {
  return page.locator(`${within} [data-fact]`).evaluateAll((els) =>
    els.map((el) => {
      const host = (el as HTMLElement).dataset.start ? (el as HTMLElement) : el.closest<HTMLElement>('[data-start]')!;
      const parts: Record<string, string> = {};
      const targets = (el as HTMLElement).dataset.part ? [el] : [...el.querySelectorAll<HTMLElement>('[data-part]')];
      for (const p of targets)
        parts[(p as HTMLElement).dataset.part!] = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
      return { kind: (el as HTMLElement).dataset.fact!, start: host.dataset.start!, end: host.dataset.end!, parts };
    }),
  );
}

/** What each kind of fact must read in `zone` (only the parts that carry a time). */
function expected(f: Fact, zone: string): Record<string, string> {
  const { start, end } = f;
  switch (f.kind) {
    case 'card':
      return {
        from: clockIn(start, zone),
        to: clockIn(end, zone),
        zone: offsetIn(zone, start),
        date: shortDay(dateIn(start, zone), 'en'),
        shift: shift(start, zone),
        alt: `${eventClock(start, end)} · ${minutes(start, end)} min`,
      };
    case 'link':
      return {
        when: `${shortDay(dateIn(start, zone), 'en')}, ${clockIn(start, zone)} ${offsetIn(zone, start)}`,
        alt: `${clockIn(start, EVENT)} ${EVENT}`,
      };
    case 'session':
      return {
        day: longDay(dateIn(start, zone), 'en'),
        from: clockIn(start, zone),
        to: clockIn(end, zone),
        zone: offsetIn(zone, start),
        duration: `${minutes(start, end)} min`,
        event: `Event time: ${shortDay(dateIn(start, EVENT), 'en')}, ${eventClock(start, end)}`,
      };
    default:
      throw new Error(`no expectation for a "${f.kind}" fact`);
  }
}

/** The facts of the page that do not read as in `zone`, one line each. */
async function wrongFacts(page: Page, zone: string): Promise<string[]> {
  return (await facts(page))
    .filter((f) => f.kind !== 'range')
    .flatMap((f) =>
      Object.entries(expected(f, zone))
        .filter(([part, text]) => f.parts[part] !== text)
        .map(([part, text]) => `${f.kind} ${f.start} ${part}: "${f.parts[part]}", expected "${text}"`),
    );
}

/** Every time fact of the page (at least `min`) reads as in `zone`, once the page's script has run. */
async function expectFactsIn(page: Page, zone: string, min: number) {
  expect((await facts(page)).filter((f) => f.kind !== 'range').length).toBeGreaterThanOrEqual(min);
  await expect.poll(() => wrongFacts(page, zone)).toEqual([]);
}

const sample = {
  // A track with a session on another date in Los Angeles than in UTC.
  track: program.tracks.find((t) =>
    program.sessions.some(
      (s) => s.track === t.slug && dateIn(s.start, 'America/Los_Angeles') !== dateIn(s.start, 'UTC'),
    ),
  )!,
  speaker: 'lin-sun',
  session: 'proxyless-grpc',
};

for (const zone of ZONES) {
  test.describe(`chosen zone ${zone}`, () => {
    test.use({ timezoneId: DEVICE });

    test('tz= in the URL: track, language and speaker pages and a session page', async ({ page }) => {
      const q = `?tz=${zone}`;
      await page.goto(`/tracks/${sample.track.slug}/${q}`);
      await expectFactsIn(page, zone, program.sessions.filter((s) => s.track === sample.track.slug).length);
      await page.goto(`/languages/zh/${q}`);
      await expectFactsIn(page, zone, program.sessions.filter((s) => s.languages.includes('zh')).length);
      await page.goto(`/speakers/${sample.speaker}/${q}`);
      await expectFactsIn(page, zone, program.sessions.filter((s) => s.speakers.includes(sample.speaker)).length);
      await page.goto(`/sessions/${sample.session}/${q}`);
      await expectFactsIn(page, zone, 1);
    });

    test('the saved choice: a session page’s main time and its Before / At the same time / After lists', async ({
      page,
    }) => {
      await page.addInitScript((z) => localStorage.setItem('istiocon:tz', z), zone);
      const s = bySlug.get(sample.session)!;
      await page.goto(`/sessions/${sample.session}/`);
      await expectFactsIn(page, zone, 4);
      const main = page.locator('main [data-fact="session"]');
      await expect(main.locator('[data-part="day"]')).toHaveText(longDay(dateIn(s.start, zone), 'en'));
      await expect(main.locator('[data-part="event"]')).toHaveText(
        `Event time: ${shortDay(dateIn(s.start, EVENT), 'en')}, ${eventClock(s.start, s.end)}`,
      );
      for (const heading of ['Before', 'At the same time', 'After']) {
        const list = page
          .locator('main div', { has: page.getByRole('heading', { name: heading, exact: true }) })
          .last();
        const items = list.locator('li');
        expect(await items.count(), heading).toBeGreaterThan(0);
        for (const li of await items.all()) {
          const href = (await li.getByRole('link').getAttribute('href'))!;
          const other = bySlug.get(decodeURIComponent(href.split('/').filter(Boolean).pop()!))!;
          await expect(li.locator('[data-fact="link"] [data-part="when"]')).toHaveText(
            `${shortDay(dateIn(other.start, zone), 'en')}, ${clockIn(other.start, zone)} ${offsetIn(zone, other.start)}`,
          );
          await expect(li.locator('[data-fact="link"] [data-part="alt"]')).toHaveText(
            `${clockIn(other.start, EVENT)} ${EVENT}`,
          );
        }
      }
      // The saved choice reaches the slices and the speakers too.
      await page.goto(`/tracks/${sample.track.slug}/`);
      await expectFactsIn(page, zone, 1);
      await page.goto(`/speakers/${sample.speaker}/`);
      await expectFactsIn(page, zone, 1);
    });
  });
}

test.describe('the device’s zone when nothing is chosen', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('a session page and the sessions index follow it', async ({ page }) => {
    await page.goto(`/sessions/${sample.session}/`);
    await expectFactsIn(page, 'Asia/Shanghai', 4);
    await page.goto('/sessions/');
    await expectFactsIn(page, 'Asia/Shanghai', program.sessions.length);
  });

  test('the URL’s tz wins over a saved choice', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('istiocon:tz', 'America/Los_Angeles'));
    await page.goto(`/speakers/${sample.speaker}/?tz=UTC`);
    await expect(page.locator('main [data-fact="link"] [data-part="alt"]').first()).toHaveText('');
    await expect(page.locator('main [data-fact="link"] [data-part="when"]').first()).toContainText(' UTC');
  });
});

test.describe('the program’s dates seen from Shanghai', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });
  const days = datesIn(
    program.sessions.map((s) => s.start),
    'Asia/Shanghai',
  );

  test('the heading’s range on the list and the timetable follows the zone, and the tabs match', async ({ page }) => {
    const range = dayRange(days[0], days.at(-1)!, 'en');
    expect(range).toBe('25–30 April 2022');
    await page.goto('/');
    await islandReady(page);
    await expect(page.locator('main header [data-fact="range"]')).toHaveText(range);
    await page.goto('/grid/');
    await islandReady(page);
    await expect(page.locator('main header [data-fact="range"]')).toHaveText(range);
    const tabs = page.locator('nav[data-daynav] a[data-day]');
    expect(await tabs.evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.day))).toEqual(days);
    expect((await texts(tabs)).map((t) => t.replace(/\s*\d+$/, ''))).toEqual(days.map((d) => shortDay(d, 'en')));
    const counts = (await texts(tabs)).map((t) => Number(/(\d+)$/.exec(t)![1]));
    expect(counts).toEqual(
      days.map((d) => program.sessions.filter((s) => dateIn(s.start, 'Asia/Shanghai') === d).length),
    );
  });
});
