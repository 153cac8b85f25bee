import type { Command } from '../../cli/command.js';

export const newScenario: Command = {
  name: 'new',
  summary: 'write a new, valid scenario file to start from',
  synopsis: '<id> [--dir DIR]',
  description: [
    'Writes <id>.yaml in the current folder (or DIR): a small scenario that passes',
    '"rapport check" and shows every feature of the format, each explained by a comment.',
    'An existing file is never overwritten. Move the file into scenarios/ (or write it there',
    'with --dir scenarios) to see it in "rapport list" and in the web trainer.',
  ].join('\n'),
  options: {
    dir: {
      type: 'string',
      value: 'DIR',
      help: 'the folder to write to (default: the current one)',
    },
  },
  positionals: { min: 1, max: 1, name: 'scenario id' },
  async run(args, io) {
    const { runNew } = await import('./run-new.js');
    return runNew(args, io);
  },
};
