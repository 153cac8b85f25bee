import { defineConfig } from 'vitest/config';

// One run over every package; each package's own config adds its environment.
export default defineConfig({
  test: {
    projects: ['packages/*', 'bench'],
  },
});
