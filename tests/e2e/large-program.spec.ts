import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateProgram, writeProgram } from '../bench/generate.mjs';
import { copySite } from '../helpers/site-copy';
import { serveDist } from '../helpers/static-server';

/**
 * A program past LIST_PAGE_LIMIT (300 sessions) gets a page per UTC day for the list and the
 * timetable; search still reaches every day. Built from the bench's seeded generator.
 */
const SIZE = 400;

test.describe.configure({ mode: 'serial' });

let site: { dir: string; remove: () => void };
let server: Awaited<ReturnType<typeof serveDist>>;
const url = (path: string) => `${server.origin}${server.base}${path.replace(/^\//, '')}`;
let program: { sessions: { slug: string; title: string; start: string }[] };

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = copySite();
  for (const dir of ['sessions', 'speakers']) rmSync(join(site.dir, 'content', dir), { recursive: true, force: true });
  program = generateProgram(SIZE);
  writeProgram(join(site.dir, 'content'), program);
  const build = spawnSync('npx', ['--no-install', 'astro', 'build'], {
    cwd: site.dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 280_000,
  });
  expect(build.status, `the large program should build:\n${(build.stderr || build.stdout).slice(-3000)}`).toBe(0);
  server = await serveDist(join(site.dir, 'dist'));
});

test.afterAll(async () => {
  await server?.close();
  site?.remove();
});

test('the list and the timetable are split by UTC day, and every day page exists', async ({ page, request }) => {
  const days = [...new Set(program.sessions.map((s) => s.start.slice(0, 10)))].sort();
  expect(days.length).toBeGreaterThan(1);
  await page.goto(url('/'));
  const pager = page.getByRole('navigation', { name: 'Program days (UTC)' });
  await expect(pager.getByRole('link')).toHaveCount(days.length);
  const first = program.sessions.filter((s) => s.start.startsWith(days[0])).length;
  await expect(page.locator('article[data-slug]')).toHaveCount(first);
  for (const day of days.slice(1)) {
    expect((await request.get(url(`/days/${day}/`))).status()).toBe(200);
    expect((await request.get(url(`/grid/${day}/`))).status()).toBe(200);
  }
  await pager.getByRole('link').nth(1).click();
  await expect(page).toHaveURL(new RegExp(`/days/${days[1]}/$`));
  await expect(page.locator('article[data-slug]')).toHaveCount(
    program.sessions.filter((s) => s.start.startsWith(days[1])).length,
  );
});

test('search on a day page lists the matches on other days', async ({ page }) => {
  const days = [...new Set(program.sessions.map((s) => s.start.slice(0, 10)))].sort();
  const elsewhere = program.sessions.find((s) => !s.start.startsWith(days[0]) && /^[\x20-\x7e]+$/.test(s.title))!;
  await page.goto(url(`/?q=${encodeURIComponent(elsewhere.title)}&tz=UTC`));
  const box = page.locator('[data-elsewhere]');
  await expect(box).toBeVisible();
  await expect(box.getByRole('link', { name: elsewhere.title })).toHaveAttribute(
    'href',
    new RegExp(`/sessions/${encodeURIComponent(elsewhere.slug)}/$`),
  );
});
