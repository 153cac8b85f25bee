import type { MoveCoder } from '../coder/coder.js';
import { effectiveFamily, moveFamily } from '../moves.js';
import type { ScenarioProblem } from '../problem.js';
import type { Condition, Scenario } from '../schema/index.js';
import type { MakeProblem } from './analysis.js';

/** What a facilitator wants to hear about before a workshop: choices that are not really choices. */
export function qualityProblems(
  scenario: Scenario,
  make: MakeProblem,
  coder?: MoveCoder,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = coder ? coderProblems(scenario, coder, make) : [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const path = ['nodes', nodeId, 'options'];
    if (node.options.length === 1) {
      problems.push(
        make(
          'analysis',
          'warning',
          path,
          `node "${nodeId}" has only one option: the learner has no choice`,
        ),
      );
      continue;
    }
    const families = new Set(
      node.options.map((option) => effectiveFamily(option.move, node.nonNegotiable !== undefined)),
    );
    const [family] = families;
    if (families.size === 1 && family) {
      problems.push(
        make(
          'analysis',
          'warning',
          path,
          `every option at node "${nodeId}" is ${family}: the learner cannot try another approach`,
        ),
      );
    }
  }
  return problems;
}

/**
 * How sure the coder must be before its reading of an option is worth a facilitator's look: a
 * reading in another family changes how the option scores; one in the same family (affirm read
 * as a reflection) matters less and must be surer still.
 */
export const CODER_DISAGREEMENT = { otherFamily: 0.8, sameFamily: 0.95 } as const;

/**
 * Options whose tagged move the coder reads, with high confidence, as another move: the
 * facilitator's own mis-codes, or lines that do not say what their move means.
 */
export function coderProblems(
  scenario: Scenario,
  coder: MoveCoder,
  make: MakeProblem,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.options.forEach((option, i) => {
      // The author has said why the move is right here: the surface reading is the point.
      if (option.moveReason !== undefined) return;
      const read = coder.code(option.text, node.says);
      if (read.move === option.move) return;
      const sameFamily = read.family === moveFamily(option.move);
      const needed = sameFamily ? CODER_DISAGREEMENT.sameFamily : CODER_DISAGREEMENT.otherFamily;
      if (read.confidence < needed) return;
      problems.push(
        make(
          'analysis',
          'warning',
          ['nodes', nodeId, 'options', i, 'move'],
          `option "${option.id}" is tagged ${option.move}; reads as ${read.move}, ${read.confidence.toFixed(2)}`,
        ),
      );
    });
  }
  return problems;
}

/** A condition no meter value from 0 to 100 can meet, whatever happens in the conversation. */
export function neverHolds(condition: Condition | undefined): boolean {
  if (!condition) return false;
  return Object.values(condition).some(
    (range) =>
      (range.min !== undefined && range.max !== undefined && range.min > range.max) ||
      (range.min !== undefined && range.min > 100) ||
      (range.max !== undefined && range.max < 0),
  );
}
