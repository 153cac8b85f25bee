import { loadScenario, type Scenario, type ScenarioProblem } from '@rapport/engine';

/** One bundled scenario file: loaded, or the problems that kept it from loading. */
export type CatalogEntry =
  | { readonly ok: true; readonly file: string; readonly scenario: Scenario }
  | { readonly ok: false; readonly file: string; readonly problems: readonly ScenarioProblem[] };

export type Catalog = readonly CatalogEntry[];

/** The file name a glob key ends with, as a facilitator would recognise it. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function crashProblem(file: string, error: unknown): ScenarioProblem {
  const message = error instanceof Error ? error.message : String(error);
  return { reason: 'io', severity: 'error', file, line: 0, column: 0, path: [], message };
}

/**
 * Loads every file with the engine's loader. A broken file becomes an error entry, never an
 * exception, so one bad scenario cannot take the library down with it.
 */
export function buildCatalog(files: Readonly<Record<string, string>>): Catalog {
  const seen = new Set<string>();
  return Object.keys(files)
    .sort()
    .map((path): CatalogEntry => {
      const file = `scenarios/${fileName(path)}`;
      try {
        const result = loadScenario(files[path] ?? '', file);
        if (!result.ok) return { ok: false, file, problems: result.problems };
        if (seen.has(result.scenario.id)) {
          const message = `another bundled scenario already has the id "${result.scenario.id}"`;
          return {
            ok: false,
            file,
            problems: [
              {
                ...crashProblem(file, message),
                ...result.locate(['id']),
                reason: 'reference',
                path: ['id'],
              },
            ],
          };
        }
        seen.add(result.scenario.id);
        return { ok: true, file, scenario: result.scenario };
      } catch (error) {
        return { ok: false, file, problems: [crashProblem(file, error)] };
      }
    });
}

export function findScenario(catalog: Catalog, id: string): Scenario | undefined {
  for (const entry of catalog) if (entry.ok && entry.scenario.id === id) return entry.scenario;
  return undefined;
}
