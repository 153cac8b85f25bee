import { fileURLToPath } from 'node:url';
import type { Scenario } from '@rapport/engine';
import { resolveScenario } from '../src/library/index.js';

/** The path of `test/fixtures/<topic>/<name>.yaml`, play unless told. */
export function playFixturePath(name: string, topic = 'play'): string {
  return fileURLToPath(new URL(`./fixtures/${topic}/${name}.yaml`, import.meta.url));
}

/** Reads `test/fixtures/<topic>/<name>.yaml` the way `rapport play <file>` does. */
export async function playFixture(name: string, topic = 'play'): Promise<Scenario> {
  const resolved = await resolveScenario(playFixturePath(name, topic));
  if (!resolved.ok)
    throw new Error(`fixture ${name} does not load: ${resolved.problems[0]?.message}`);
  return resolved.scenario;
}
