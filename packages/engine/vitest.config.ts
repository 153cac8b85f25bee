import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@rapport/source'] },
  test: { name: 'engine', environment: 'node', setupFiles: ['../../vitest.setup.ts'] },
});
