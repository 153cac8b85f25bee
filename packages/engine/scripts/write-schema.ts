import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../src/schema/json-schema-file.js';

// Editors read the committed file; regenerate it whenever the zod schema changes.
const target = fileURLToPath(new URL('../scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
