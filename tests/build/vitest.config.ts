import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Build tests: each builds a copy of the site (about 10 s), so they get their own suite with
 * generous timeouts, kept out of the fast unit run (tests/vitest.config.ts).
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Each build is a few processes; two at a time keep a small machine responsive.
    maxConcurrency: 2,
  },
});
