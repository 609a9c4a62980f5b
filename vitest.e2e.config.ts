// Vitest config for the end-to-end suite: Chromium via playwright-core against the production build.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // The browser shares two cores with the server and the test runner: give polled assertions time.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
