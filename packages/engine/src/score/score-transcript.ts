import {
  codesOf,
  MI_ADHERENT_CODES,
  MI_NON_ADHERENT_CODES,
  MITI_CODES,
  type MitiCode,
  REFLECTION_CODES,
} from '../moves.js';
import type { FigureId } from '../schema/index.js';
import type { Transcript, Turn } from '../transcript.js';
import type {
  CodeCounts,
  Debrief,
  Decisiveness,
  GlobalEstimate,
  TalkFigures,
  TrajectoryPoint,
  TurningPoint,
  WeakestTurn,
} from './debrief.js';
import {
  bandOf,
  MIN_MATERIAL,
  MITI_COMPLEX_REFLECTIONS,
  MITI_REFLECTION_TO_QUESTION,
  MITI_RELATIONAL,
  MITI_TECHNICAL,
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

/** The reactance threshold when a transcript saved before it was recorded has none. */
const DEFAULT_THRESHOLD = 70;

/**
 * Pushes into resistance: every insistence move made while resistance was high (at or above the
 * reactance threshold) or rising (the turn before raised it, or it stands higher than at the
 * previous push). The last rule keeps a listening move slipped between two pushes from hiding the
 * second one.
 */
function pushesIntoResistance(turns: readonly Turn[], threshold: number): number {
  let count = 0;
  let atLastPush: number | null = null;
  turns.forEach((turn, i) => {
    if (turn.family !== 'insistence') return;
    const now = meter(turn.before, 'resistance');
    const previous = turns[i - 1];
    const high = now >= threshold;
    const rising =
      (previous !== undefined && delta(previous, 'resistance') > 0) ||
      (atLastPush !== null && now > atLastPush);
    if (high || rising) count += 1;
    atLastPush = now;
  });
  return count;
}

/** The codes of one turn: recorded ones, or its move's own for a transcript saved before. */
function turnCodes(turn: Turn): readonly MitiCode[] {
  return turn.codes ?? codesOf({ move: turn.move });
}

function codeCounts(turns: readonly Turn[]): CodeCounts {
  const counts = Object.fromEntries(MITI_CODES.map((code) => [code, 0])) as Record<
    MitiCode,
    number
  >;
  for (const turn of turns) for (const code of turnCodes(turn)) counts[code] += 1;
  return counts;
}

/** Answering sustain talk: softened by a complex reflection or autonomy, reinforced by the rest. */
function sustainResponse(turn: Turn): 'softened' | 'reinforced' | null {
  const codes = turnCodes(turn);
  // A push is a push, whatever it opens with: the engine makes it provoke reactance too.
  if (turn.family === 'insistence' || codes.some((code) => MI_NON_ADHERENT_CODES.has(code))) {
    return 'reinforced';
  }
  if (codes.includes('complex-reflection') || codes.includes('emphasizing-autonomy')) {
    return 'softened';
  }
  return codes.includes('simple-reflection') ? 'reinforced' : null;
}

function talkFigures(turns: readonly Turn[], applies: boolean): TalkFigures {
  let evoked = 0;
  let changeMet = 0;
  let sustainMet = 0;
  let softened = 0;
  let reinforced = 0;
  turns.forEach((turn, i) => {
    if (turn.talk === 'change') {
      changeMet += 1;
      if (i > 0) evoked += 1;
    }
    if (turn.talk === 'sustain') {
      sustainMet += 1;
      const response = sustainResponse(turn);
      if (response === 'softened') softened += 1;
      if (response === 'reinforced') reinforced += 1;
    }
  });
  return { applies, evoked, changeMet, sustainMet, softened, reinforced };
}

/** A 1-to-5 score from a share between 0 and 1: 0 is 1, 1 is 5. */
const fromShare = (share: number): number => 1 + 4 * Math.min(1, Math.max(0, share));
const mean = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};

/** The turns MITI codes: a boundary at a non-negotiable moment is outside MITI. */
const codedTurns = (turns: readonly Turn[]): Turn[] =>
  turns.filter((turn) => turnCodes(turn).length > 0);

/**
 * Technical, estimated (docs/scoring.md): Cultivating Change Talk from the share of change-talk
 * lines answered with a reflection, a question or an affirmation; Softening Sustain Talk from the
 * share of sustain-talk lines softened. The mean of the parts there is material for.
 */
function technical(
  turns: readonly Turn[],
  coded: number,
  talk: TalkFigures,
  applies: boolean,
): GlobalEstimate<3, 4> {
  const answeredChange = turns.filter(
    (turn) =>
      turn.talk === 'change' &&
      turnCodes(turn).some(
        (code) => REFLECTION_CODES.has(code) || code === 'question' || code === 'affirm',
      ),
  ).length;
  const cultivating = talk.changeMet === 0 ? null : fromShare(answeredChange / talk.changeMet);
  const softening = talk.sustainMet === 0 ? null : fromShare(talk.softened / talk.sustainMet);
  const enough = coded >= MIN_MATERIAL.globals && talk.changeMet + talk.sustainMet > 0;
  const value = applies && enough ? mean([cultivating, softening]) : null;
  return {
    value,
    band: bandOf(value, MITI_TECHNICAL.fair, MITI_TECHNICAL.good),
    enough,
    applies,
    ...MITI_TECHNICAL,
    parts: { cultivatingChangeTalk: cultivating, softeningSustainTalk: softening },
  };
}

/**
 * Relational, estimated (docs/scoring.md): Empathy from the reflections (a complex one counts
 * whole, a simple one half) per coded turn; Partnership from the turns that reflect or are
 * MI-adherent (a question counts half), less those that are MI-non-adherent, per coded turn.
 */
function relational(coded: readonly Turn[], applies: boolean): GlobalEstimate<3.5, 4> {
  const n = coded.length;
  let empathy = 0;
  let partnership = 0;
  for (const turn of coded) {
    const codes = turnCodes(turn);
    if (codes.includes('complex-reflection')) empathy += 1;
    else if (codes.includes('simple-reflection')) empathy += 0.5;
    if (codes.some((code) => MI_NON_ADHERENT_CODES.has(code))) partnership -= 1;
    else if (codes.some((code) => REFLECTION_CODES.has(code) || MI_ADHERENT_CODES.has(code))) {
      partnership += 1;
    } else if (codes.includes('question')) partnership += 0.5;
  }
  const enough = n >= MIN_MATERIAL.globals;
  const parts = {
    partnership: n === 0 ? null : fromShare(partnership / n),
    empathy: n === 0 ? null : fromShare(empathy / n),
  };
  const value = applies && enough ? mean([parts.partnership, parts.empathy]) : null;
  return {
    value,
    band: bandOf(value, MITI_RELATIONAL.fair, MITI_RELATIONAL.good),
    enough,
    applies,
    ...MITI_RELATIONAL,
    parts,
  };
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
  const omitted = new Set<FigureId>(transcript.omit ?? []);
  const applies = (figure: FigureId): boolean => !omitted.has(figure);
  const count = (test: (turn: Turn) => boolean): number => turns.filter(test).length;
  const codes = codeCounts(turns);
  const listening = count((turn) => turn.family === 'listening');
  const insistence = count((turn) => turn.family === 'insistence');
  const reflections = codes['simple-reflection'] + codes['complex-reflection'];
  const questions = codes.question;
  const complex = codes['complex-reflection'];
  const listeningValue = ratio(listening, listening + insistence);
  const rqValue = ratio(reflections, questions);
  const complexValue = ratio(complex, reflections);
  const { fair, good } = transcript.bands;
  const listeningEnough = listening + insistence >= MIN_MATERIAL.listeningRatio;
  const rqEnough = questions > 0 && reflections + questions >= MIN_MATERIAL.reflectionToQuestion;
  const complexEnough = reflections >= MIN_MATERIAL.complexReflections;
  const talk = talkFigures(turns, applies('changeTalk'));
  const coded = codedTurns(turns);
  const sum = (set: ReadonlySet<MitiCode>): number =>
    [...set].reduce((total, code) => total + codes[code], 0);
  return {
    scenario: { id: transcript.scenario.id, title: transcript.scenario.title },
    outcome: transcript.ending,
    turns: turns.length,
    listeningRatio: {
      value: listeningValue,
      listening,
      insistence,
      band: listeningEnough ? bandOf(listeningValue, fair, good) : null,
      enough: listeningEnough,
      applies: true,
      fair,
      good,
    },
    reflectionToQuestion: {
      value: rqValue,
      reflections,
      questions,
      band: applies('reflectionToQuestion')
        ? reflectionToQuestionBand(reflections, questions)
        : null,
      enough: rqEnough,
      applies: applies('reflectionToQuestion'),
      ...MITI_REFLECTION_TO_QUESTION,
    },
    complexReflections: {
      value: complexValue,
      complex,
      reflections,
      band:
        applies('complexReflections') && complexEnough
          ? bandOf(complexValue, MITI_COMPLEX_REFLECTIONS.fair, MITI_COMPLEX_REFLECTIONS.good)
          : null,
      enough: complexEnough,
      applies: applies('complexReflections'),
      ...MITI_COMPLEX_REFLECTIONS,
    },
    codes,
    miAdherent: sum(MI_ADHERENT_CODES),
    miNonAdherent: sum(MI_NON_ADHERENT_CODES),
    talk,
    technical: technical(turns, coded.length, talk, applies('technical')),
    relational: relational(coded, applies('relational')),
    pushesIntoResistance: pushesIntoResistance(turns, transcript.threshold ?? DEFAULT_THRESHOLD),
    decisiveness: decisiveness(turns),
    trajectory: trajectory(transcript),
    turningPoints: turningPoints(turns),
    weakestTurn: weakestTurn(turns),
  };
}
