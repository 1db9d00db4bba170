import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../helpers/dist';

/**
 * WCAG 2.2 A/AA as axe-core checks it, on every page of the sitemap in both colour schemes,
 * plus the program's interactive states and a keyboard walk.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
/** Pages are spread over this many tests per scheme so Playwright's workers share them. */
const SHARDS = 8;

const pages = sitemapPaths();

/**
 * Axe's findings on the current page as readable lines: rule, impact, where, what. Legacy mode
 * runs axe in the top document only, about twice as fast; the pages have no frames, which is checked.
 */
async function audit(page: Page, label: string): Promise<string[]> {
  expect(page.frames(), `${label}: frames are not audited in legacy mode`).toHaveLength(1);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => {
      const why = [...n.any, ...n.all, ...n.none].map((c) => c.message).filter(Boolean)[0] ?? v.help;
      return `${label}: ${v.id} (${v.impact}) at ${n.target.join(' ')}\n    ${n.html.slice(0, 160)}\n    ${why}`;
    }),
  );
}

const report = (lines: string[]) => (lines.length ? `${lines.length} violation(s):\n${lines.join('\n')}` : '');

test('the sitemap lists pages to audit', () => {
  expect(pages.length).toBeGreaterThan(100);
});

for (const scheme of SCHEMES) {
  test.describe(`every sitemap page, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (let shard = 0; shard < SHARDS; shard++) {
      const mine = pages.filter((_, i) => i % SHARDS === shard);
      test(`pages ${shard + 1}/${SHARDS} (${mine.length} pages)`, async ({ page }) => {
        test.setTimeout(30_000 + mine.length * 5_000);
        const found: string[] = [];
        for (const path of mine) {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          found.push(...(await audit(page, `${decodeURI(path)} [${scheme}]`)));
        }
        expect(report(found)).toBe('');
      });
    }
  });
}

test.describe('the program with its island', () => {
  for (const scheme of SCHEMES) {
    test.describe(`${scheme} scheme`, () => {
      test.use({ colorScheme: scheme, timezoneId: 'Asia/Shanghai' });

      test('enhanced, with the filter panel open', async ({ page }) => {
        await page.goto('/');
        await expect(page.getByLabel('Search')).toBeEnabled();
        await page.locator('details.filters summary').click();
        expect(report(await audit(page, `/ (enhanced) [${scheme}]`))).toBe('');
      });

      test('filtered and searched from the URL', async ({ page }) => {
        await page.goto('/?language=zh&q=grpc');
        await expect(page.locator('[data-status]')).toContainText('matching “grpc”');
        expect(report(await audit(page, `/?language=zh&q=grpc [${scheme}]`))).toBe('');
      });

      test('with no result', async ({ page }) => {
        await page.goto('/?language=zh&type=workshop');
        await expect(page.locator('[data-empty]')).toBeVisible();
        expect(report(await audit(page, `/?language=zh&type=workshop [${scheme}]`))).toBe('');
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
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
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
      await page.goto('/');
      await expect(page.locator('.js-only').first()).toBeHidden();
      await expect(page.getByLabel('Search')).toBeDisabled();
      await page.locator('details.filters summary').click();
      await expect(page.locator('ul.browse')).toBeVisible();
      expect(report(await audit(page, `/ (no JS) [${scheme}]`))).toBe('');
    });
  }
});

test.describe('keyboard', () => {
  test('the skip link comes first and moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await skip.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    await expect(page).toHaveURL(/#main$/);
  });

  test('every control of the toolbar is reachable by Tab, each with a visible focus ring', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByLabel('Search')).toBeEnabled();
    // Opened without a click, so the Tab walk starts from the top of the document.
    await page.locator('details.filters').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    // The controls a keyboard user must reach: enabled, rendered, in the tab order. Each gets a
    // number so it can be recognised when focused.
    const wanted = await page.locator('.tools').evaluate((tools) =>
      [...tools.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]')]
        .filter((el) => !(el as HTMLInputElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0)
        .filter((el) => getComputedStyle(el).visibility !== 'hidden')
        .map((el, i) => {
          el.dataset.kbd = String(i);
          return el.outerHTML.slice(0, 100);
        }),
    );
    expect(wanted.length).toBeGreaterThan(5);
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
