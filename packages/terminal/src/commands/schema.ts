import { scenarioJsonSchema } from '@rapport/engine';
import type { Command } from '../cli/command.js';
import { EXIT_OK } from '../cli/io.js';

export const schema: Command = {
  name: 'schema',
  summary: 'print the scenario JSON Schema, for editor completion',
  synopsis: '',
  description: [
    'Prints the JSON Schema of the scenario format, the same as',
    'packages/engine/scenario.schema.json. Editors with the YAML language server read it from',
    'the first line of a scenario file:',
    '  # yaml-language-server: $schema=../packages/engine/scenario.schema.json',
  ].join('\n'),
  options: {},
  positionals: { min: 0, max: 0, name: 'argument' },
  async run(_args, io) {
    io.out(JSON.stringify(scenarioJsonSchema(), null, 2));
    return EXIT_OK;
  },
};
