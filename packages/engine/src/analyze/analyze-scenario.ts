import { compileScenario } from '../compile/index.js';
import type { ScenarioProblem } from '../problem.js';
import { OUTCOMES, type Outcome, type Scenario } from '../schema/index.js';
import {
  formatFigure,
  MITI_COMPLEX_REFLECTIONS,
  MITI_REFLECTION_TO_QUESTION,
} from '../score/thresholds.js';
import { type Analysis, type AnalyzeOptions, type MakeProblem, problemMaker } from './analysis.js';
import { describeChoices, describeMeters } from './describe.js';
import { DEFAULT_STATE_LIMIT, exploreStates, type StateGraph } from './explore.js';
import { goldenProblems } from './golden.js';
import { type PathFigures, pureInsistencePath, searchPathFigures } from './path-figures.js';
import { numbersTells, type Probes, probeStrategies, strategyLabel } from './probes.js';
import { neverHolds, qualityProblems } from './quality.js';
import { pairKey, type StateFacts, stateFacts } from './state-facts.js';
import { idsReachingAnEnding, reachableIds, structureOf } from './structure.js';

function graphProblems(
  scenario: Scenario,
  graph: StateGraph,
  facts: StateFacts,
  make: MakeProblem,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const structure = structureOf(scenario);
  const reachable = reachableIds(structure, structure.start);
  const reachesEnding = idsReachingAnEnding(structure);
  const meterBlocked = 'the options that lead to it need meter values the conversation never has';

  for (const nodeId of Object.keys(scenario.nodes)) {
    const path = ['nodes', nodeId];
    if (!reachable.has(nodeId)) {
      problems.push(
        make(
          'analysis',
          'error',
          path,
          `node "${nodeId}" is never reached: no path of options leads to it from the start node "${structure.start}"`,
        ),
      );
      continue;
    }
    if (graph.complete && !facts.reached.has(nodeId)) {
      problems.push(
        make('analysis', 'error', path, `node "${nodeId}" is never reached: ${meterBlocked}`),
      );
      continue;
    }
    const trap = facts.traps.get(nodeId);
    if (!reachesEnding.has(nodeId)) {
      problems.push(
        make(
          'analysis',
          'error',
          path,
          `node "${nodeId}" is a trap: no ending can be reached from it, every path loops back`,
        ),
      );
    } else if (trap) {
      problems.push(
        make(
          'analysis',
          'error',
          path,
          `node "${nodeId}" is a trap with ${describeMeters(trap.meters)} (${describeChoices(facts.pathTo(trap.index))}): no ending can be reached from there`,
        ),
      );
    }
    const deadEnd = facts.deadEnds.get(nodeId);
    if (deadEnd) {
      problems.push(
        make(
          'analysis',
          'error',
          [...path, 'options'],
          `node "${nodeId}" is a dead end with ${describeMeters(deadEnd.meters)} (${describeChoices(facts.pathTo(deadEnd.index))}): no option is offered, so the learner is stuck`,
        ),
      );
    }
  }

  for (const endingId of Object.keys(scenario.endings)) {
    const path = ['endings', endingId];
    if (!reachable.has(endingId)) {
      problems.push(
        make(
          'analysis',
          'error',
          path,
          `ending "${endingId}" is never reached: no path of options leads to it`,
        ),
      );
    } else if (graph.complete && !facts.reached.has(endingId)) {
      const why = scenario.endings[endingId]?.when
        ? 'the meters never meet its condition'
        : meterBlocked;
      problems.push(
        make('analysis', 'error', path, `ending "${endingId}" is never reached: ${why}`),
      );
    }
  }
  return problems;
}

/** Options never offered and variants never shown, wherever the conversation can be. */
function conditionProblems(
  scenario: Scenario,
  graph: StateGraph,
  facts: StateFacts,
  make: MakeProblem,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const why = (condition: Parameters<typeof neverHolds>[0]): string | null => {
    if (neverHolds(condition)) return 'its condition cannot hold for meters from 0 to 100';
    return graph.complete ? 'its condition never holds when the conversation is there' : null;
  };
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    // An unreached node is reported once, as unreached.
    if (graph.complete && !facts.reached.has(nodeId)) continue;
    node.options.forEach((option, i) => {
      if (!option.when || facts.offered.has(pairKey(nodeId, option.id))) return;
      const reason = why(option.when);
      if (reason) {
        problems.push(
          make(
            'analysis',
            'warning',
            ['nodes', nodeId, 'options', i, 'when'],
            `option "${option.id}" at node "${nodeId}" is never offered: ${reason}`,
          ),
        );
      }
    });
    node.variants.forEach((variant, i) => {
      if (facts.shownVariants.has(pairKey(nodeId, i))) return;
      const reason = neverHolds(variant.when)
        ? why(variant.when)
        : graph.complete
          ? 'its condition never holds when the conversation is there, or an earlier variant always wins'
          : null;
      if (reason) {
        problems.push(
          make(
            'analysis',
            'warning',
            ['nodes', nodeId, 'variants', i, 'when'],
            `variant ${i + 1} of node "${nodeId}" is never shown: ${reason}`,
          ),
        );
      }
    });
  }
  return problems;
}

function rubricProblems(
  scenario: Scenario,
  figures: PathFigures,
  insistence: ReturnType<typeof pureInsistencePath>,
  make: MakeProblem,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const breakthrough = Object.entries(scenario.endings).find(
    ([, e]) => e.outcome === 'breakthrough',
  )?.[0];
  if (figures.complete && !figures.goodMitiPath) {
    const thresholds = `reflection-to-question ${formatFigure('reflectionToQuestion', MITI_REFLECTION_TO_QUESTION.good)}, ${formatFigure('complexReflections', MITI_COMPLEX_REFLECTIONS.good)} complex reflections, listening ratio ${formatFigure('listeningRatio', scenario.bands.good)}`;
    problems.push(
      make(
        'analysis',
        'warning',
        breakthrough ? ['endings', breakthrough] : ['endings'],
        breakthrough
          ? `no path reaches the good MITI thresholds (${thresholds}) and a breakthrough`
          : `no path reaches the good MITI thresholds (${thresholds}) and a breakthrough: the scenario has no breakthrough ending`,
      ),
    );
  }
  if (insistence) {
    problems.push(
      make(
        'analysis',
        'warning',
        ['endings', insistence.ending],
        `pure insistence reaches the breakthrough "${insistence.ending}" (choosing ${insistence.path.join(', ')}): pushing should not win`,
      ),
    );
  }
  return problems;
}

function probeProblems(scenario: Scenario, probes: Probes, make: MakeProblem): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  // A move offered at one node leaves every other choice to the learner: its probe is a blind
  // strategy only when the move makes at least half of the choices on the way.
  const moves = [...probes.move, ...probes.kind].filter(
    (probe) => probe.taken * 2 >= probe.path.length,
  );
  for (const probe of [...probes.position, ...moves, ...probes.wording]) {
    if (probe.outcome !== 'breakthrough') continue;
    problems.push(
      make(
        'analysis',
        'warning',
        ['nodes'],
        `the blind strategy "${strategyLabel(probe)}" reaches the breakthrough "${probe.ending}" (choosing ${probe.path.join(', ')}): a learner can win without the skill`,
      ),
    );
  }
  for (const tell of numbersTells(scenario)) {
    problems.push(
      make(
        'analysis',
        'warning',
        tell.at,
        `the answer is in the numbers: ${tell.move}: ${tell.better} of ${tell.total} options carry effects better than the engine's default`,
      ),
    );
  }
  return problems;
}

/**
 * Analyses a loaded scenario on its compiled machine: the conversation graph, every reachable
 * (node, meters) state, the figures a learner can reach, and the scenario's golden transcripts.
 */
export function analyzeScenario(scenario: Scenario, options: AnalyzeOptions = {}): Analysis {
  const make = problemMaker(options.file ?? scenario.id, options.locate);
  const limit = options.stateLimit ?? DEFAULT_STATE_LIMIT;
  const graph = exploreStates(scenario, { limit });
  const facts = stateFacts(scenario, graph);
  const problems: ScenarioProblem[] = [];
  if (!graph.complete) {
    problems.push(
      make(
        'analysis',
        'warning',
        [],
        `analysis stopped after ${limit.toLocaleString('en')} states; results are partial`,
      ),
    );
  }
  problems.push(...graphProblems(scenario, graph, facts, make));
  problems.push(...conditionProblems(scenario, graph, facts, make));
  // Per-path figures over a partial state set would prove nothing and cost the most.
  const figures: PathFigures = graph.complete
    ? searchPathFigures(scenario, graph, facts.canEnd, options.pathBudget)
    : { listeningRatio: { best: null, worst: null }, goodMitiPath: null, complete: false };
  const insistence = pureInsistencePath(scenario, graph);
  problems.push(...rubricProblems(scenario, figures, insistence, make));
  const probes = probeStrategies(scenario, graph, facts.canEnd);
  problems.push(...probeProblems(scenario, probes, make));
  problems.push(...qualityProblems(scenario, make, options.coder));
  // Golden transcripts replay on the compiled machine, exactly as the trainers run them.
  if (scenario.tests.length > 0) {
    problems.push(...goldenProblems(scenario, compileScenario(scenario), make));
  }

  const shortestPaths: Record<string, readonly string[] | null> = {};
  for (const endingId of Object.keys(scenario.endings)) {
    const state = facts.firstEnding.get(endingId);
    shortestPaths[endingId] = state ? facts.pathTo(state.index) : null;
  }
  const reachedOutcomes = new Set<Outcome>();
  for (const endingId of facts.firstEnding.keys()) {
    const outcome = scenario.endings[endingId]?.outcome;
    if (outcome) reachedOutcomes.add(outcome);
  }
  return {
    problems,
    states: { explored: graph.states.length, complete: graph.complete },
    shortestPaths,
    outcomes: OUTCOMES.filter((outcome) => reachedOutcomes.has(outcome)),
    listeningRatio: figures.listeningRatio,
    goodMitiPath: figures.goodMitiPath,
    pureInsistencePath: insistence?.path ?? null,
    pathsComplete: figures.complete,
    probes,
  };
}
