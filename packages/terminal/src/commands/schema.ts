import type { Command } from '../cli/command.js';

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
  async run(args, io) {
    const { runSchema } = await import('./run-schema.js');
    return runSchema(args, io);
  },
};
