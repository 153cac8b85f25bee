import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Scenario } from '../src/schema/index.js';

/** Reads `test/fixtures/<topic>/<name>.yaml` as a valid scenario. */
export function fixtureScenario(topic: string, name: string): Scenario {
  const url = new URL(`./fixtures/${topic}/${name}.yaml`, import.meta.url);
  return Scenario.parse(parse(readFileSync(fileURLToPath(url), 'utf8')));
}
