import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tests. DOM test files opt into happy-dom with a `@vitest-environment` comment.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.ts'],
    globals: true,
  },
});
