import { conversationGraph, formatProblem, type Scenario, toDot, toMermaid } from '@rapport/engine';
import type { Command } from '../../cli/command.js';
import { EXIT_FAILURE, EXIT_OK } from '../../cli/io.js';
import { UsageError } from '../../cli/usage-error.js';
import { resolveScenario } from '../../library/index.js';

const FORMATS: Readonly<Record<string, (scenario: Scenario) => string>> = {
  mermaid: (scenario) => toMermaid(conversationGraph(scenario)),
  dot: (scenario) => toDot(conversationGraph(scenario)),
};

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
    const format = args.values.format ?? 'mermaid';
    const draw = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
    if (!draw) throw new UsageError(`unknown format "${format}": use mermaid or dot`);
    const resolved = await resolveScenario(args.positionals[0] ?? '');
    if (!resolved.ok) {
      for (const problem of resolved.problems) io.err(formatProblem(problem));
      return EXIT_FAILURE;
    }
    io.out(draw(resolved.scenario));
    return EXIT_OK;
  },
};
