import { defineProject } from 'vitest/config';

// Node is enough for ink-testing-library too: it renders to a string, not to a DOM.
export default defineProject({
  resolve: { conditions: ['@rapport/source'] },
  test: { name: 'terminal', environment: 'node', setupFiles: ['../../vitest.setup.ts'] },
});
