import { buildCatalog, findScenario, libraryCatalogOf } from '../src/scenarios/catalog';
import type { LibraryCatalog } from '../src/scenarios/library-catalog';
import twoRoads from './fixtures/scenarios/two-roads.yaml?raw';

/** The compiler's tiny fixture, bundled as the app bundles a real scenario file. */
export const twoRoadsText: string = twoRoads;

/** The library's catalog holding only the fixture, as the build would make it. */
export function twoRoadsCatalog(): LibraryCatalog {
  return libraryCatalogOf(buildCatalog({ '../../../../scenarios/two-roads.yaml': twoRoads }));
}

export function twoRoadsScenario(): NonNullable<ReturnType<typeof findScenario>> {
  const scenario = findScenario(
    buildCatalog({ '../../../../scenarios/two-roads.yaml': twoRoads }),
    'two-roads',
  );
  if (!scenario) throw new Error('the two-roads fixture did not load');
  return scenario;
}
