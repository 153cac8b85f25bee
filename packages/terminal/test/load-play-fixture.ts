import { fileURLToPath } from 'node:url';
import type { Scenario } from '@rapport/engine';
import { resolveScenario } from '../src/library/index.js';

/** The path of `test/fixtures/play/<name>.yaml`. */
export function playFixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/play/${name}.yaml`, import.meta.url));
}

/** Reads `test/fixtures/play/<name>.yaml` the way `rapport play <file>` does. */
export async function playFixture(name: string): Promise<Scenario> {
  const resolved = await resolveScenario(playFixturePath(name));
  if (!resolved.ok)
    throw new Error(`fixture ${name} does not load: ${resolved.problems[0]?.message}`);
  return resolved.scenario;
}
