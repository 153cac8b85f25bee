export type {
  Band,
  BestOption,
  ComplexReflections,
  Debrief,
  Decisiveness,
  ListeningRatio,
  RatioFigure,
  ReflectionToQuestion,
  TrajectoryPoint,
  TurningPoint,
  WeakestTurn,
} from './debrief.js';
export { debriefTranscript } from './debrief-transcript.js';
export { MAX_TURNING_POINTS, MIN_TURNING_SWING, scoreTranscript } from './score-transcript.js';
export {
  type BandedFigure,
  bandOf,
  describeBand,
  FIGURE_LABELS,
  formatFigure,
  MITI_COMPLEX_REFLECTIONS,
  MITI_REFLECTION_TO_QUESTION,
} from './thresholds.js';
