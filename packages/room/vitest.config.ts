import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@rapport/source'] },
  test: { name: 'room', environment: 'node', setupFiles: ['../../vitest.setup.ts'] },
});
