export { DebriefScreen } from './debrief-screen.js';
export { DebriefSummary } from './debrief-summary.js';
export { bandText, figureRows } from './figure-rows.js';
export { TranscriptView } from './transcript-view.js';
export { TurningPoints } from './turning-points.js';
