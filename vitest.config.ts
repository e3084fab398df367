import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real-browser checks need Chromium: `npm run test:browser` runs them (vitest.browser.config.ts).
    exclude: ['test/**/*.browser.test.ts', '**/node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
