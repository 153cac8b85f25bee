import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Scenario } from '@rapport/engine';

/**
 * A scenario file as the bin's build loaded it: the exact text, and the scenario the engine's
 * loader made of it. The build writes one per file in the scenarios folder that loads and
 * compiles, as the web app's build does for its bundled scenarios, so `rapport play <id>` can skip
 * parsing and validating YAML (most of its cold start) for a file nobody has edited since.
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
 * The scenario the build loaded from exactly the text the file now holds; undefined when there is
 * no catalog, no entry, or the file has changed since, so the caller loads it itself. A file of
 * another size is never read here.
 */
export async function builtScenario(file: string): Promise<Scenario | undefined> {
  if (catalogDir === undefined) return undefined;
  try {
    const entry: CatalogEntry = JSON.parse(
      await readFile(join(catalogDir, catalogFileName(file)), 'utf8'),
    );
    if ((await stat(file)).size !== Buffer.byteLength(entry.text)) return undefined;
    return (await readFile(file, 'utf8')) === entry.text ? entry.scenario : undefined;
  } catch {
    return undefined;
  }
}
