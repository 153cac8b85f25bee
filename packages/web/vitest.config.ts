import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  resolve: { conditions: ['@rapport/source', ...defaultClientConditions] },
  test: {
    name: 'web',
    environment: 'jsdom',
    // jsdom and accessible-name queries are slow on a busy machine; a hang still fails.
    testTimeout: 20_000,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['../../vitest.setup.ts', './test/setup-rtl.ts'],
  },
});
