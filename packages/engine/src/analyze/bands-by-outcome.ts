import { codesOf, REFLECTION_CODES } from '../moves.js';
import { OUTCOMES, type Outcome, type Scenario } from '../schema/index.js';
import {
  bandOf,
  MIN_MATERIAL,
  MITI_COMPLEX_REFLECTIONS,
  reflectionToQuestionBand,
} from '../score/thresholds.js';
import { exploreStates, idAt, isEnding } from './explore.js';
import { MAX_PATH_TURNS } from './path-figures.js';

/** How many of the paths that end in one outcome earn a "good" band, figure by figure. */
export type OutcomeBands = {
  readonly paths: number;
  /** Paths whose reflection-to-question ratio is banded good. */
  readonly goodReflectionToQuestion: number;
  /** Paths whose share of complex reflections is banded good. */
  readonly goodComplexReflections: number;
};

export type BandsByOutcome = {
  readonly byOutcome: Readonly<Record<Outcome, OutcomeBands>>;
  /** False when the walk hit its state limit or a path ran past MAX_PATH_TURNS uncounted. */
  readonly complete: boolean;
};

/** Enough for every bundled scenario, and far past what the default analysis explores. */
const STATE_LIMIT = 200_000;

type Tally = { paths: number; rq: number; cr: number };
type Counts = Map<Outcome, Tally>;

/**
 * Over every path from the start to an ending (each sequence of choices counted once, up to
 * MAX_PATH_TURNS turns), how often the debrief's reflection-to-question and complex-reflection
 * bands come out "good", per outcome. This is the check that the bands track the skill the
 * endings reward: a good band should be much more common on breakthrough paths than on
 * escalation paths. Paths are counted, not listed: the count from a state depends only on the
 * state and the reflections, complex reflections and questions so far, so each is worked out once.
 */
export function bandsByOutcome(scenario: Scenario): BandsByOutcome {
  const graph = exploreStates(scenario, { budget: STATE_LIMIT });
  let complete = graph.complete;
  // Per plan number (every option of every node, in file order).
  const codes: { reflections: number; complex: number; questions: number }[] = [];
  for (const node of Object.values(scenario.nodes)) {
    for (const option of node.options) {
      const all = codesOf(option);
      codes.push({
        reflections: all.filter((code) => REFLECTION_CODES.has(code)).length,
        complex: all.filter((code) => code === 'complex-reflection').length,
        questions: all.filter((code) => code === 'question').length,
      });
    }
  }
  const applies = (figure: 'reflectionToQuestion' | 'complexReflections') =>
    !scenario.omit.includes(figure);
  const memo = new Map<string, Counts>();
  const countFrom = (
    state: number,
    reflections: number,
    complex: number,
    questions: number,
    turns: number,
  ): Counts => {
    const result: Counts = new Map();
    if (state >= graph.count) return result;
    if (isEnding(graph, state)) {
      const outcome = scenario.endings[idAt(graph, state)]?.outcome;
      if (!outcome) return result;
      const rq = applies('reflectionToQuestion')
        ? reflectionToQuestionBand(reflections, questions) === 'good'
        : false;
      const cr =
        applies('complexReflections') &&
        reflections >= MIN_MATERIAL.complexReflections &&
        bandOf(
          complex / reflections,
          MITI_COMPLEX_REFLECTIONS.fair,
          MITI_COMPLEX_REFLECTIONS.good,
        ) === 'good';
      result.set(outcome, { paths: 1, rq: rq ? 1 : 0, cr: cr ? 1 : 0 });
      return result;
    }
    if (state >= graph.expanded) {
      complete = false;
      return result;
    }
    if (turns >= MAX_PATH_TURNS) {
      if (graph.first[state] !== graph.first[state + 1]) complete = false;
      return result;
    }
    const key = `${state}|${reflections}|${complex}|${questions}|${turns}`;
    const known = memo.get(key);
    if (known) return known;
    const end = graph.first[state + 1] as number;
    for (let e = graph.first[state] as number; e < end; e++) {
      const step = codes[graph.plan[e] as number];
      if (!step) continue;
      const below = countFrom(
        graph.to[e] as number,
        reflections + step.reflections,
        complex + step.complex,
        questions + step.questions,
        turns + 1,
      );
      for (const [outcome, tally] of below) {
        const sum = result.get(outcome) ?? { paths: 0, rq: 0, cr: 0 };
        sum.paths += tally.paths;
        sum.rq += tally.rq;
        sum.cr += tally.cr;
        result.set(outcome, sum);
      }
    }
    memo.set(key, result);
    return result;
  };
  const counts = countFrom(0, 0, 0, 0, 0);
  const byOutcome = Object.fromEntries(
    OUTCOMES.map((outcome) => {
      const tally = counts.get(outcome) ?? { paths: 0, rq: 0, cr: 0 };
      return [
        outcome,
        {
          paths: tally.paths,
          goodReflectionToQuestion: tally.rq,
          goodComplexReflections: tally.cr,
        },
      ];
    }),
  ) as Record<Outcome, OutcomeBands>;
  return { byOutcome, complete };
}
