import { scenarioJsonSchema } from './json-schema.js';

/** The committed packages/engine/scenario.schema.json, byte for byte. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
