import { defineConfig } from 'vitest/config';

// `npm run test:browser` (scripts/test-browser.mjs): checks that need a real Chromium, found through CHROME_PATH.
export default defineConfig({
  test: {
    include: ['test/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
