import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension (`npm run test:e2e` builds first).
// One file at a time: each file starts its own Chromium, and the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
