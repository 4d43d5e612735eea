import { defineConfig } from 'vitest/config';

/** Browser tests: the real server and a real headless Chromium (`npm run test:browser`). */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The chat page's bundle and stylesheet (dist/public), built when missing or out of date.
    globalSetup: ['test/setup/pageAssets.ts'],
    fileParallelism: false,
  },
});
