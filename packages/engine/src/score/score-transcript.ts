import {
  MI_ADHERENT_MOVES,
  MI_NON_ADHERENT_MOVES,
  QUESTION_MOVES,
  REFLECTION_MOVES,
} from '../moves.js';
import type { Transcript, Turn } from '../transcript.js';
import type {
  Debrief,
  Decisiveness,
  TrajectoryPoint,
  TurningPoint,
  WeakestTurn,
} from './debrief.js';
import {
  bandOf,
  MITI_COMPLEX_REFLECTIONS,
  MITI_REFLECTION_TO_QUESTION,
  reflectionToQuestionBand,
} from './thresholds.js';

/** A turn must move the meters at least this much (|Δresistance| + |Δtrust|) to be a turning point. */
export const MIN_TURNING_SWING = 10;
/** How many turning points a debrief names at most. */
export const MAX_TURNING_POINTS = 3;

const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

const meter = (meters: Readonly<Record<string, number>>, name: string): number => meters[name] ?? 0;

function delta(turn: Turn, name: string): number {
  return meter(turn.after, name) - meter(turn.before, name);
}

/** |Δresistance| + |Δtrust|: how far one turn moved the stakeholder, either way. */
export function swingOf(turn: Turn): number {
  return Math.abs(delta(turn, 'resistance')) + Math.abs(delta(turn, 'trust'));
}

/** Δresistance − Δtrust: what one turn cost the relationship (negative when it helped). */
export function costOf(turn: Turn): number {
  return delta(turn, 'resistance') - delta(turn, 'trust');
}

/**
 * A push into rising resistance: an insistence move right after a turn that raised resistance, or,
 * on the first turn, one made at or above the reactance threshold.
 */
function pushesIntoResistance(turns: readonly Turn[]): number {
  let count = 0;
  turns.forEach((turn, i) => {
    if (turn.family !== 'insistence') return;
    const previous = turns[i - 1];
    const rising = previous ? delta(previous, 'resistance') > 0 : turn.reactance;
    if (rising) count += 1;
  });
  return count;
}

function decisiveness(turns: readonly Turn[]): Decisiveness | null {
  const moments = turns.filter((turn) => turn.nonNegotiable);
  if (moments.length === 0) return null;
  const set = moments.filter((turn) => turn.move === 'set-boundary').length;
  return { set, missed: moments.length - set };
}

function trajectory(transcript: Transcript): TrajectoryPoint[] {
  const start = transcript.turns[0]?.before ?? transcript.start.meters;
  return [
    { turn: 0, resistance: meter(start, 'resistance'), trust: meter(start, 'trust') },
    ...transcript.turns.map((turn, i) => ({
      turn: i + 1,
      resistance: meter(turn.after, 'resistance'),
      trust: meter(turn.after, 'trust'),
    })),
  ];
}

function turningPoints(turns: readonly Turn[]): TurningPoint[] {
  return turns
    .map((turn, i) => ({ turn, number: i + 1, swing: swingOf(turn) }))
    .filter((point) => point.swing >= MIN_TURNING_SWING)
    .sort((a, b) => b.swing - a.swing || a.number - b.number)
    .slice(0, MAX_TURNING_POINTS)
    .sort((a, b) => a.number - b.number)
    .map(({ turn, number, swing }) => ({
      turn: number,
      option: turn.option,
      move: turn.move,
      resistance: meter(turn.after, 'resistance'),
      trust: meter(turn.after, 'trust'),
      swing,
    }));
}

/**
 * The index of the turn that cost the most; the earliest on a tie. Only a turn that really cost
 * something can be the weakest (a turn that lowered resistance and raised trust is no lesson), and
 * a boundary set at a non-negotiable moment never is: holding that line is the right call even
 * when the stakeholder bristles. null when no turn qualifies.
 */
export function weakestTurnIndex(turns: readonly Turn[]): number | null {
  let worst: number | null = null;
  let worstCost = 0;
  turns.forEach((turn, i) => {
    if (turn.nonNegotiable && turn.move === 'set-boundary') return;
    const cost = costOf(turn);
    if (cost > worstCost) {
      worst = i;
      worstCost = cost;
    }
  });
  return worst;
}

function weakestTurn(turns: readonly Turn[]): WeakestTurn | null {
  const index = weakestTurnIndex(turns);
  const turn = index === null ? undefined : turns[index];
  if (index === null || !turn) return null;
  return { turn: index + 1, option: turn.option, move: turn.move, best: null };
}

/**
 * Scores a played conversation from its transcript alone, so a saved attempt scores the same in
 * the browser, the terminal and later. The best option at the weakest turn needs the scenario:
 * see `debriefTranscript`.
 */
export function scoreTranscript(transcript: Transcript): Debrief {
  const { turns } = transcript;
  const count = (test: (turn: Turn) => boolean): number => turns.filter(test).length;

  const listening = count((turn) => turn.family === 'listening');
  const insistence = count((turn) => turn.family === 'insistence');
  const reflections = count((turn) => REFLECTION_MOVES.has(turn.move));
  const questions = count((turn) => QUESTION_MOVES.has(turn.move));
  const complex = count((turn) => turn.move === 'complex-reflection');

  const listeningValue = ratio(listening, listening + insistence);
  const rqValue = ratio(reflections, questions);
  const complexValue = ratio(complex, reflections);
  const { fair, good } = transcript.bands;

  return {
    scenario: { id: transcript.scenario.id, title: transcript.scenario.title },
    outcome: transcript.ending,
    turns: turns.length,
    listeningRatio: {
      value: listeningValue,
      listening,
      insistence,
      band: bandOf(listeningValue, fair, good),
      fair,
      good,
    },
    reflectionToQuestion: {
      value: rqValue,
      reflections,
      questions,
      band: reflectionToQuestionBand(reflections, questions),
      ...MITI_REFLECTION_TO_QUESTION,
    },
    complexReflections: {
      value: complexValue,
      complex,
      reflections,
      band: bandOf(complexValue, MITI_COMPLEX_REFLECTIONS.fair, MITI_COMPLEX_REFLECTIONS.good),
      ...MITI_COMPLEX_REFLECTIONS,
    },
    miAdherent: count((turn) => MI_ADHERENT_MOVES.has(turn.move)),
    miNonAdherent: count((turn) => MI_NON_ADHERENT_MOVES.has(turn.move)),
    pushesIntoResistance: pushesIntoResistance(turns),
    decisiveness: decisiveness(turns),
    trajectory: trajectory(transcript),
    turningPoints: turningPoints(turns),
    weakestTurn: weakestTurn(turns),
  };
}
