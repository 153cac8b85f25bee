export type { Command, OptionSpec, ParsedArgs } from './command.js';
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Io } from './io.js';
export { run } from './run.js';
export { UsageError } from './usage-error.js';
export { VERSION } from './version.js';
