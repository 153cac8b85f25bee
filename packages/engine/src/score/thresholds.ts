import type { Band } from './debrief.js';

/** MITI 4.2.1 competency thresholds for the reflection-to-question ratio (reflections per question). */
export const MITI_REFLECTION_TO_QUESTION = { fair: 1, good: 2 } as const;

/** MITI 4.2.1 competency thresholds for the share of reflections that are complex. */
export const MITI_COMPLEX_REFLECTIONS = { fair: 0.4, good: 0.5 } as const;

/** MITI 4.2.1 thresholds for the Technical global (mean of its two parts, scored 1 to 5). */
export const MITI_TECHNICAL = { fair: 3, good: 4 } as const;

/** MITI 4.2.1 thresholds for the Relational global (mean of its two parts, scored 1 to 5). */
export const MITI_RELATIONAL = { fair: 3.5, good: 4 } as const;

/**
 * Material a band needs. MITI's thresholds were set for a coded 20-minute session with dozens of
 * utterances; a band on two of them would be noise. Below these, the debrief says "too few to rate".
 */
export const MIN_MATERIAL = {
  /** Reflections and questions together, with at least one question. */
  reflectionToQuestion: 4,
  /** Reflections. */
  complexReflections: 3,
  /** Turns counted as listening or insistence. */
  listeningRatio: 4,
  /** Coded turns, for the global estimates. */
  globals: 4,
} as const;

/**
 * What the figures are, in one sentence both debriefs print: a practice aid, not a MITI rating.
 */
export const MITI_DISCLAIMER =
  'These figures are a practice aid: they count your choices with MITI 4.2.1’s definitions and compare them with its thresholds, which are expert opinion set for coded 20-minute sessions, so read them as a pointer, not a rating.';

/** The figures that have bands, for labels shared by both trainers. */
export type BandedFigure =
  | 'listeningRatio'
  | 'reflectionToQuestion'
  | 'complexReflections'
  | 'technical'
  | 'relational';

export const FIGURE_LABELS: Readonly<Record<BandedFigure, string>> = {
  listeningRatio: 'Listening ratio',
  reflectionToQuestion: 'Reflection-to-question ratio',
  complexReflections: 'Complex reflections',
  technical: 'Technical (estimated)',
  relational: 'Relational (estimated)',
};

/** At or above good is good, at or above fair is fair; no value, no band. */
export function bandOf(value: number | null, fair: number, good: number): Band | null {
  if (value === null) return null;
  if (value >= good) return 'good';
  if (value >= fair) return 'fair';
  return 'below';
}

/**
 * The reflection-to-question band: only on enough material, and only with a question to divide
 * by. Reflections with no question have no ratio; they are written as such, never banded.
 */
export function reflectionToQuestionBand(reflections: number, questions: number): Band | null {
  if (questions === 0 || reflections + questions < MIN_MATERIAL.reflectionToQuestion) return null;
  return bandOf(
    reflections / questions,
    MITI_REFLECTION_TO_QUESTION.fair,
    MITI_REFLECTION_TO_QUESTION.good,
  );
}

/** The band as a learner reads it; a figure without one had too little material. */
export function describeBand(band: Band | null): string {
  if (band === null) return 'too few to rate';
  return band === 'below' ? 'below fair' : band;
}

/**
 * A figure as both trainers print it: the listening ratio as a decimal (the scenario bands are
 * written that way), reflection-to-question as "R:1" like MITI, complex reflections as a percentage.
 * Given the counts, reflections without any question print as "R:0" (for example "6:0").
 */
export function formatFigure(
  figure: BandedFigure,
  value: number | null,
  counts?: { readonly reflections: number; readonly questions: number },
): string {
  if (value === null) {
    const onlyReflections =
      figure === 'reflectionToQuestion' &&
      counts &&
      counts.reflections > 0 &&
      counts.questions === 0;
    return onlyReflections ? `${counts.reflections}:0 (no questions)` : 'n/a';
  }
  switch (figure) {
    case 'technical':
    case 'relational':
      return value.toFixed(1);
    case 'listeningRatio':
      return value.toFixed(2);
    case 'reflectionToQuestion':
      return `${Number(value.toFixed(1))}:1`;
    case 'complexReflections':
      return `${Math.round(value * 100)}%`;
  }
}
