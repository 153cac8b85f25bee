import type { MitiCode, MoveId } from '../moves.js';
import type { Outcome } from '../schema/index.js';
import type { TranscriptEnding } from '../transcript.js';

/**
 * The debrief: what a learner is scored on (BRIEF.md, "The debrief"). Both trainers draw their
 * debrief screens from this one shape, so the browser and the terminal show the same figures.
 */

/** Where a figure stands against its thresholds: below fair, fair, or good. */
export type Band = 'below' | 'fair' | 'good';

/** A ratio with the counts behind it and the thresholds it is judged against. */
export type RatioFigure<Fair extends number = number, Good extends number = number> = {
  /** null when the denominator is zero: the figure says nothing yet. */
  readonly value: number | null;
  /** null when there is too little material to rate (see `enough`) or the figure does not apply. */
  readonly band: Band | null;
  /** False when the conversation gave too little material for a band: "too few to rate". */
  readonly enough: boolean;
  /** False when the scenario says the figure does not apply to it. */
  readonly applies: boolean;
  readonly fair: Fair;
  readonly good: Good;
};

export type ListeningRatio = RatioFigure & {
  readonly listening: number;
  readonly insistence: number;
};

export type ReflectionToQuestion = RatioFigure<1, 2> & {
  readonly reflections: number;
  readonly questions: number;
};

export type ComplexReflections = RatioFigure<0.4, 0.5> & {
  readonly complex: number;
  readonly reflections: number;
};

/** How many times each MITI 4.2.1 code was used: an option can carry several. */
export type CodeCounts = Readonly<Record<MitiCode, number>>;

/** Change talk and sustain talk: what the stakeholder said, and what the learner did with it. */
export type TalkFigures = {
  readonly applies: boolean;
  /** Stakeholder lines of change talk that followed one of the learner's turns. */
  readonly evoked: number;
  /** Lines of each kind the learner answered. */
  readonly changeMet: number;
  readonly sustainMet: number;
  /** Sustain talk answered with a complex reflection or a word for their autonomy. */
  readonly softened: number;
  /** Sustain talk answered with a simple reflection, a push or a confrontation. */
  readonly reinforced: number;
};

/**
 * An estimate of a MITI global score (1 to 5), from the coded choices, with its two parts: banded
 * like a ratio, and null when there is too little material or the scenario says it does not apply.
 */
export type GlobalEstimate<
  Fair extends number = number,
  Good extends number = number,
> = RatioFigure<Fair, Good> & {
  readonly parts: Readonly<Record<string, number | null>>;
};

export type Decisiveness = {
  /** Boundaries set at non-negotiable moments. */
  readonly set: number;
  /** Non-negotiable moments answered with anything but set-boundary. */
  readonly missed: number;
};

export type TrajectoryPoint = {
  /** 0 is the start; n is after the n-th turn (1-based). */
  readonly turn: number;
  readonly resistance: number;
  readonly trust: number;
};

export type TurningPoint = {
  /** 1-based turn number, as the learner counts. */
  readonly turn: number;
  readonly option: string;
  readonly move: MoveId;
  /** Meter values after the turn. */
  readonly resistance: number;
  readonly trust: number;
  /** |Δresistance| + |Δtrust| of the turn. */
  readonly swing: number;
};

export type BestOption = {
  readonly option: string;
  readonly text: string;
  readonly move: MoveId;
  /** The best outcome still reachable after it; null when no ending is. */
  readonly outcome: Outcome | null;
  /** A short sentence: the move and the coaching note. */
  readonly why: string;
};

export type WeakestTurn = {
  /** 1-based turn number. */
  readonly turn: number;
  readonly option: string;
  readonly move: MoveId;
  /**
   * The best option that was on offer there, found by analysing the scenario (it may be the one
   * the learner chose); null from `scoreTranscript`, which has no scenario.
   */
  readonly best: BestOption | null;
};

export type Debrief = {
  readonly scenario: { readonly id: string; readonly title: string };
  /** null while the transcript has no ending (an abandoned or unfinished conversation). */
  readonly outcome: TranscriptEnding | null;
  readonly turns: number;
  readonly listeningRatio: ListeningRatio;
  readonly reflectionToQuestion: ReflectionToQuestion;
  readonly complexReflections: ComplexReflections;
  /** Every MITI 4.2.1 code the learner's options carried. */
  readonly codes: CodeCounts;
  /** MITI 4.2.1 MI-adherent codes: Affirm, Seeking Collaboration, Emphasizing Autonomy. */
  readonly miAdherent: number;
  /** MITI 4.2.1 MI-non-adherent codes: Persuade (without permission), Confront. */
  readonly miNonAdherent: number;
  readonly talk: TalkFigures;
  /** Estimated Technical global: Cultivating Change Talk and Softening Sustain Talk. */
  readonly technical: GlobalEstimate<3, 4>;
  /** Estimated Relational global: Partnership and Empathy. */
  readonly relational: GlobalEstimate<3.5, 4>;
  /** Insistence moves made while resistance was high or rising. Fewer is better. */
  readonly pushesIntoResistance: number;
  /** null when the conversation met no non-negotiable moment. */
  readonly decisiveness: Decisiveness | null;
  readonly trajectory: readonly TrajectoryPoint[];
  /** The largest swings, in turn order. */
  readonly turningPoints: readonly TurningPoint[];
  /**
   * The turn that cost the most (Δresistance − Δtrust largest); null when no turn cost anything.
   * A boundary set at a non-negotiable moment is never the weakest turn.
   */
  readonly weakestTurn: WeakestTurn | null;
};
