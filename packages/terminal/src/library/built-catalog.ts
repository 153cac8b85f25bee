import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadScenario, type Scenario } from '@rapport/engine';
import { findScenarioFiles } from './scenario-files.js';

/**
 * A scenario file as the bin's build loaded it: the exact text, and the scenario the engine's
 * loader made of it. The build writes one per file in the scenarios folder, as the web app's build
 * does for its bundled scenarios, so `rapport play <id>` can skip parsing and validating YAML
 * (most of its cold start) for a file nobody has edited since.
 */
export type CatalogEntry = { readonly text: string; readonly scenario: Scenario };

let catalogDir: string | undefined;

/**
 * Reads scenarios through the catalog in dir from now on (undefined: none). Only the bin does
 * (src/cli.ts): tests and anything run from source load every file, so they always see the
 * loader of the tree.
 */
export function setBuiltCatalog(dir: string | undefined): void {
  catalogDir = dir;
}

/** The name of a file's entry in the catalog folder. */
export function catalogFileName(file: string): string {
  return `${basename(file)}.json`;
}

/**
 * The scenario the build loaded from exactly this text, under this file name; undefined when there
 * is no catalog, no entry, or the file has changed since, so the caller loads the text itself.
 */
export async function builtScenario(file: string, text: string): Promise<Scenario | undefined> {
  if (catalogDir === undefined) return undefined;
  let entry: CatalogEntry;
  try {
    entry = JSON.parse(await readFile(join(catalogDir, catalogFileName(file)), 'utf8'));
  } catch {
    return undefined;
  }
  return entry.text === text ? entry.scenario : undefined;
}

/**
 * The catalog of the scenario files in dir: an entry for each that loads, keyed by its catalog
 * file name. A file whose scenario would not survive JSON unchanged is left out (and loaded at
 * run time), so the catalog never changes what a learner plays. Two files with one name in
 * different subfolders share an entry; the text check sends the other one to the loader.
 */
export async function catalogEntries(dir: string): Promise<Map<string, CatalogEntry>> {
  const entries = new Map<string, CatalogEntry>();
  for (const file of await findScenarioFiles(dir)) {
    const text = await readFile(file, 'utf8');
    const loaded = loadScenario(text, file);
    if (!loaded.ok) continue;
    const entry: CatalogEntry = { text, scenario: loaded.scenario };
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(entry)), entry)) {
      entries.set(catalogFileName(file), entry);
    }
  }
  return entries;
}
