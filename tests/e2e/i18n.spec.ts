import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProgram } from '../helpers/content';
import { basePath, DIST, distFiles, fileFor, sitemapLocs } from '../helpers/dist';
import { card, islandReady, texts } from '../helpers/browser';
import { clockIn, dateIn, datesIn, dayRange, longDay, minutes, shortDay } from '../helpers/clock';
import { contentTexts, englishInterfaceWords, englishLeftovers, pageTexts } from '../helpers/interface-text';

/**
 * The Chinese interface: every page has a /zh/ twin (and back), marked and linked as such; dates,
 * times, durations, counts and zone names are written the Chinese way; the island's messages, the
 * empty states, errors and the page without JavaScript are in Chinese; content stays as written,
 * with Chinese speakers' own names. And no English interface text is left on any kind of /zh/ page.
 */
const program = loadProgram();
const TOTAL = program.sessions.length;
const base = basePath();
const ZH = `${base}zh/`;
const paths = sitemapLocs().map((u) => new URL(u).pathname);
const isZh = (p: string) => p.startsWith(ZH);
const twin = (p: string) => (isZh(p) ? base + p.slice(ZH.length) : ZH + p.slice(base.length));
const htmlOf = (path: string) => readFileSync(fileFor(path)!, 'utf8');
const zhSessions = program.sessions.filter((s) => s.languages.includes('zh'));

test.describe('every page in both languages (read from dist/)', () => {
  test('each English page of the sitemap has its /zh/ twin and each /zh/ page its English one, both listed', () => {
    const english = paths.filter((p) => !isZh(p));
    const chinese = paths.filter(isZh);
    expect(english.length).toBeGreaterThan(100);
    expect(chinese.map(twin).sort()).toEqual([...english].sort());
    expect(english.map(twin).sort()).toEqual([...chinese].sort());
    // The Chinese 404 page exists too, outside the sitemap like the English one.
    expect(fileFor(`${ZH}404/`), 'dist/zh/404/index.html').toBeTruthy();
  });

  test('<html lang> is zh-Hans under /zh/ and en at the root; hreflang alternates point both ways, with x-default', () => {
    const wrong: string[] = [];
    const origin = new URL(sitemapLocs()[0]).origin;
    for (const path of paths) {
      const html = htmlOf(path);
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
      if (lang !== (isZh(path) ? 'zh-Hans' : 'en')) wrong.push(`${path}: <html lang="${lang}">`);
      const alternates = Object.fromEntries(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
      );
      const en = origin + (isZh(path) ? twin(path) : path);
      const zh = origin + (isZh(path) ? path : twin(path));
      const want = { en, 'zh-Hans': zh, 'x-default': en };
      if (JSON.stringify(alternates) !== JSON.stringify(want))
        wrong.push(`${path}: alternates ${JSON.stringify(alternates)}, expected ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  test('the 404 pages are in their language and link to their twin', () => {
    const zh = htmlOf(`${ZH}404/`);
    expect(/<html[^>]*\slang="zh-Hans"/.test(zh)).toBe(true);
    expect(zh).toContain('找不到页面');
    expect(zh).toContain('<meta name="robots" content="noindex">');
    const en = readFileSync(join(DIST, '404.html'), 'utf8');
    expect(en).toContain('Page not found');
    // The switch between them leads to a page that exists.
    for (const [html, name] of [
      [zh, 'zh/404'],
      [en, '404.html'],
    ]) {
      const href = /<ul class="langs"[\s\S]*?<a href="([^"]+)"/.exec(html)?.[1];
      expect(href && fileFor(href), `${name}: the language switch leads to ${href}`).toBeTruthy();
    }
  });

  test('feeds and exports stay at the root: no /zh/ copy of them', () => {
    const zhFiles = distFiles('', DIST).filter((f) => f.startsWith('zh/'));
    expect(zhFiles.filter((f) => !f.endsWith('.html'))).toEqual([]);
  });
});

test.describe('the language switch', () => {
  test('keeps the current page and its query, both ways', async ({ page }) => {
    await page.goto('/grid/?language=zh&tz=UTC');
    await islandReady(page);
    const toZh = page.locator('ul.langs a[hreflang="zh-Hans"]');
    await expect(toZh).toHaveText('中文');
    await toZh.click();
    await expect(page).toHaveURL(/\/zh\/grid\/\?language=zh&tz=UTC$/);
    await islandReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('[data-status]')).toHaveText(`显示 ${zhSessions.length} / ${TOTAL} 场`);
    await page.locator('ul.langs a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/grid\/\?language=zh&tz=UTC$/);
    await expect(page).not.toHaveURL(/\/zh\//);
    // On a session page, too.
    await page.goto('/sessions/proxyless-grpc/?tz=Asia/Shanghai');
    await page.locator('ul.langs a[hreflang="zh-Hans"]').click();
    await expect(page).toHaveURL(/\/zh\/sessions\/proxyless-grpc\/\?tz=Asia\/Shanghai$/);
  });

  test('a filter chosen after arrival travels too', async ({ page }) => {
    await page.goto('/');
    await islandReady(page);
    await page.locator('nav[data-language-choice] a[data-value="zh"]').click();
    await expect(page).toHaveURL(/\?language=zh$/);
    await page.locator('ul.langs a[hreflang="zh-Hans"]').click();
    await expect(page).toHaveURL(/\/zh\/\?language=zh$/);
  });
});

test.describe('dates, times, counts and zones written the Chinese way', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('on the list: headings, chips, times, durations, status, zone note and picker', async ({ page }) => {
    await page.goto('/zh/?tz=UTC');
    await islandReady(page);
    const utcDays = datesIn(
      program.sessions.map((s) => s.start),
      'UTC',
    );
    expect(await texts(page.locator('[data-days] > section[data-date] > h2'))).toEqual(
      utcDays.map((d) => longDay(d, 'zh')),
    );
    await expect(page.locator('main header [data-fact="range"]')).toHaveText(
      dayRange(utcDays[0], utcDays.at(-1)!, 'zh'),
    );
    await page.getByLabel('时区', { exact: true }).selectOption('local');
    await expect(page).not.toHaveURL(/tz=/);
    const days = datesIn(
      program.sessions.map((s) => s.start),
      'Asia/Shanghai',
    );
    await expect(page.locator('main header [data-fact="range"]')).toHaveText(dayRange(days[0], days.at(-1)!, 'zh'));
    expect((await texts(page.locator('nav[data-daynav] a[data-day]'))).map((t) => t.replace(/\s*\d+$/, ''))).toEqual(
      days.map((d) => shortDay(d, 'zh')),
    );
    const s = program.sessions.find((x) => x.code === 'b1b')!;
    const fact = card(page, s.slug).locator('[data-fact="card"]');
    await expect(fact.locator('[data-part="from"]')).toHaveText(clockIn(s.start, 'Asia/Shanghai'));
    await expect(fact.locator('[data-part="zone"]')).toHaveText('UTC+8');
    await expect(fact.locator('[data-part="alt"]')).toHaveText(
      `UTC ${clockIn(s.start, 'UTC')}–${clockIn(s.end, 'UTC')} · ${minutes(s.start, s.end)} 分钟`,
    );
    await expect(page.locator('[data-status]')).toHaveText(`显示全部 ${TOTAL} 场`);
    await expect(page.locator('[data-zone-note]')).toHaveText('时间为你的时区：北京（Asia/Shanghai，UTC+8）。');
    const options = page.getByLabel('时区', { exact: true }).locator('option');
    await expect(options.first()).toHaveText('我的时间（Asia/Shanghai）');
    await expect(page.getByLabel('时区', { exact: true }).locator('option[value="UTC"]')).toHaveText('会议时间（UTC）');
    await expect(page.getByLabel('时区', { exact: true }).locator('option[value="Asia/Shanghai"]')).toHaveText(
      '北京 (Asia/Shanghai)',
    );
    await expect(page.getByLabel('时区', { exact: true }).locator('option[value="America/Los_Angeles"]')).toHaveText(
      '洛杉矶 (America/Los Angeles)',
    );
    await page.locator('nav[data-language-choice] a[data-value="zh"]').click();
    await expect(page.locator('[data-status]')).toHaveText(`显示 ${zhSessions.length} / ${TOTAL} 场`);
  });

  test('on a session page and the timetable', async ({ page }) => {
    const s = program.sessions.find((x) => x.slug === 'proxyless-grpc')!;
    await page.goto(`/zh/sessions/${s.slug}/`);
    const when = page.locator('main [data-fact="session"]');
    await expect(when.locator('[data-part="day"]')).toHaveText(longDay(dateIn(s.start, 'Asia/Shanghai'), 'zh'));
    await expect(when.locator('[data-part="from"]')).toHaveText(clockIn(s.start, 'Asia/Shanghai'));
    await expect(when.locator('[data-part="duration"]')).toHaveText(`${minutes(s.start, s.end)} 分钟`);
    await expect(when.locator('[data-part="event"]')).toHaveText(
      `会议时间：${shortDay(dateIn(s.start, 'UTC'), 'zh')} ${clockIn(s.start, 'UTC')}–${clockIn(s.end, 'UTC')}（UTC）`,
    );
    await page.goto('/zh/grid/?day=2022-04-26');
    await islandReady(page);
    await expect(page.locator('[data-grid-days] > section[data-current] h2')).toHaveText(longDay('2022-04-26', 'zh'));
    await expect(page.locator('nav[data-daynav] a[aria-current="true"]')).toContainText(shortDay('2022-04-26', 'zh'));
  });
});

test.describe('the island speaks Chinese', () => {
  test.use({ timezoneId: 'UTC' });

  test('live marks, Now strip, empty state, zone error and My schedule', async ({ page }) => {
    const now = '2022-04-28T16:10:00Z';
    const live = program.sessions.find((s) => s.start <= now && s.end > now)!;
    const next = program.sessions.find((s) => s.start > now)!;
    await page.goto(`/zh/grid/?now=${now}`);
    await islandReady(page);
    await expect(card(page, live.slug).locator('[data-flag="live"]')).toHaveText('直播中');
    await expect(card(page, next.slug).locator('[data-flag="next"]')).toHaveText('即将开始');
    await expect(page.locator('[data-now-list] [data-flag="next"]').first()).toHaveText(
      `${clockIn(next.start, 'UTC')} 开始`,
    );
    await expect(page.locator('[data-now]')).toHaveAttribute('aria-label', '正在进行的场次');
    await expect(page.locator('[data-now-list] li').first()).toContainText('正在进行');
    await expect(page.getByRole('button', { name: '跳到当前' })).toBeVisible();
    await page.goto('/zh/?language=zh&type=workshop');
    await islandReady(page);
    await expect(page.locator('[data-empty]')).toContainText('没有符合条件的场次。');
    await page.getByRole('button', { name: '清除搜索和筛选' }).click();
    await expect(page.locator('[data-status]')).toHaveText(`显示全部 ${TOTAL} 场`);
    await page.getByLabel('时区', { exact: true }).selectOption('other');
    const other = page.getByLabel('任意 IANA 时区');
    await other.fill('Mars/Olympus');
    await other.press('Enter');
    await expect(page.locator('[data-zone-error]')).toHaveText('此浏览器不认识时区“Mars/Olympus”。');
    // Two overlapping sessions starred: the note names the other one, in Chinese.
    const [a, b] = ['istio-0-to-60-workshop', 'proxyless-grpc'].map((slug) =>
      program.sessions.find((s) => s.slug === slug)!,
    );
    await card(page, a.slug).locator('button[data-star]').click();
    await card(page, b.slug).locator('button[data-star]').click();
    await expect(card(page, b.slug).locator('[data-conflict]')).toHaveText(`与我的日程中的“${a.title}”时间冲突`);
    await expect(page.getByRole('button', { name: '下载我的 .ics' })).toBeVisible();
    await expect(card(page, a.slug).locator('button[data-star]')).toHaveAccessibleName(`加入我的日程： ${a.title}`);
  });

  test('search results and a shared list', async ({ page }) => {
    await page.goto('/zh/?q=istio');
    await islandReady(page);
    await expect(page.locator('[data-status]')).toContainText('，匹配“istio”');
    await expect(page.locator('[data-days] h2').first()).toHaveText('“istio”的搜索结果');
    await expect(page.getByRole('button', { name: /^再显示 \d+ 场$/ })).toBeVisible();
    await page.goto(`/zh/?picks=${program.sessions[0].code},${program.sessions[1].code}`);
    await islandReady(page);
    await expect(page.locator('[data-shared-text]')).toHaveText('你正在查看别人分享的 2 场。');
    await expect(page.getByRole('button', { name: '加入我的日程', exact: true })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Chinese program says why the search and zone picker are missing, in Chinese', async ({ page }) => {
    await page.goto('/zh/');
    await expect(page.getByLabel('搜索', { exact: true })).toBeHidden();
    await expect(page.getByLabel('时区', { exact: true })).toBeHidden();
    await expect(page.locator('[data-tools] p', { hasText: 'JavaScript' })).toHaveText(
      '时间为UTC时间。开启 JavaScript 即可搜索、筛选，并按你的时区显示所有时间。',
    );
    await expect(page.locator('nav[data-language-choice] a[data-value="zh"]')).toHaveAttribute(
      'href',
      '/zh/languages/zh/',
    );
    await expect(page.locator('[data-days] > section[data-date] > h2').first()).toHaveText(
      longDay(dateIn(program.sessions[0].start, 'UTC'), 'zh'),
    );
  });
});

test.describe('content stays as written', () => {
  const chinese = program.speakers.filter((p) => p.nativeName && /[\u3400-\u9fff]/.test(p.nativeName));
  const speaker = chinese.find((p) => p.nativeName === '谢楚瑜') ?? chinese[0];
  const talk = program.sessions.find((s) => s.speakers.includes(speaker.slug))!;

  test('titles are not translated; Chinese speakers show their own names on Chinese pages', async ({ page }) => {
    expect(speaker.nativeName).not.toBe(speaker.name);
    await page.goto(`/zh/sessions/${encodeURIComponent(talk.slug)}/`);
    await expect(page.locator('h1')).toHaveText(talk.title);
    await expect(page.locator('main').getByRole('link', { name: speaker.nativeName, exact: true })).toBeVisible();
    await page.goto(`/zh/speakers/${speaker.slug}/`);
    await expect(page.locator('h1')).toHaveText(speaker.nativeName!);
    await page.goto('/zh/speakers/');
    await expect(page.locator('main').getByRole('link', { name: speaker.nativeName, exact: true })).toBeVisible();
    // On the English pages, the name as the content gives it.
    await page.goto(`/speakers/${speaker.slug}/`);
    await expect(page.locator('h1')).toHaveText(speaker.name);
  });

  test('the program’s cards on Chinese pages name Chinese speakers by their own names', async ({ page }) => {
    for (const path of ['/zh/', `/zh/grid/?day=${dateIn(talk.start, 'UTC')}&tz=UTC`]) {
      await page.goto(path);
      await islandReady(page);
      const c = card(page, talk.slug);
      await expect(c.locator('h3')).toHaveText(talk.title);
      await expect(c, path).toContainText(speaker.nativeName!);
    }
  });
});

test.describe('no English interface text on a Chinese page', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });
  const content = contentTexts(program);
  const english = englishInterfaceWords();
  const withVideo = program.sessions.find((s) => s.video && s.slides)!;
  const withoutVideo = program.sessions.find((s) => !s.video)!;
  const speaker = program.speakers.find((p) => p.bio) ?? program.speakers.find((p) => p.designation)!;

  async function leftovers(page: Page, path: string) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    if (await page.locator('ic-program').count()) await islandReady(page);
    else await page.waitForLoadState('load');
    return englishLeftovers(await pageTexts(page), 'zh-Hans', content, english).map((l) => `${path}: ${l}`);
  }

  test('the detector finds the English interface on an English page', async ({ page }) => {
    await page.goto('/');
    await islandReady(page);
    expect(englishLeftovers(await pageTexts(page), 'en', content, english).length).toBeGreaterThan(20);
  });

  test('every kind of /zh/ page, in its states', async ({ page }) => {
    test.setTimeout(90_000);
    const found: string[] = [];
    for (const path of [
      '/zh/',
      '/zh/grid/',
      `/zh/sessions/${encodeURIComponent(withVideo.slug)}/`,
      `/zh/sessions/${encodeURIComponent(withoutVideo.slug)}/`,
      '/zh/sessions/',
      '/zh/speakers/',
      `/zh/speakers/${speaker.slug}/`,
      '/zh/tracks/',
      `/zh/tracks/${program.tracks[0].slug}/`,
      '/zh/languages/',
      '/zh/languages/en/',
      '/zh/404/',
      // The island's states: live, search with more results, empty, shared, starred only.
      '/zh/grid/?now=2022-04-28T16:10:00Z',
      '/zh/?now=2022-04-26T01:20:00Z',
      '/zh/?q=istio',
      '/zh/?language=zh&type=workshop',
      `/zh/?picks=${program.sessions[0].code}`,
      '/zh/?starred=1',
    ])
      found.push(...(await leftovers(page, path)));
    // Open panels and messages: filters, My schedule with an overlap, a zone error.
    await page.goto('/zh/');
    await islandReady(page);
    await page.locator('details[data-filters] > summary').click();
    await card(page, 'istio-0-to-60-workshop').locator('button[data-star]').click();
    await card(page, 'proxyless-grpc').locator('button[data-star]').click();
    await page.getByLabel('时区', { exact: true }).selectOption('other');
    await page.locator('#tz-other').fill('Mars/Olympus');
    await page.locator('#tz-other').press('Enter');
    await expect(page.locator('[data-zone-error]')).not.toBeEmpty();
    found.push(
      ...englishLeftovers(await pageTexts(page), 'zh-Hans', content, english).map((l) => `/zh/ (panels): ${l}`),
    );
    expect(found).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the Chinese list, timetable and a session page', async ({ page }) => {
      const found: string[] = [];
      for (const path of ['/zh/', '/zh/grid/', `/zh/sessions/${encodeURIComponent(withVideo.slug)}/`]) {
        await page.goto(path);
        const filters = page.locator('details[data-filters] > summary');
        if (await filters.count()) await filters.click();
        found.push(...englishLeftovers(await pageTexts(page), 'zh-Hans', content, english).map((l) => `${path}: ${l}`));
      }
      expect(found).toEqual([]);
    });
  });
});
