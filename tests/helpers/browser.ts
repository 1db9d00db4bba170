/**
 * Small Playwright helpers shared by the end-to-end specs: what a page must never do (throw, log an
 * error, open a dialog, violate its Content-Security-Policy), and when the program's island is ready.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface Watch {
  /** Uncaught exceptions, console errors and dialogs (an alert is how injected script shows). */
  errors: string[];
  /** The CSP violations reported so far on the current document. */
  violations: () => Promise<string[]>;
}

/**
 * Starts watching a page before its first navigation: CSP violations are collected from the start of
 * every document (an init script), errors and dialogs for the page's whole life.
 */
export async function watch(page: Page): Promise<Watch> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`),
    );
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text().slice(0, 200)}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return {
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  };
}

/** The island has taken over the program (list or timetable): it enables the controls when it starts. */
export async function islandReady(page: Page) {
  await expect(page.locator('input#q[data-search]')).toBeEnabled();
}

/** A session's card in the list or the shown day of the timetable. */
export const card = (page: Page, slug: string): Locator =>
  page.locator(
    `[data-days] > section[data-date] article[data-slug="${slug}"], [data-grid-days] > section[data-current] article[data-slug="${slug}"]`,
  );

/** The text of an element with its white space collapsed (content-visibility hides innerText, not textContent). */
export const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The texts of every element a locator matches, white space collapsed. */
export const texts = async (l: Locator) =>
  (await l.evaluateAll((els) => els.map((e) => e.textContent ?? ''))).map((t) => t.replace(/\s+/g, ' ').trim());

/** Whether two boxes overlap by more than a pixel. */
export const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
