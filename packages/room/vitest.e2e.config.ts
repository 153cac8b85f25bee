import { defineConfig } from 'vitest/config';

// The room's end-to-end tests run the room in a process of its own and drive it over HTTP, as
// participants' browsers would: hundreds of them at once, and a kill -9 in the middle. Slow, so
// they run on their own (`pnpm test:e2e`), never in the unit run.
export default defineConfig({
  resolve: { conditions: ['@rapport/source'] },
  test: {
    name: 'room-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    setupFiles: ['../../vitest.setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
