import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'tests/api/**', 'tests/fixtures/**', 'tests/e2e/**', 'examples/**'],
    setupFiles: ['tests/setup-rule-tester.ts'],
    testTimeout: 30_000,
  },
});
