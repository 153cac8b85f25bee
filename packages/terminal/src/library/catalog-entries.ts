import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { compileScenario, loadScenario } from '@rapport/engine';
import { type CatalogEntry, catalogFileName } from './built-catalog.js';
import { findScenarioFiles } from './scenario-files.js';

/**
 * The catalog of the scenario files in dir, for scripts/build.mjs: an entry for each that loads
 * and compiles, keyed by its catalog file name. A file whose scenario would not survive JSON
 * unchanged is left out (and loaded at run time), so the catalog never changes what a learner
 * plays. Two files with one name in different subfolders share an entry; the text check sends
 * the other one to the loader.
 */
export async function catalogEntries(dir: string): Promise<Map<string, CatalogEntry>> {
  const entries = new Map<string, CatalogEntry>();
  for (const file of await findScenarioFiles(dir).catch(() => [])) {
    // A file that cannot be read is left to the loader at run time, which says why.
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const loaded = loadScenario(text, file);
    if (!loaded.ok || !compiles(loaded.scenario)) continue;
    const entry: CatalogEntry = { text, scenario: loaded.scenario };
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(entry)), entry)) {
      entries.set(catalogFileName(file), entry);
    }
  }
  return entries;
}

function compiles(scenario: CatalogEntry['scenario']): boolean {
  try {
    compileScenario(scenario);
    return true;
  } catch {
    return false;
  }
}
