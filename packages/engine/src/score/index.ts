export type {
  Band,
  BestOption,
  CodeCounts,
  ComplexReflections,
  Debrief,
  Decisiveness,
  GlobalEstimate,
  ListeningRatio,
  RatioFigure,
  ReflectionToQuestion,
  TalkFigures,
  TrajectoryPoint,
  TurningPoint,
  WeakestTurn,
} from './debrief.js';
export { debriefTranscript } from './debrief-transcript.js';
export { endingReason } from './ending-reason.js';
export { MAX_TURNING_POINTS, MIN_TURNING_SWING, scoreTranscript } from './score-transcript.js';
export {
  type BandedFigure,
  bandOf,
  describeBand,
  FIGURE_LABELS,
  formatFigure,
  MIN_MATERIAL,
  MITI_COMPLEX_REFLECTIONS,
  MITI_DISCLAIMER,
  MITI_REFLECTION_TO_QUESTION,
  MITI_RELATIONAL,
  MITI_TECHNICAL,
} from './thresholds.js';
