import { defineConfig } from 'vitest/config';

// The browser tests build the app, serve it with `vite preview` and drive Chromium: slow, so
// they run on their own (`pnpm test:e2e`), never in the unit run.
export default defineConfig({
  resolve: { conditions: ['@rapport/source'] },
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
