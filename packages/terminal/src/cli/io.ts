/** Where a command writes: lines to standard output and standard error, captured in tests. */
export type Io = {
  /** Writes one line (a newline is added) to standard output. */
  readonly out: (line: string) => void;
  /** Writes one line (a newline is added) to standard error. */
  readonly err: (line: string) => void;
};

/** Exit statuses every command shares: 2 is always "the command was used wrongly". */
export const EXIT_OK = 0;
/** A scenario file that does not load, or (check, list) a scenario with errors. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** `rapport play` with no way to ask for choices: stdin or stdout is not a terminal. */
export const EXIT_NOT_A_TERMINAL = 3;
/** `rapport play --transcript`: the file cannot be saved where it was asked for. */
export const EXIT_TRANSCRIPT = 4;
/** `rapport play --choices` that do not fit the conversation: too few, too many, not offered. */
export const EXIT_CHOICES = 5;
/** A bug of ours, not a mistake of the user (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;
/** Ctrl+C, as a shell reports a process ended by SIGINT. */
export const EXIT_INTERRUPTED = 130;
