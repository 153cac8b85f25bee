import { formatProblem, loadScenario, type Scenario, type ScenarioProblem } from '@rapport/engine';
import { cardOf, type LibraryCatalog, loadOnce, type ScenarioCard } from './library-catalog';

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

/** A catalog entry as plain data: what the build writes into the app (scenario-catalog-plugin.ts). */
export type CatalogData = readonly (
  | {
      readonly ok: true;
      readonly file: string;
      readonly card: ScenarioCard;
      readonly scenario: Scenario;
    }
  | { readonly ok: false; readonly file: string; readonly problems: readonly string[] }
)[];

/** Loads the scenario files and splits each into its library card and its whole data. */
export function catalogDataOf(files: Readonly<Record<string, string>>): CatalogData {
  return buildCatalog(files).map((entry) =>
    entry.ok
      ? { ok: true, file: entry.file, card: cardOf(entry.scenario), scenario: entry.scenario }
      : { ok: false, file: entry.file, problems: entry.problems.map(formatProblem) },
  );
}

/**
 * The library's view of a loaded catalog, with each scenario already at hand. The build makes the
 * same shape from the scenario files (scenario-catalog-plugin.ts); tests and tools use this one.
 */
export function libraryCatalogOf(catalog: Catalog): LibraryCatalog {
  return catalog.map((entry) => {
    if (!entry.ok) {
      return { ok: false, file: entry.file, problems: entry.problems.map(formatProblem) };
    }
    const { scenario } = entry;
    return {
      ok: true,
      file: entry.file,
      card: cardOf(scenario),
      load: loadOnce(() => Promise.resolve(scenario)),
    };
  });
}
