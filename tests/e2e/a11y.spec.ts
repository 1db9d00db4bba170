import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basePath, sitemapPaths } from '../helpers/dist';
import { card, islandReady, watch } from '../helpers/browser';

/**
 * WCAG 2.2 A/AA as axe-core checks it: every page of the sitemap once, in the light or the dark
 * scheme (alternating, so every kind of page is audited in both), the island's states in both
 * schemes, the program without JavaScript, and a keyboard walk. The walk over the sitemap also
 * collects Content-Security-Policy violations and script errors, so each page is opened only once.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
/** Pages are spread over this many tests so both workers share them. */
const SHARDS = 10;

const base = basePath();
const ZH = `${base}zh/`;
const sitemap = sitemapPaths();
/** English pages alternate by position; a /zh/ twin takes the other scheme than its English page. */
const english = sitemap.filter((p) => !p.startsWith(ZH));
const schemeOf = new Map<string, Scheme>();
english.forEach((p, i) => {
  schemeOf.set(p, SCHEMES[i % 2]);
  schemeOf.set(ZH + p.slice(base.length), SCHEMES[(i + 1) % 2]);
});
const pages = [...sitemap, `${base}404.html`, `${ZH}404/`].map((path, i) => ({
  path,
  scheme: schemeOf.get(path) ?? SCHEMES[i % 2],
}));
/** The kind of a page: its path without the language prefix and with the last segment of a detail page starred. */
const kindOf = (path: string) =>
  path
    .replace(ZH, base)
    .replace(/^(\/(?:sessions|speakers|tracks|languages)\/)[^/]+\/$/, '$1*/')
    .replace(/404(\.html|\/)$/, '404');

/** axe-core as @axe-core/playwright ships it (the project's version). */
const require = createRequire(import.meta.url);
const AXE = readFileSync(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe into every document the page opens. Injected once as an init script instead of sent with
 * each audit (as AxeBuilder does): over 330 pages that saves about a minute.
 */
const withAxe = (page: Page) => page.addInitScript({ content: AXE });

/**
 * Axe's findings on the current page as readable lines: rule, impact, where, what. Axe runs in the
 * top document only (as AxeBuilder's legacy mode does); the pages have no frames, which is checked.
 * Only violations are collected in detail: passes and incomplete results are not needed.
 */
async function audit(page: Page, label: string): Promise<string[]> {
  expect(page.frames(), `${label}: frames are not audited`).toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const { violations, csp } = await page.evaluate(async (tags) => {
    type Check = { message: string };
    type Node = { target: string[]; html: string; any: Check[]; all: Check[]; none: Check[] };
    type Result = { id: string; impact: string; help: string; nodes: Node[] };
    const w = window as unknown as {
      axe: { run: (c: Document, o: object) => Promise<{ violations: Result[] }> };
      __csp?: string[];
    };
    const { violations } = await w.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return {
      violations: violations.map((v) => ({
        ...v,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String),
          html: n.html,
          why: [...n.any, ...n.all, ...n.none].map((c) => c.message).filter(Boolean)[0],
        })),
      })),
      // What `watch` (tests/helpers/browser.ts) recorded, read in the same round trip.
      csp: w.__csp ?? [],
    };
  }, TAGS);
  return [
    ...csp.map((v) => `${label}: CSP ${v}`),
    ...violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${label}: ${v.id} (${v.impact}) at ${n.target.join(' ')}\n    ${n.html.slice(0, 160)}\n    ${n.why ?? v.help}`,
      ),
    ),
  ];
}

const report = (lines: string[]) => (lines.length ? `${lines.length} finding(s):\n${lines.join('\n')}` : '');

test('the sitemap lists pages to audit, and every kind of page gets both schemes', () => {
  expect(sitemap.length).toBeGreaterThan(300);
  const schemes = new Map<string, Set<Scheme>>();
  for (const p of pages) schemes.set(kindOf(p.path), (schemes.get(kindOf(p.path)) ?? new Set()).add(p.scheme));
  expect([...schemes].filter(([, s]) => s.size < 2).map(([kind]) => kind)).toEqual([]);
  expect(schemes.size).toBeGreaterThan(10);
});

test('the audit finds a planted violation and a refused inline script', async ({ page }) => {
  await withAxe(page);
  await watch(page);
  await page.goto('/404.html');
  expect(await audit(page, 'clean')).toEqual([]);
  await page.evaluate(() => {
    document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: '/og.png' }));
    document.body.append(Object.assign(document.createElement('script'), { textContent: 'void 0' }));
  });
  const found = (await audit(page, 'planted')).join('\n');
  expect(found).toContain('image-alt');
  expect(found).toContain('CSP script-src-elem blocked inline');
});

test.describe('every sitemap page (and the 404 pages): axe, its own CSP, no script error', () => {
  for (let shard = 0; shard < SHARDS; shard++) {
    // Light pages first, then dark ones: the scheme changes once per test.
    const mine = pages.filter((_, i) => i % SHARDS === shard).sort((a, b) => a.scheme.localeCompare(b.scheme));
    test(`pages ${shard + 1}/${SHARDS} (${mine.length} pages)`, async ({ page }) => {
      test.setTimeout(30_000 + mine.length * 4_000);
      await withAxe(page);
      const { errors } = await watch(page);
      const found: string[] = [];
      let shown: Scheme | undefined;
      for (const { path, scheme } of mine) {
        if (scheme !== shown) await page.emulateMedia({ colorScheme: (shown = scheme) });
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        const label = `${decodeURI(path)} [${scheme}]`;
        // Axe's findings and the page's CSP violations.
        found.push(...(await audit(page, label)));
        found.push(...errors.splice(0).map((e) => `${label}: ${e}`));
      }
      expect(report(found)).toBe('');
    });
  }
});

test.describe('the island’s states', () => {
  for (const scheme of SCHEMES) {
    test.describe(`${scheme} scheme`, () => {
      test.use({ colorScheme: scheme, timezoneId: 'Asia/Shanghai' });

      test('the list: filter panel open, My schedule with an overlap, a zone error, search, live marks, nothing found', async ({
        page,
      }) => {
        await withAxe(page);
        const found: string[] = [];
        await page.goto('/');
        await islandReady(page);
        await page.locator('details[data-filters] > summary').click();
        await card(page, 'istio-0-to-60-workshop').locator('button[data-star]').click();
        await card(page, 'proxyless-grpc').locator('button[data-star]').click();
        await expect(card(page, 'proxyless-grpc').locator('[data-conflict]')).toBeVisible();
        await page.getByLabel('Time zone', { exact: true }).selectOption('other');
        await page.getByLabel('Any IANA time zone').fill('Mars/Olympus');
        await page.getByLabel('Any IANA time zone').press('Enter');
        await expect(page.locator('[data-zone-error]')).not.toBeEmpty();
        found.push(...(await audit(page, `/ (panel, stars, zone error) [${scheme}]`)));
        await page.goto('/?language=zh&q=grpc&now=2022-04-26T01:20:00Z');
        await islandReady(page);
        await expect(page.locator('[data-status]')).toContainText('matching “grpc”');
        await expect(page.locator('[data-now]')).toBeVisible();
        found.push(...(await audit(page, `/?language=zh&q=grpc&now=… [${scheme}]`)));
        await page.goto(`/?language=zh&type=workshop&picks=a1a,a1b`);
        await islandReady(page);
        await expect(page.locator('[data-empty]')).toBeVisible();
        await expect(page.locator('[data-shared]')).toBeVisible();
        found.push(...(await audit(page, `/?language=zh&type=workshop&picks=… [${scheme}]`)));
        expect(report(found)).toBe('');
      });

      test('the timetable: live, and as an agenda on a phone', async ({ page }) => {
        await withAxe(page);
        const found: string[] = [];
        await page.goto('/grid/?now=2022-04-28T16:10:00Z&tz=UTC');
        await islandReady(page);
        await expect(page.locator('[data-grid-days] [data-now-line]:visible')).toHaveCount(1);
        found.push(...(await audit(page, `/grid/?now=… [${scheme}]`)));
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto('/grid/?now=2022-04-28T16:10:00Z&tz=UTC&language=en');
        await islandReady(page);
        await page.locator('details[data-filters] > summary').click();
        found.push(...(await audit(page, `/grid/ at 390 px [${scheme}]`)));
        expect(report(found)).toBe('');
      });
    });
  }
});

/**
 * What a browser without JavaScript renders: module scripts gone, <noscript> content shown.
 * (Axe itself needs script, so the page runs with JavaScript but without the site's own.)
 */
async function withoutSiteScripts(page: Page) {
  await page.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/<\/?noscript>/g, '');
      await route.fulfill({ response, body });
    },
  );
}

test.describe('the program without JavaScript', () => {
  for (const scheme of SCHEMES) {
    test(`${scheme} scheme, filter panel open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await withoutSiteScripts(page);
      await withAxe(page);
      await page.goto('/');
      await expect(page.locator('input#q[data-search]')).toBeHidden();
      await page.locator('details[data-filters] > summary').click();
      await expect(page.locator(`[data-filters] a[href$="/tracks/keynote/"]`)).toBeVisible();
      const found = await audit(page, `/ (no JS) [${scheme}]`);
      expect(report(found)).toBe('');
    });
  }
});

test.describe('keyboard', () => {
  test('the skip link comes first and moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await skip.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    await expect(page).toHaveURL(/#main$/);
  });

  test('every control of the toolbar is reachable by Tab, each with a visible focus ring', async ({ page }) => {
    await page.goto('/');
    await islandReady(page);
    // Opened without a click, so the Tab walk starts from the top of the document.
    await page.locator('details[data-filters]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    // The controls a keyboard user must reach: enabled, rendered, in the tab order. Each gets a
    // number so it can be recognised when focused.
    const wanted = await page.locator('[data-tools]').evaluate((tools) =>
      [...tools.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]')]
        .filter((el) => !(el as HTMLInputElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0)
        .filter((el) => getComputedStyle(el).visibility !== 'hidden')
        .map((el, i) => {
          el.dataset.kbd = String(i);
          return el.outerHTML.slice(0, 100);
        }),
    );
    expect(wanted.length).toBeGreaterThan(10);
    const reached = new Set<string>();
    const noRing: string[] = [];
    for (let i = 0; i < 250 && reached.size < wanted.length; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        return {
          kbd: el.dataset.kbd,
          what: el.outerHTML.slice(0, 100),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        };
      });
      if (!f) continue;
      if (!f.ring) noRing.push(f.what);
      if (f.kbd !== undefined) reached.add(f.kbd);
    }
    expect(wanted.filter((_, i) => !reached.has(String(i)))).toEqual([]);
    expect(noRing).toEqual([]);
  });
});
