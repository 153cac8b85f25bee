import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const scenarios = fileURLToPath(new URL('../../scenarios', import.meta.url));

/**
 * The scenarios folder sits outside this package, where Vite's watcher does not look: watch it, so
 * that in `pnpm dev` adding, editing or removing a scenario reloads the library through the glob.
 */
function watchScenarios(): Plugin {
  return {
    name: 'rapport:watch-scenarios',
    configureServer(server) {
      server.watcher.add(scenarios);
    },
  };
}

// base './' so the built app works from any static host and from a subfolder.
export default defineConfig({
  base: './',
  plugins: [react(), watchScenarios()],
  resolve: { conditions: ['@rapport/source', ...defaultClientConditions] },
  // The main chunk is React plus the engine (yaml, zod, xstate) by design; `pnpm bench` tracks its
  // size, so the generic 500 kB warning would only bury the URL that `pnpm start` prints.
  build: { chunkSizeWarningLimit: 800 },
});
