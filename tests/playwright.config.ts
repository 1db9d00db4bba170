import { defineConfig } from '@playwright/test';
import { CHROME, CHROME_ARGS } from './chromium.mjs';

/**
 * End-to-end tests run against the built site (dist/) served by `astro preview`.
 * Chromium comes from the system (Debian's package); set CHROME_PATH to use another.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROME,
      args: CHROME_ARGS,
    },
  },
  // The programs built from fixtures (programs.spec.ts) are one serial chain of builds: they go
  // first, so the rest of the suite fills the other worker while they run instead of after them.
  projects: [
    { name: 'programs', testMatch: /programs\.spec\.ts$/ },
    { name: 'site', testIgnore: /programs\.spec\.ts$/ },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
