import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import type { CatalogData } from './src/scenarios/catalog';

export const CATALOG_ID = 'virtual:rapport/scenario-catalog';
const SCENARIO_PREFIX = 'virtual:rapport/scenario/';

type CatalogModule = typeof import('./src/scenarios/catalog');

/**
 * The catalog code, engine included, is TypeScript that Node cannot import by itself (nor can the
 * bundled Vite config, which leaves the workspace's packages to Node): Vite's module runner can.
 */
let catalogModule: Promise<CatalogModule> | undefined;
function loadCatalogModule(): Promise<CatalogModule> {
  catalogModule ??= runnerImport<CatalogModule>(
    join(import.meta.dirname, 'src/scenarios/catalog.ts'),
    { configFile: false, logLevel: 'silent', resolve: { conditions: ['@rapport/source'] } },
  ).then((result) => result.module);
  return catalogModule;
}

async function readCatalog(folder: string): Promise<CatalogData> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml'))) {
    files[`${folder}/${name}`] = readFileSync(join(folder, name), 'utf8');
  }
  return (await loadCatalogModule()).catalogDataOf(files);
}

/** JavaScript that evaluates to the value; JSON.parse of a string is quicker to load than a literal. */
function jsonModuleValue(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

/**
 * Loads the bundled scenarios in Node, with the engine's loader, when the app is built or served,
 * and offers them as virtual modules: `virtual:rapport/scenario-catalog` holds what the library
 * shows (cards, and the problems of files that do not load), and each scenario's whole data is a
 * module of its own that the catalog imports lazily. So the first page needs neither the engine nor
 * yaml, and a scenario costs nothing until it is opened.
 */
export function scenarioCatalog(folder: string): Plugin {
  const ids = new Set<string>();
  let serving = false;
  return {
    name: 'rapport:scenario-catalog',
    resolveId(id) {
      if (id === CATALOG_ID || id.startsWith(SCENARIO_PREFIX)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:rapport/')) return undefined;
      ids.add(id);
      const catalog = await readCatalog(folder);
      // `vite build --watch` rebuilds when a scenario changes; `pnpm dev` reloads through
      // configureServer, which also sees files added to the folder.
      if (!serving)
        for (const entry of catalog)
          this.addWatchFile(join(folder, entry.file.slice('scenarios/'.length)));
      if (id === `\0${CATALOG_ID}`) {
        const entries = catalog.map((entry) =>
          entry.ok
            ? `{ ok: true, file: ${JSON.stringify(entry.file)}, card: ${jsonModuleValue(entry.card)}, load: loadOnce(() => import(${JSON.stringify(SCENARIO_PREFIX + entry.scenario.id)}).then((m) => m.default)) }`
            : `{ ok: false, file: ${JSON.stringify(entry.file)}, problems: ${jsonModuleValue(entry.problems)} }`,
        );
        return [
          `import { loadOnce } from ${JSON.stringify(join(import.meta.dirname, 'src/scenarios/library-catalog.ts'))};`,
          `export const catalog = [\n  ${entries.join(',\n  ')}\n];`,
        ].join('\n');
      }
      const scenarioId = id.slice(`\0${SCENARIO_PREFIX}`.length);
      for (const entry of catalog) {
        if (entry.ok && entry.scenario.id === scenarioId) {
          return `export default ${jsonModuleValue(entry.scenario)};`;
        }
      }
      this.error(`no bundled scenario has the id "${scenarioId}"`);
    },
    configureServer(server) {
      serving = true;
      // The scenarios folder sits outside this package, where Vite's watcher does not look.
      server.watcher.add(folder);
      const reload = (file: string): void => {
        if (!file.startsWith(folder) || !file.endsWith('.yaml')) return;
        const graph = server.environments.client.moduleGraph;
        for (const id of ids) {
          const module = graph.getModuleById(id);
          if (module) graph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('change', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
