import type { Command } from '../../cli/command.js';

export const graph: Command = {
  name: 'graph',
  summary: 'the conversation graph, as Mermaid (default) or Graphviz DOT',
  synopsis: '<id|file> [--format mermaid|dot]',
  description: [
    'Prints the conversation as a diagram: nodes with what the stakeholder says, endings by',
    'outcome, and arrows labelled with the option id and its move.',
    '',
    'Examples:',
    '  rapport graph rollout-resistance > rollout.mmd     paste into any Mermaid viewer',
    '  rapport graph my-scenario.yaml --format dot | dot -Tsvg > my-scenario.svg',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      value: 'mermaid|dot',
      help: 'the diagram language (default mermaid)',
    },
  },
  positionals: { min: 1, max: 1, name: 'scenario id or file' },
  async run(args, io) {
    const { runGraph } = await import('./run-graph.js');
    return runGraph(args, io);
  },
};
