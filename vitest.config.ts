import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser tests share one built site and one Chromium; running files one at a time keeps a 2-core machine steady.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
