export type { Command, OptionSpec, ParsedArgs } from './command.js';
export {
  EXIT_CHOICES,
  EXIT_FAILURE,
  EXIT_INTERNAL,
  EXIT_INTERRUPTED,
  EXIT_NOT_A_TERMINAL,
  EXIT_OK,
  EXIT_TRANSCRIPT,
  EXIT_USAGE,
  type Io,
} from './io.js';
export { run } from './run.js';
export { UsageError } from './usage-error.js';
export { VERSION } from './version.js';
