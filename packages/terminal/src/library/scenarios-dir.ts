import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder above this module that holds pnpm-workspace.yaml.
 * Walking up works the same from src/library (run from source) and from dist/rapport.js (the
 * bundled bin), which sit at different depths.
 */
export function repositoryRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The folder `rapport list` and `rapport play <id>` read: RAPPORT_SCENARIOS, else the repo's scenarios/. */
export function scenariosDir(): string {
  const chosen = process.env.RAPPORT_SCENARIOS;
  if (chosen) return resolve(chosen);
  const root = repositoryRoot();
  return root ? join(root, 'scenarios') : resolve('scenarios');
}

/** The scenario JSON Schema file that editors read, inside the engine package. */
export function schemaFile(): string | undefined {
  const root = repositoryRoot();
  return root ? join(root, 'packages', 'engine', 'scenario.schema.json') : undefined;
}
