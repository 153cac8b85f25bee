import { analyzeScenario, Scenario } from '@rapport/engine';
import { generateScenario } from './generate-scenario.js';

/**
 * Run as a process of its own (bundled by the bench): builds a generated scenario in memory,
 * analyses it, and prints what the analysis walked and left open as JSON. Used where the
 * scenario is past what a scenario file may hold (2 MiB), so `rapport check` cannot read it.
 */
const [nodes, meters] = process.argv.slice(2).map(Number);
if (!nodes || (meters !== 1 && meters !== 2 && meters !== 3)) {
  process.stderr.write('usage: analyze-generated <nodes> <1|2|3 meters>\n');
  process.exit(2);
}
const scenario = Scenario.parse(generateScenario({ nodes, meters }));
const analysis = analyzeScenario(scenario);
process.stdout.write(
  `${JSON.stringify({
    states: analysis.states,
    undecided: analysis.undecided,
    // Each undecided question is also a warning of its own; the count must match.
    warnings: analysis.problems
      .filter((problem) => problem.severity === 'warning')
      .map((problem) => ({ message: problem.message })),
  })}\n`,
);
