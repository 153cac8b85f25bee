export { type PlayCommandOptions, runPlay } from './run-play.js';
