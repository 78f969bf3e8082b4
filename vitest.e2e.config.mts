import { defineConfig } from 'vitest/config';

// End-to-end tests: the packed plugin in real clients (ESLint 8/9/10, the VS Code ESLint server,
// oxlint). They run after `npm run build`, as `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: ['node_modules/**', 'tests/e2e/fixtures/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
