import { defineConfig } from 'vitest/config';

// The terminal end-to-end test drives the built `rapport` bin in a real terminal under tmux: slow,
// so it runs on its own (`pnpm test:e2e`), never in the unit run.
export default defineConfig({
  resolve: { conditions: ['@rapport/source'] },
  test: {
    name: 'terminal-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    setupFiles: ['../../vitest.setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
