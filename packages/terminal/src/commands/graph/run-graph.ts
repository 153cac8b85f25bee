import {
  conversationGraph,
  formatProblem,
  type Scenario,
  toGraphviz,
  toMermaid,
} from '@rapport/engine';
import type { ParsedArgs } from '../../cli/command.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from '../../cli/io.js';
import { UsageError } from '../../cli/usage-error.js';
import { resolveScenario } from '../../library/index.js';

const FORMATS: Readonly<Record<string, (scenario: Scenario) => string>> = {
  mermaid: (scenario) => toMermaid(conversationGraph(scenario)),
  dot: (scenario) => toGraphviz(conversationGraph(scenario)),
};

/** `rapport graph`: the body of the command, loaded when it runs. */
export async function runGraph(args: ParsedArgs, io: Io): Promise<number> {
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
}
