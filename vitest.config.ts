import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
    pool: 'forks',
    // The chat page's bundle and stylesheet (dist/public), built when missing or out of date.
    globalSetup: ['test/setup/pageAssets.ts'],
  },
});
