import { compileScenario } from '../compile/index.js';
import type { ScenarioProblem } from '../problem.js';
import { OUTCOMES, type Outcome, type Scenario } from '../schema/index.js';
import {
  formatFigure,
  MITI_COMPLEX_REFLECTIONS,
  MITI_REFLECTION_TO_QUESTION,
} from '../score/thresholds.js';
import { type Analysis, type AnalyzeOptions, type MakeProblem, problemMaker } from './analysis.js';
import { describeChoices, describeMeters, listChoices } from './describe.js';
import {
  DEFAULT_STATE_BUDGET,
  exploreStates,
  metersOf,
  pathTo,
  type StateGraph,
} from './explore.js';
import { goldenProblems } from './golden.js';
import {
  DEFAULT_PATH_BUDGET,
  MAX_PATH_TURNS,
  type PathFigures,
  pureInsistencePath,
  searchPathFigures,
} from './path-figures.js';
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
    } else if (trap !== undefined) {
      problems.push(
        make(
          'analysis',
          'error',
          path,
          `node "${nodeId}" is a trap with ${describeMeters(metersOf(graph, trap))} (${describeChoices(pathTo(graph, trap))}): no ending can be reached from there`,
        ),
      );
    }
    const deadEnd = facts.deadEnds.get(nodeId);
    if (deadEnd !== undefined) {
      problems.push(
        make(
          'analysis',
          'error',
          [...path, 'options'],
          `node "${nodeId}" is a dead end with ${describeMeters(metersOf(graph, deadEnd))} (${describeChoices(pathTo(graph, deadEnd))}): no option is offered, so the learner is stuck`,
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
  if (figures.goodMitiDecided && !figures.goodMitiPath) {
    // The figures are scored over conversations of up to MAX_PATH_TURNS turns: say so when some
    // path went on past that, since a longer one was not scored.
    const within = figures.cutAtTurns ? ` of up to ${MAX_PATH_TURNS} turns` : '';
    const thresholds = `reflection-to-question ${formatFigure('reflectionToQuestion', MITI_REFLECTION_TO_QUESTION.good)}, ${formatFigure('complexReflections', MITI_COMPLEX_REFLECTIONS.good)} complex reflections, listening ratio ${formatFigure('listeningRatio', scenario.bands.good)}`;
    problems.push(
      make(
        'analysis',
        'warning',
        breakthrough ? ['endings', breakthrough] : ['endings'],
        breakthrough
          ? `no path${within} reaches the good MITI thresholds (${thresholds}) and a breakthrough`
          : `no path${within} reaches the good MITI thresholds (${thresholds}) and a breakthrough: the scenario has no breakthrough ending`,
      ),
    );
  }
  if (insistence) {
    problems.push(
      make(
        'analysis',
        'warning',
        ['endings', insistence.ending],
        `pure insistence reaches the breakthrough "${insistence.ending}" (choosing ${listChoices(insistence.path)}): pushing should not win`,
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
        `the blind strategy "${strategyLabel(probe)}" reaches the breakthrough "${probe.ending}" (choosing ${listChoices(probe.path)}): a learner can win without the skill`,
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

/** A question the analysis could not answer within its budgets, and where it is about. */
type Undecided = { readonly text: string; readonly path: readonly (string | number)[] };

/** Named options a message lists at most; the rest are counted. */
const MAX_NAMED = 6;

function listed(items: readonly string[]): string {
  if (items.length <= MAX_NAMED) return items.join(', ');
  return `${items.slice(0, MAX_NAMED).join(', ')} and ${items.length - MAX_NAMED} more`;
}

/**
 * Every question whose answer a budget left open. What the walk did find is proof (a state
 * reached, a trap or dead end whose every way on was walked, a path found); what it did not find
 * past the budget is only not found, and is named here rather than reported either way.
 */
function undecidedQuestions(
  scenario: Scenario,
  graph: StateGraph,
  facts: StateFacts,
  figures: PathFigures,
  insistence: ReturnType<typeof pureInsistencePath>,
  probes: Probes,
): Undecided[] {
  const questions: Undecided[] = [];
  if (!graph.complete) {
    const structure = structureOf(scenario);
    const reachable = reachableIds(structure, structure.start);
    // Past the budget a large scenario can leave thousands of ids open: each kind is one
    // question, naming the first ones and counting the rest.
    const open = (ids: readonly string[]) =>
      ids.filter((id) => reachable.has(id) && !facts.reached.has(id)).map((id) => `"${id}"`);
    const nodes = open(Object.keys(scenario.nodes));
    if (nodes.length > 0) {
      questions.push({
        text: `whether ${nodes.length === 1 ? 'node' : 'nodes'} ${listed(nodes)} can be reached`,
        path: nodes.length === 1 ? ['nodes', JSON.parse(nodes[0] as string)] : ['nodes'],
      });
    }
    const endings = open(Object.keys(scenario.endings));
    if (endings.length > 0) {
      questions.push({
        text: `whether ${endings.length === 1 ? 'ending' : 'endings'} ${listed(endings)} can be reached`,
        path: endings.length === 1 ? ['endings', JSON.parse(endings[0] as string)] : ['endings'],
      });
    }
    questions.push({
      text: `which nodes are traps or dead ends with meters met past the first ${graph.expanded.toLocaleString('en')} states (those reported are proven)`,
      path: ['nodes'],
    });
    const unoffered: string[] = [];
    const unshown: string[] = [];
    for (const [nodeId, node] of Object.entries(scenario.nodes)) {
      for (const option of node.options) {
        if (
          option.when &&
          !neverHolds(option.when) &&
          !facts.offered.has(pairKey(nodeId, option.id))
        )
          unoffered.push(`"${option.id}" at "${nodeId}"`);
      }
      node.variants.forEach((variant, i) => {
        if (!neverHolds(variant.when) && !facts.shownVariants.has(pairKey(nodeId, i)))
          unshown.push(`${i + 1} of "${nodeId}"`);
      });
    }
    if (unoffered.length > 0) {
      questions.push({
        text: `whether option ${listed(unoffered)} is ever offered`,
        path: ['nodes'],
      });
    }
    if (unshown.length > 0) {
      questions.push({ text: `whether variant ${listed(unshown)} is ever shown`, path: ['nodes'] });
    }
    if (!insistence) {
      questions.push({ text: 'whether pure insistence reaches a breakthrough', path: ['endings'] });
    }
  }
  if (!figures.listeningDecided) {
    questions.push({ text: 'the best and worst listening ratio at an ending', path: ['bands'] });
  }
  if (!figures.goodMitiDecided) {
    questions.push({
      text: 'whether a path reaches the good MITI thresholds and a breakthrough',
      path: ['endings'],
    });
  }
  for (const probe of [...probes.position, ...probes.move, ...probes.kind, ...probes.wording]) {
    if (probe.end !== 'unexplored') continue;
    questions.push({ text: `where "${strategyLabel(probe)}" ends`, path: ['nodes'] });
  }
  if (probes.random.unexplored > 0) {
    questions.push({
      text: `the random learner's odds (${(probes.random.unexplored * 100).toFixed(1)}% of them go past the states walked)`,
      path: ['nodes'],
    });
  }
  return questions;
}

/**
 * Analyses a loaded scenario on its compiled machine: the conversation graph, every reachable
 * (node, meters) state, the figures a learner can reach, and the scenario's golden transcripts.
 */
export function analyzeScenario(scenario: Scenario, options: AnalyzeOptions = {}): Analysis {
  const make = problemMaker(options.file ?? scenario.id, options.locate);
  const budget = options.stateBudget ?? DEFAULT_STATE_BUDGET;
  const graph = exploreStates(scenario, { budget });
  const facts = stateFacts(scenario, graph);
  const problems: ScenarioProblem[] = [];
  problems.push(...graphProblems(scenario, graph, facts, make));
  problems.push(...conditionProblems(scenario, graph, facts, make));
  const figures = searchPathFigures(scenario, graph, facts.canEnd, options.pathBudget);
  const insistence = pureInsistencePath(scenario, graph);
  problems.push(...rubricProblems(scenario, figures, insistence, make));
  const probes = probeStrategies(scenario, graph, facts.canEnd);
  problems.push(...probeProblems(scenario, probes, make));
  const undecided = undecidedQuestions(scenario, graph, facts, figures, insistence, probes);
  if (undecided.length > 0) {
    // First, as the first thing to read: what follows is proven, and what is not decided is named.
    const stopped = graph.complete
      ? `the path search stopped at its budget of ${(options.pathBudget ?? DEFAULT_PATH_BUDGET).toLocaleString('en')} (state, counts) pairs`
      : `the walk stopped at its budget of ${budget.toLocaleString('en')} states, ${graph.count.toLocaleString('en')} met`;
    problems.unshift(
      make(
        'analysis',
        'warning',
        [],
        `${stopped}: ${undecided.length} ${undecided.length === 1 ? 'question is' : 'questions are'} not decided, each named below`,
      ),
    );
    problems.splice(
      1,
      0,
      ...undecided.map((question) =>
        make('analysis', 'warning', question.path, `not decided: ${question.text}`),
      ),
    );
  }
  problems.push(...qualityProblems(scenario, make, options.coder));
  // Golden transcripts replay on the compiled machine, exactly as the trainers run them.
  if (scenario.tests.length > 0) {
    problems.push(...goldenProblems(scenario, compileScenario(scenario), make));
  }

  const shortestPaths: Record<string, readonly string[] | null> = {};
  for (const endingId of Object.keys(scenario.endings)) {
    const state = facts.firstEnding.get(endingId);
    shortestPaths[endingId] = state === undefined ? null : pathTo(graph, state);
  }
  const reachedOutcomes = new Set<Outcome>();
  for (const endingId of facts.firstEnding.keys()) {
    const outcome = scenario.endings[endingId]?.outcome;
    if (outcome) reachedOutcomes.add(outcome);
  }
  return {
    problems,
    states: { explored: graph.count, complete: graph.complete, merged: graph.merged },
    undecided: undecided.map((question) => question.text),
    shortestPaths,
    outcomes: OUTCOMES.filter((outcome) => reachedOutcomes.has(outcome)),
    listeningRatio: figures.listeningRatio,
    goodMitiPath: figures.goodMitiPath,
    pureInsistencePath: insistence?.path ?? null,
    pathsComplete: figures.complete,
    probes,
  };
}
