import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The extensions a scenario file may have: YAML, or JSON for tools that write it. */
export const SCENARIO_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

export function isScenarioFile(name: string): boolean {
  return SCENARIO_EXTENSIONS.includes(extname(name).toLowerCase());
}

/**
 * Every scenario file under dir, sorted, searching subfolders too but skipping hidden folders and
 * node_modules, which never hold scenarios and can be huge.
 */
export async function findScenarioFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      found.push(...(await findScenarioFiles(path)));
    } else if (entry.isFile() && isScenarioFile(entry.name)) {
      found.push(path);
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
