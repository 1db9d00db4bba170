import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Real client apps reading the exports: ConfClerk (under Xvfb), khal and python3-icalendar, the
 * Debian packages tests/setup-system.sh installs. A ConfClerk import takes a few seconds, so the
 * suite has its own generous timeouts and stays out of the fast unit run (tests/vitest.config.ts).
 * Files run one at a time: `xvfb-run -a` picks a free display number and two at once can race.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/clients/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
