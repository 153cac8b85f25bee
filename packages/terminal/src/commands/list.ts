import type { Command } from '../cli/command.js';

export const list: Command = {
  name: 'list',
  summary: 'the scenarios found, with id, title, stakeholder and length',
  synopsis: '',
  description:
    'Lists the scenarios in the repository’s scenarios/ folder (or RAPPORT_SCENARIOS).\nA file that does not load is named on standard error; "rapport check" says why.',
  options: {},
  positionals: { min: 0, max: 0, name: 'argument' },
  async run(args, io) {
    const { runList } = await import('./run-list.js');
    return runList(args, io);
  },
};
