import { buildCatalog, type Catalog, findScenario } from '../src/scenarios/catalog';
import twoRoads from './fixtures/scenarios/two-roads.yaml?raw';

/** The compiler's tiny fixture, bundled as the app bundles a real scenario file. */
export const twoRoadsText: string = twoRoads;

export function twoRoadsCatalog(): Catalog {
  return buildCatalog({ '../../../../scenarios/two-roads.yaml': twoRoads });
}

export function twoRoadsScenario(): NonNullable<ReturnType<typeof findScenario>> {
  const scenario = findScenario(twoRoadsCatalog(), 'two-roads');
  if (!scenario) throw new Error('the two-roads fixture did not load');
  return scenario;
}
