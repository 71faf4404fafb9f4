import { defineConfig } from 'vitest/config';

// The Firefox tier: real Firefox ESR (FIREFOX_PATH picks which) with the built extension, over WebDriver
// BiDi. scripts/firefox-tier.mjs builds, then runs this once per ESR. One file at a time: each file
// starts its own Firefox, and the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
