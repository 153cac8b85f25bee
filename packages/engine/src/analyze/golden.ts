import { createActor } from 'xstate';
import type { ConversationSnapshot, IgnoredEvent, ScenarioMachine } from '../compile/index.js';
import { toTranscript } from '../compile/index.js';
import type { ScenarioProblem } from '../problem.js';
import {
  GOLDEN_KINDS,
  type GoldenTranscript,
  type Range,
  type Scenario,
  type ScoreBounds,
} from '../schema/index.js';
import type { Debrief } from '../score/debrief.js';
import { scoreTranscript } from '../score/score-transcript.js';
import { type BandedFigure, formatFigure } from '../score/thresholds.js';
import type { MakeProblem } from './analysis.js';
import { describeMeters } from './describe.js';

type Bound = keyof ScoreBounds;

const FIGURE_NAMES: Readonly<Record<Bound, string>> = {
  listeningRatio: 'listening ratio',
  reflectionToQuestion: 'reflection-to-question ratio',
  complexReflections: 'share of complex reflections',
  miAdherent: 'MI-adherent count',
  miNonAdherent: 'MI-non-adherent count',
  pushesIntoResistance: 'pushes into resistance',
  boundariesSet: 'boundaries set',
  boundariesMissed: 'boundaries missed',
  turns: 'number of turns',
};

function figureValue(debrief: Debrief, bound: Bound): number | null {
  switch (bound) {
    case 'listeningRatio':
    case 'complexReflections':
      return debrief[bound].value;
    case 'reflectionToQuestion': {
      // Reflections without a question: a ratio above any bound, as the good band says.
      const { value, reflections } = debrief.reflectionToQuestion;
      return value ?? (reflections > 0 ? Number.POSITIVE_INFINITY : null);
    }
    case 'boundariesSet':
      return debrief.decisiveness?.set ?? 0;
    case 'boundariesMissed':
      return debrief.decisiveness?.missed ?? 0;
    default:
      return debrief[bound];
  }
}

function formatValue(bound: Bound, value: number): string {
  const banded: readonly Bound[] = ['listeningRatio', 'reflectionToQuestion', 'complexReflections'];
  return banded.includes(bound) ? formatFigure(bound as BandedFigure, value) : String(value);
}

function boundProblems(
  test: GoldenTranscript,
  path: readonly (string | number)[],
  debrief: Debrief,
  make: MakeProblem,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  for (const [bound, range] of Object.entries(test.expect ?? {}) as [Bound, Range | undefined][]) {
    if (!range) continue;
    const name = FIGURE_NAMES[bound];
    const value = figureValue(debrief, bound);
    const at = [...path, 'expect', bound];
    if (value === null) {
      problems.push(
        make('golden', 'error', at, `test "${test.name}": the ${name} has no value on this path`, {
          found: 'no value',
        }),
      );
      continue;
    }
    const shown =
      value === Number.POSITIVE_INFINITY
        ? formatFigure('reflectionToQuestion', null, debrief.reflectionToQuestion)
        : formatValue(bound, value);
    if (range.min !== undefined && value < range.min) {
      problems.push(
        make(
          'golden',
          'error',
          [...at, 'min'],
          `test "${test.name}": the ${name} is ${shown}, below the minimum ${formatValue(bound, range.min)}`,
          { expected: `at least ${range.min}`, found: String(value) },
        ),
      );
    }
    if (range.max !== undefined && value > range.max) {
      problems.push(
        make(
          'golden',
          'error',
          [...at, 'max'],
          `test "${test.name}": the ${name} is ${shown}, above the maximum ${formatValue(bound, range.max)}`,
          {
            expected: `at most ${range.max}`,
            found: Number.isFinite(value) ? String(value) : shown,
          },
        ),
      );
    }
  }
  return problems;
}

type Replay = {
  readonly snapshot: ConversationSnapshot;
  /** The first choice that could not be made, and why. */
  readonly stopped: { readonly index: number; readonly reason: IgnoredEvent['reason'] } | null;
};

/** Plays the choices one by one and stops at the first one the conversation cannot take. */
function replayGolden(machine: ScenarioMachine, choices: readonly string[]): Replay {
  const actor = createActor(machine, { input: {} }).start();
  try {
    for (const [index, option] of choices.entries()) {
      const before = actor.getSnapshot();
      if (before.status !== 'active')
        return { snapshot: before, stopped: { index, reason: 'after-end' } };
      actor.send({ type: 'CHOOSE', option });
      const after = actor.getSnapshot();
      const ignored = after.context.ignored[before.context.ignored.length];
      if (ignored) return { snapshot: before, stopped: { index, reason: ignored.reason } };
    }
    return { snapshot: actor.getSnapshot(), stopped: null };
  } finally {
    actor.stop();
  }
}

/** A test whose kind of conversation may not reach the outcome of the ending it names. */
function kindMismatch(scenario: Scenario, test: GoldenTranscript): string | null {
  const outcome = scenario.endings[test.ending]?.outcome;
  if (!test.kind || !outcome) return null;
  const allowed: readonly string[] = GOLDEN_KINDS[test.kind];
  if (allowed.includes(outcome)) return null;
  return `test "${test.name}" is a ${test.kind} conversation but names "${test.ending}", a ${outcome}; a ${test.kind} conversation ends in ${allowed.join(' or ')}`;
}

/**
 * Replays each golden transcript on the compiled machine: every choice must be on offer, the path
 * must end where the test says, and the debrief must meet its bounds.
 */
export function goldenProblems(
  scenario: Scenario,
  machine: ScenarioMachine,
  make: MakeProblem,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  scenario.tests.forEach((test, t) => {
    const path = ['tests', t];
    const kindProblem = kindMismatch(scenario, test);
    if (kindProblem) problems.push(make('golden', 'error', [...path, 'kind'], kindProblem));
    const replay = replayGolden(machine, test.choices);
    const { snapshot } = replay;
    if (replay.stopped) {
      const { index, reason } = replay.stopped;
      const choice = test.choices[index];
      const node = String(snapshot.value);
      const where =
        reason === 'after-end'
          ? `comes after the conversation ended at "${node}"`
          : reason === 'unknown-option'
            ? `is not an option at node "${node}" (its options: ${
                scenario.nodes[node]?.options.map((o) => o.id).join(', ') ?? 'none'
              })`
            : `is not offered at node "${node}" with ${describeMeters(snapshot.context.meters)}`;
      problems.push(
        make(
          'golden',
          'error',
          [...path, 'choices', index],
          `test "${test.name}": choice ${index + 1} "${choice}" ${where}`,
        ),
      );
      return;
    }
    const transcript = toTranscript(scenario, snapshot);
    const ending = transcript.ending;
    if (!ending) {
      problems.push(
        make(
          'golden',
          'error',
          [...path, 'ending'],
          `test "${test.name}" stops at node "${String(snapshot.value)}" before any ending; it should end at "${test.ending}"`,
          { expected: test.ending, found: String(snapshot.value) },
        ),
      );
      return;
    }
    if (ending.id !== test.ending) {
      problems.push(
        make(
          'golden',
          'error',
          [...path, 'ending'],
          `test "${test.name}" ends at "${ending.id}" (${ending.outcome}), not at "${test.ending}"`,
          { expected: test.ending, found: ending.id },
        ),
      );
      return;
    }
    problems.push(...boundProblems(test, path, scoreTranscript(transcript), make));
  });
  return problems;
}
