import type { Band } from './debrief.js';

/** MITI 4.2.1 competency thresholds for the reflection-to-question ratio (reflections per question). */
export const MITI_REFLECTION_TO_QUESTION = { fair: 1, good: 2 } as const;

/** MITI 4.2.1 competency thresholds for the share of reflections that are complex. */
export const MITI_COMPLEX_REFLECTIONS = { fair: 0.4, good: 0.5 } as const;

/** The figures that have bands, for labels shared by both trainers. */
export type BandedFigure = 'listeningRatio' | 'reflectionToQuestion' | 'complexReflections';

export const FIGURE_LABELS: Readonly<Record<BandedFigure, string>> = {
  listeningRatio: 'Listening ratio',
  reflectionToQuestion: 'Reflection-to-question ratio',
  complexReflections: 'Complex reflections',
};

/** At or above good is good, at or above fair is fair; no value, no band. */
export function bandOf(value: number | null, fair: number, good: number): Band | null {
  if (value === null) return null;
  if (value >= good) return 'good';
  if (value >= fair) return 'fair';
  return 'below';
}

/**
 * The reflection-to-question band. Reflections with no question at all have no ratio to show
 * (it would be infinite), but they are exactly what MITI asks for, so they count as good.
 */
export function reflectionToQuestionBand(reflections: number, questions: number): Band | null {
  if (questions === 0) return reflections > 0 ? 'good' : null;
  return bandOf(
    reflections / questions,
    MITI_REFLECTION_TO_QUESTION.fair,
    MITI_REFLECTION_TO_QUESTION.good,
  );
}

/** The band as a learner reads it. */
export function describeBand(band: Band | null): string {
  if (band === null) return 'not enough to score';
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
    return onlyReflections ? `${counts.reflections}:0` : 'n/a';
  }
  switch (figure) {
    case 'listeningRatio':
      return value.toFixed(2);
    case 'reflectionToQuestion':
      return `${Number(value.toFixed(1))}:1`;
    case 'complexReflections':
      return `${Math.round(value * 100)}%`;
  }
}
