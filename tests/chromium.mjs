/**
 * The Chromium every browser test and the benchmark use: CHROME_PATH if set, else the system's
 * (Debian's package on CI). `npx playwright install` is never needed.
 */
import { existsSync } from 'node:fs';

/** The first Chromium found, or undefined. */
export const CHROME = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((p) => p && existsSync(p));

/** Flags for a closed network and a root user: no sandbox, no background traffic. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
